import sharp from 'sharp';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, subgraphRequest, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let owner: string;
let outsider: string;

beforeAll(async () => {
  test = await startTestSystem('isolation');
  system = test.system;
  owner = await test.token('editor-1', 'studio-a', ['admin']);
  outsider = await test.token('editor-9', 'studio-b', ['admin']);
}, 120_000);

afterAll(() => test?.stop());

/** Asks one subgraph directly for its fields of an entity, as the gateway's query plan would. */
async function entityFromSubgraph(url: string, workspaceId: string, typename: string, id: string, selection: string) {
  const identity = { subject: 'editor-9', workspaceId, roles: ['admin' as const], kind: 'user' as const };
  const response = await subgraphRequest(
    url,
    identity,
    test.gatewaySecret,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
    {
      r: [{ __typename: typename, id }],
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0];
}

it('gives another workspace nothing of an asset, from any subgraph, even when asked for it directly', async () => {
  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: 'green' } })
    .png()
    .toBuffer();
  const made = await graphqlRequest(
    system.gatewayUrl,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    {
      variables: { i: { filename: 'studio-a-secret.png', contentBase64: png.toString('base64') } },
      authorization: `Bearer ${owner}`,
    },
  );
  const { assetId, versionId } = made.data!.uploadSmallFile;
  const FIELDS = `id title ingestStatus ingestJobs { id } review { status } distributionStatus storageTier history(first: 5) { edges { node { action } } } metadata { key } collections { id } lock { holder }
    currentVersion { id filename technicalMetadata { mediaKind } renditions { url } }`;
  const seen = await waitFor(
    async () => {
      const found = (
        await graphqlRequest(system.gatewayUrl, `query($id: ID!) { asset(id: $id) { ${FIELDS} } }`, {
          variables: { id: assetId },
          authorization: `Bearer ${owner}`,
        })
      ).data?.asset;
      return found?.ingestStatus === 'READY' && found.review && found.storageTier && found.distributionStatus
        ? found
        : undefined;
    },
    { what: 'every subgraph to know the asset' },
  );
  expect(seen.currentVersion.renditions).toHaveLength(1);

  // Through the gateway: not found, in every form.
  const viaGateway = await graphqlRequest(
    system.gatewayUrl,
    `query($id: ID!, $v: ID!) { asset(id: $id) { ${FIELDS} } assetVersion(id: $v) { id filename } assets(first: 50) { edges { node { id } } } searchAssets(query: "secret") { total } }`,
    {
      variables: { id: assetId, v: versionId },
      authorization: `Bearer ${outsider}`,
    },
  );
  expect(viaGateway.errors).toBeUndefined();
  expect(viaGateway.data).toEqual({
    asset: null,
    assetVersion: null,
    assets: { edges: [] },
    searchAssets: expect.objectContaining({ total: 0 }),
  });

  // Each subgraph on its own refuses to resolve its fields for another workspace.
  const { services } = system;
  expect(await entityFromSubgraph(services.assets.url, 'studio-b', 'Asset', assetId, 'title')).toBeNull();
  expect(
    await entityFromSubgraph(
      services.ingest.url,
      'studio-b',
      'Asset',
      assetId,
      'ingestStatus ingestStatusReason ingestJobs { id }',
    ),
  ).toEqual({ ingestStatus: null, ingestStatusReason: null, ingestJobs: [] });
  expect(
    await entityFromSubgraph(
      services.ingest.url,
      'studio-b',
      'AssetVersion',
      versionId,
      'technicalMetadata { mediaKind } renditions { url }',
    ),
  ).toEqual({ technicalMetadata: null, renditions: [] });
  expect(await entityFromSubgraph(services.review.url, 'studio-b', 'Asset', assetId, 'review { status }')).toEqual({
    review: null,
  });
  expect(
    await entityFromSubgraph(services.distribution.url, 'studio-b', 'Asset', assetId, 'distributionStatus'),
  ).toEqual({ distributionStatus: null });
  expect(await entityFromSubgraph(services.archive.url, 'studio-b', 'Asset', assetId, 'storageTier')).toEqual({
    storageTier: null,
  });
  // The same direct calls for the owner's workspace do answer, so the checks above can fail.
  expect(await entityFromSubgraph(services.archive.url, 'studio-a', 'Asset', assetId, 'storageTier')).toEqual({
    storageTier: 'HOT',
  });
  expect(
    await entityFromSubgraph(
      services.ingest.url,
      'studio-a',
      'AssetVersion',
      versionId,
      'technicalMetadata { mediaKind }',
    ),
  ).toEqual({ technicalMetadata: { mediaKind: 'image' } });

  const retried = await graphqlRequest(system.gatewayUrl, 'mutation($id: ID!) { retryRendition(id: $id) { id } }', {
    variables: { id: seen.ingestJobs[0].id },
    authorization: `Bearer ${outsider}`,
  });
  expect(retried.data).toEqual({ retryRendition: null });
});
