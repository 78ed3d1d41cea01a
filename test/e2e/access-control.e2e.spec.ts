import sharp from 'sharp';
import type { Identity } from '@mam/graphql';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, subgraphRequest, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let admin: string;
let editor: string;

beforeAll(async () => {
  test = await startTestSystem('access');
  system = test.system;
  admin = await test.token('ada', 'studio', ['admin']);
  editor = await test.token('ed', 'studio', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

async function as(token: string, query: string, variables: Record<string, unknown> = {}) {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
}

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await as(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Asks one subgraph directly for an asset's field, with a signed identity, as the gateway's query plan would. */
async function fromSubgraph(url: string, identity: Identity, assetId: string, selection: string) {
  const response = await subgraphRequest(
    url,
    identity,
    test.gatewaySecret,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Asset { ${selection} } } }`,
    {
      r: [{ __typename: 'Asset', id: assetId }],
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0];
}

const FIELDS = 'id title myRole ingestStatus review { status } distributionStatus storageTier collections { name }';

it('shows a member of a restricted workspace only what is granted to them, their groups or everyone, in every subgraph', async () => {
  // The workspace starts open (every member may edit everything); the admin restricts it.
  const wide = await ok(admin, 'query { accessGrants(target: { workspace: true }) { id principal role } }');
  expect(wide.accessGrants).toEqual([{ id: expect.any(String), principal: 'members', role: 'editor' }]);
  expect(await ok(admin, 'mutation($id: ID!) { revokeAccess(id: $id) }', { id: wide.accessGrants[0].id })).toEqual({
    revokeAccess: true,
  });

  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: 'blue' } })
    .png()
    .toBuffer();
  const made = await ok(admin, 'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }', {
    i: { filename: 'restricted-cut.png', contentBase64: png.toString('base64'), title: 'Restricted cut' },
  });
  const assetId: string = made.uploadSmallFile.assetId;
  await waitFor(
    async () => {
      const asset = (await ok(admin, `query($id: ID!) { asset(id: $id) { ${FIELDS} } }`, { id: assetId })).asset;
      return asset?.ingestStatus === 'READY' && asset.review && asset.storageTier && asset.distributionStatus
        ? asset
        : undefined;
    },
    { what: 'every subgraph to know the asset' },
  );
  const clients = (await ok(admin, 'mutation { createCollection(input: { name: "Client deliveries" }) { id } }'))
    .createCollection.id;
  const week = (
    await ok(admin, 'mutation($p: ID!) { createCollection(input: { name: "Week 1", parentId: $p }) { id } }', {
      p: clients,
    })
  ).createCollection.id;
  await ok(admin, 'mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }', {
    c: week,
    a: [assetId],
  });

  // Nothing granted to the editor: the asset does not exist for them, through the gateway or any subgraph.
  const hidden = await ok(
    editor,
    `query($id: ID!) { asset(id: $id) { id } assets(first: 50) { edges { node { id } } } searchAssets(query: "restricted") { total } collections { edges { node { id } } } }`,
    { id: assetId },
  );
  expect(hidden).toEqual({
    asset: null,
    assets: { edges: [] },
    searchAssets: expect.objectContaining({ total: 0 }),
    collections: { edges: [] },
  });
  const ed: Identity = {
    subject: 'ed',
    workspaceId: 'studio',
    roles: ['editor'],
    kind: 'user',
    groups: [],
    workspaceRole: null,
  };
  const { services } = system;
  expect(await fromSubgraph(services.review.url, ed, assetId, 'review { status }')).toEqual({ review: null });
  expect(await fromSubgraph(services.archive.url, ed, assetId, 'storageTier')).toEqual({ storageTier: null });
  expect(await fromSubgraph(services.ingest.url, ed, assetId, 'ingestStatus')).toEqual({ ingestStatus: null });

  // A group granted viewer on the parent collection: its members see the assets of every collection below.
  const group = (await ok(admin, 'mutation { createAccessGroup(name: "Cutters") { id } }')).createAccessGroup.id;
  await ok(admin, 'mutation($g: ID!) { addAccessGroupMembers(groupId: $g, subjects: ["ed"]) { id members } }', {
    g: group,
  });
  const viaGroup = (
    await ok(admin, 'mutation($i: GrantAccessInput!) { grantAccess(input: $i) { id target principal role } }', {
      i: { target: { collectionId: clients }, groupId: group, role: 'viewer' },
    })
  ).grantAccess;
  expect(viaGroup).toEqual({
    id: expect.any(String),
    target: `collection:${clients}`,
    principal: `group:${group}`,
    role: 'viewer',
  });
  const seen = await waitFor(
    async () => {
      const asset = (await ok(editor, `query($id: ID!) { asset(id: $id) { ${FIELDS} } }`, { id: assetId })).asset;
      return asset?.review && asset.storageTier && asset.ingestStatus && asset.distributionStatus ? asset : undefined;
    },
    { what: 'the group grant to reach every subgraph' },
  );
  expect(seen).toMatchObject({
    title: 'Restricted cut',
    myRole: 'viewer',
    ingestStatus: 'READY',
    collections: [{ name: 'Week 1' }],
  });
  const found = await waitFor(
    async () => {
      const data = await ok(
        editor,
        'query($c: [ID!]) { searchAssets(query: "restricted", filter: { collectionIds: $c }) { total edges { node { id } } } collections { edges { node { name } } } }',
        { c: [week] },
      );
      return data.searchAssets.total === 1 ? data : undefined;
    },
    { what: 'search to let the group find the asset' },
  );
  expect(found.searchAssets.edges).toEqual([{ node: { id: assetId } }]);
  expect(found.collections.edges).toEqual([{ node: { name: 'Client deliveries' } }]);

  // Viewer on the asset: reading yes, editing no.
  const refused = await as(editor, 'mutation($i: UpdateAssetInput!) { updateAsset(input: $i) { title } }', {
    i: { id: assetId, expectedRevision: 1, title: 'Renamed' },
  });
  expect(refused.errors?.[0]).toMatchObject({
    extensions: { code: 'FORBIDDEN' },
    message: expect.stringContaining('editor role on the asset'),
  });
  const direct = (
    await ok(admin, 'mutation($i: GrantAccessInput!) { grantAccess(input: $i) { id } }', {
      i: { target: { assetId }, subject: 'ed', role: 'editor' },
    })
  ).grantAccess;
  const current = (await ok(editor, 'query($id: ID!) { asset(id: $id) { revision myRole } }', { id: assetId })).asset;
  expect(current.myRole).toBe('editor');
  expect(
    (
      await ok(editor, 'mutation($i: UpdateAssetInput!) { updateAsset(input: $i) { title } }', {
        i: { id: assetId, expectedRevision: current.revision, title: 'Renamed' },
      })
    ).updateAsset,
  ).toEqual({ title: 'Renamed' });

  // Taking both grants away hides the asset again, also in the other subgraphs' projections.
  expect(await ok(admin, 'mutation($id: ID!) { revokeAccess(id: $id) }', { id: direct.id })).toEqual({
    revokeAccess: true,
  });
  expect(await ok(admin, 'mutation($id: ID!) { deleteAccessGroup(id: $id) }', { id: group })).toEqual({
    deleteAccessGroup: true,
  });
  expect((await ok(editor, 'query($id: ID!) { asset(id: $id) { id } }', { id: assetId })).asset).toBeNull();
  const member: Identity = { ...ed, groups: [group] };
  await waitFor(
    async () =>
      (await fromSubgraph(services.review.url, member, assetId, 'review { status }')).review === null || undefined,
    { what: 'review to forget the grant' },
  );
  expect(
    await fromSubgraph(
      services.review.url,
      { ...member, subject: 'ada', roles: ['admin'] },
      assetId,
      'review { status }',
    ),
  ).toEqual({ review: { status: expect.any(String) } });
});

it('lets members of an open workspace see everything at their own role, and shuts out removed members', async () => {
  const editorToken = await test.token('eli', 'open-studio', ['editor']);
  const viewerToken = await test.token('val', 'open-studio', ['viewer']);
  const adminToken = await test.token('olga', 'open-studio', ['admin']);
  const asset = (await ok(editorToken, 'mutation { createAsset(input: { title: "Open rushes" }) { id revision } }'))
    .createAsset;
  expect(
    (await ok(viewerToken, 'query($id: ID!) { asset(id: $id) { title myRole } }', { id: asset.id })).asset,
  ).toEqual({ title: 'Open rushes', myRole: 'viewer' });
  const refused = await as(viewerToken, 'mutation($i: UpdateAssetInput!) { updateAsset(input: $i) { title } }', {
    i: { id: asset.id, expectedRevision: asset.revision, title: 'Mine now' },
  });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const members = await ok(adminToken, 'query { workspaceMembers { subject role roleSource active } }');
  expect(members.workspaceMembers).toEqual(
    expect.arrayContaining([
      { subject: 'eli', role: 'editor', roleSource: 'CREDENTIAL', active: true },
      { subject: 'val', role: 'viewer', roleSource: 'CREDENTIAL', active: true },
    ]),
  );
  // An admin's role assignment wins over the credential's.
  expect(
    (await ok(adminToken, 'mutation { setMemberRole(subject: "val", role: reviewer) { role roleSource } }'))
      .setMemberRole,
  ).toEqual({ role: 'reviewer', roleSource: 'ASSIGNED' });
  await waitFor(
    async () =>
      (await ok(viewerToken, 'query($id: ID!) { asset(id: $id) { myRole } }', { id: asset.id })).asset.myRole ===
        'reviewer' || undefined,
    { what: 'the assigned role' },
  );

  expect(await ok(adminToken, 'mutation { removeMember(subject: "val") }')).toEqual({ removeMember: true });
  const shut = await waitFor(
    async () => {
      const response = await as(viewerToken, 'query($id: ID!) { asset(id: $id) { id } }', { id: asset.id });
      return response.errors?.[0].extensions?.code === 'UNAUTHENTICATED' ? response : undefined;
    },
    { what: 'the removed member to be shut out' },
  );
  expect(shut.data ?? null).toBeNull();
  const notAdmin = await as(editorToken, 'mutation { createAccessGroup(name: "Mine") { id } }');
  expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
