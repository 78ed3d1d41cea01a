import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';
import { versionProjection } from '@mam/versions';

let test: TestSystem;
let system: RunningSystem;
let editor = '';
let outsider = '';
let clip: Buffer;

const VERSION_FIELDS = 'id number current sha256 reviewStatus distributionStatus storageTier';

async function gql(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function upload(filename: string, assetId?: string) {
  const data = await gql(
    editor,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename, contentBase64: clip.toString('base64'), ...(assetId ? { assetId } : {}) } },
  );
  return data.uploadSmallFile as { assetId: string; versionId: string };
}

/** The asset's versions once every stage's version projection has caught up with `count` of them. */
function versionsOnceKnownEverywhere(assetId: string, count: number) {
  return waitFor(
    async () => {
      const { asset } = await gql(
        editor,
        `query($id: ID!) { asset(id: $id) { revision versions { ${VERSION_FIELDS} } } }`,
        { id: assetId },
      );
      const versions = asset?.versions ?? [];
      const known =
        versions.length === count &&
        versions.every((v: Record<string, unknown>) => v.reviewStatus && v.distributionStatus && v.storageTier);
      return known ? (asset as { revision: number; versions: Record<string, unknown>[] }) : undefined;
    },
    { timeoutMs: 60_000, what: `${count} versions known to review, distribution and archive` },
  );
}

beforeAll(async () => {
  test = await startTestSystem('version-projection');
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
  outsider = await test.token('stranger', 'studio-b', ['admin']);
  clip = readFileSync(
    makeClip(join(test.workDir, 'clip.mp4'), { seconds: 1, width: 160, height: 90, rate: '25', audio: false }),
  );
}, 120_000);

afterAll(async () => {
  await test?.stop();
});

describe('every stage knows versions', () => {
  let assetId = '';
  let first = '';
  let second = '';

  it('review, distribution and archive each resolve their own field on every version through the gateway', async () => {
    ({ assetId, versionId: first } = await upload('take-1.mp4'));
    const one = await versionsOnceKnownEverywhere(assetId, 1);
    expect(one.versions).toEqual([
      expect.objectContaining({
        id: first,
        number: 1,
        current: true,
        reviewStatus: 'PENDING',
        distributionStatus: 'AWAITING_APPROVAL',
        storageTier: 'HOT',
      }),
    ]);

    ({ versionId: second } = await upload('take-2.mp4', assetId));
    const two = await versionsOnceKnownEverywhere(assetId, 2);
    expect(two.versions.map((v) => [v.number, v.current, v.reviewStatus, v.storageTier])).toEqual([
      [1, false, 'PENDING', 'HOT'],
      [2, true, 'PENDING', 'HOT'],
    ]);
    expect(two.versions[1].id).toBe(second);
  }, 120_000);

  it('keeps number, master key, checksum and probed media facts of each version in every stage', async () => {
    const { asset } = await gql(editor, `query($id: ID!) { asset(id: $id) { versions { id sha256 } } }`, {
      id: assetId,
    });
    for (const service of ['review', 'distribution', 'archive'] as const) {
      const version = await waitFor(
        async () => {
          const found = await versionProjection.find(system.services[service].dataSource, second);
          return found?.media ? found : undefined;
        },
        { what: `media facts of version 2 in ${service}` },
      );
      expect(version).toMatchObject({
        assetId,
        workspaceId: 'studio-a',
        number: 2,
        current: true,
        filename: 'take-2.mp4',
        masterKey: `masters/${assetId}/${second}/master`,
        sha256: asset.versions[1].sha256,
        size: clip.length,
        media: { kind: 'video', width: 160, height: 90, frameRate: '25/1' },
      });
    }
  }, 60_000);

  it('follows the current version when an older one is promoted', async () => {
    const { asset } = await gql(editor, `query($id: ID!) { asset(id: $id) { revision } }`, { id: assetId });
    await gql(
      editor,
      'mutation($a: ID!, $v: ID!, $r: Int!) { promoteVersion(assetId: $a, versionId: $v, expectedRevision: $r) { id } }',
      { a: assetId, v: first, r: asset.revision },
    );
    for (const service of ['review', 'distribution', 'archive'] as const) {
      await waitFor(
        async () => {
          const versions = await versionProjection.listForAsset(system.services[service].dataSource, assetId);
          return versions.map((v) => v.current).join() === 'true,false' || undefined;
        },
        { what: `version 1 current again in ${service}` },
      );
    }
  }, 60_000);

  it('answers nothing about another workspace’s versions', async () => {
    const { asset } = await gql(outsider, `query($id: ID!) { asset(id: $id) { versions { ${VERSION_FIELDS} } } }`, {
      id: assetId,
    });
    expect(asset).toBeNull();
  });
});
