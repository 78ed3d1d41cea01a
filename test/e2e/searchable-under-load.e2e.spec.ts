import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor } from '@mam/testkit';

let test: TestSystem;
let editor: string;

beforeAll(async () => {
  test = await startTestSystem('searchable');
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

/** A tus upload through the gateway; resolves with the upload id once the file is received whole. */
function upload(path: string, metadata: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const instance: tus.Upload = new tus.Upload(createReadStream(path), {
      endpoint: new URL('/files', test.system.gatewayUrl).toString(),
      uploadSize: statSync(path).size,
      chunkSize: 8 * 1024 * 1024,
      metadata,
      headers: { authorization: `Bearer ${editor}` },
      retryDelays: [],
      onError: reject,
      onSuccess: () => resolve(instance.url!.split('/').pop()!),
    });
    instance.start();
  });
}

const proxyOf = async (uploadId: string): Promise<{ status: string; progress: number } | undefined> =>
  (
    await test.system.services.ingest.dataSource.query(
      `SELECT j.status, j.progress FROM rendition_jobs j JOIN uploads u ON u.version_id = j.version_id
       WHERE u.id = $1 AND j.kind = 'proxy'`,
      [uploadId],
    )
  )[0];

const SEARCH = `query($query: String) { searchAssets(query: $query, first: 10) { edges { node { id title } } } }`;

async function foundBy(query: string): Promise<string[]> {
  const response = await graphqlRequest(test.system.gatewayUrl, SEARCH, {
    variables: { query },
    authorization: `Bearer ${editor}`,
  });
  return (response.data?.searchAssets?.edges ?? []).map((edge: { node: { title: string } }) => edge.node.title);
}

it("makes a short clip searchable by title while a longer 1080p clip's proxy is still transcoding", async () => {
  const long = makeClip(join(test.workDir, 'long-take.mp4'), { seconds: 20, width: 1920, height: 1080 });
  const short = makeClip(join(test.workDir, 'kestrel.mp4'), { seconds: 2, width: 320, height: 180 });

  const longUpload = await upload(long, { filename: 'long-take.mp4', title: 'Long take at the harbour' });
  await waitFor(async () => (await proxyOf(longUpload))?.status === 'running', {
    what: "the long clip's proxy to start",
    timeoutMs: 120_000,
    intervalMs: 50,
  });

  await upload(short, { filename: 'kestrel.mp4', title: 'Kestrel hovering' });
  await waitFor(async () => (await foundBy('kestrel hovering')).includes('Kestrel hovering'), {
    what: 'the short clip to be found by its title',
    timeoutMs: 120_000,
    intervalMs: 50,
  });
  // Found while the long clip's proxy is still being made: registration did not wait behind it.
  const proxyWhenFound = await proxyOf(longUpload);
  expect(proxyWhenFound?.status).toBe('running');
  expect(proxyWhenFound!.progress).toBeLessThan(1);
  expect(await foundBy('kestrel.mp4')).toContain('Kestrel hovering');

  // The long clip's proxy still finishes, once.
  await waitFor(async () => (await proxyOf(longUpload))?.status === 'ready', {
    what: "the long clip's proxy to finish",
    timeoutMs: 300_000,
    intervalMs: 500,
  });
  const [{ attempts }] = await test.system.services.ingest.dataSource.query(
    `SELECT j.attempts FROM rendition_jobs j JOIN uploads u ON u.version_id = j.version_id WHERE u.id = $1 AND j.kind = 'proxy'`,
    [longUpload],
  );
  expect(attempts).toBe(1);
}, 600_000);
