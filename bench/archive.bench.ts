import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, waitFor } from '@mam/testkit';
import { fmt, rounds, sampledRss, sized, timed, writeRandomFile } from './support';

const SIZE = sized('BENCH_ARCHIVE_BYTES', 2 * 1024 ** 3, 4 * 1024 ** 2);

/**
 * Baseline: what an operator would type, a copy to the archive disk and a checksum of the copy;
 * `durable` also flushes the copy to the disk (`sync` of the file), as an archive copy must be.
 */
function copyAndHash(master: string, target: string, durable = false): number {
  const script = `cp "$1" "$2"${durable ? ' && sync "$2"' : ''} && sha256sum "$2" > /dev/null`;
  const started = process.hrtime.bigint();
  const result = spawnSync('sh', ['-c', script, 'sh', master, target], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`cp + sha256sum failed (exit ${result.status})`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(target, { force: true });
  return seconds;
}

function upload(test: TestSystem, token: string, path: string): Promise<string> {
  return new Promise((done, fail) => {
    const instance = new tus.Upload(createReadStream(path), {
      endpoint: new URL('/files', test.system.gatewayUrl).toString(),
      uploadSize: statSync(path).size,
      metadata: { filename: 'camera-original.bin', title: 'Camera original' },
      headers: { authorization: `Bearer ${token}` },
      retryDelays: [],
      onError: fail,
      onSuccess: () => done(instance.url!),
    });
    instance.start();
  });
}

/**
 * Archive of one master to a filesystem location (one copy, written, fsynced and read back
 * against its manifest) and its restore (read, verified against the recorded sha256, moved
 * online), each from the mutation to its job's READY, against `cp` plus `sha256sum`, and
 * against the same with the copy flushed to disk (the archive fsyncs every copy before it counts).
 */
export async function benchArchive(): Promise<void> {
  const test = await startTestSystem('bencharchive', { archive: { ARCHIVE_COPIES: '1' } });
  try {
    const dataDir = join(test.workDir, 'data');
    const source = join(test.workDir, 'camera-original.bin');
    await writeRandomFile(source, SIZE);
    const token = await test.token('bench-archivist', 'bench', ['editor']);
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await graphqlRequest<Record<string, any>>(test.system.gatewayUrl, query, {
        variables,
        authorization: `Bearer ${token}`,
      });
      if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
      return response.data!;
    };
    const url = await upload(test, token, source);
    rmSync(source);
    const [{ asset_id: assetId }] = await test.system.services.ingest.dataSource.query(
      'SELECT asset_id::text FROM uploads WHERE id = $1',
      [url.split('/').pop()],
    );
    const asset = await waitFor(
      async () => {
        const { asset } = await gql(
          'query($id: ID!) { asset(id: $id) { ingestStatus versions { id } archive { tier } } }',
          { id: assetId },
        );
        return asset?.ingestStatus === 'READY' && asset.archive?.tier === 'HOT' ? asset : undefined;
      },
      { timeoutMs: 600_000, intervalMs: 500, what: 'the master ingested and known to archive' },
    );
    const master = join(dataDir, 'storage', 'masters', assetId, asset.versions[0].id, 'master');
    const baselineTarget = join(dataDir, 'archive-a', 'baseline-copy');
    mkdirSync(join(dataDir, 'archive-a'), { recursive: true });

    const runJob = async (mutation: 'archiveAsset' | 'restoreAsset') => {
      const { [mutation]: job } = await gql(`mutation($id: ID!) { ${mutation}(assetId: $id) { id } }`, { id: assetId });
      const done = await waitFor(
        async () => {
          const { archiveJob } = await gql('query($id: ID!) { archiveJob(id: $id) { status reason } }', { id: job.id });
          return ['READY', 'FAILED', 'CANCELLED'].includes(archiveJob.status) ? archiveJob : undefined;
        },
        { timeoutMs: 900_000, intervalMs: 50, what: `${mutation} job` },
      );
      if (done.status !== 'READY') throw new Error(`${mutation} ended ${done.status}: ${done.reason}`);
    };

    const idleMiB = Math.round(process.memoryUsage.rss() / 1024 ** 2);
    const runs = {
      baseline: [] as number[],
      durable: [] as number[],
      archive: [] as number[],
      restore: [] as number[],
    };
    let peakMiB = idleMiB;
    // Alternate baseline and ours, and keep each one's best run.
    for (let round = 0; round < rounds(2); round++) {
      runs.baseline.push(copyAndHash(master, baselineTarget));
      runs.durable.push(copyAndHash(master, baselineTarget, true));
      const archived = await sampledRss(() => timed(() => runJob('archiveAsset')));
      runs.archive.push(archived.result.seconds);
      const restored = await sampledRss(() => timed(() => runJob('restoreAsset')));
      runs.restore.push(restored.result.seconds);
      peakMiB = Math.max(peakMiB, archived.peakMiB, restored.peakMiB);
    }
    const base = Math.min(...runs.baseline);
    const durable = Math.min(...runs.durable);
    const archive = Math.min(...runs.archive);
    const restore = Math.min(...runs.restore);
    const mib = SIZE / 1024 ** 2;
    process.stdout.write(
      [
        `master: ${fmt(mib)} MiB`,
        `baseline (cp + sha256sum):         ${fmt(base)} s, ${fmt(mib / base, 0)} MiB/s`,
        `archive to filesystem location:    ${fmt(archive)} s, ${fmt(mib / archive, 0)} MiB/s`,
        `restore from filesystem location:  ${fmt(restore)} s, ${fmt(mib / restore, 0)} MiB/s`,
        `baseline flushed to disk (cp + sync + sha256sum): ${fmt(durable)} s`,
        `archive ratio (ours / baseline): ${fmt(archive / base)}  (aim <= 1.1); against the flushed baseline: ${fmt(archive / durable)}`,
        `restore ratio (ours / baseline): ${fmt(restore / base)}  (aim <= 1.1)`,
        `peak RSS (whole system, sampled): ${peakMiB} MiB (idle before: ${idleMiB} MiB)`,
        '',
      ].join('\n'),
    );
  } finally {
    await test.stop();
  }
}
