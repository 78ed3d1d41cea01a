import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { databaseName } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { issueUserToken } from '@mam/graphql';
import { gatewayEnvironment, serviceEnvironment } from '@mam/system';
import { testInfrastructure, testSecret } from '@mam/testkit';
import {
  fmt,
  freePort,
  peakRssMiB,
  rounds,
  rssMiB,
  send,
  sized,
  startPart,
  stopProcess,
  timed,
  writeRandomFile,
} from './support';

const SIZE = sized('BENCH_UPLOAD_BYTES', 1024 ** 3, 4 * 1024 ** 2);

/** Baseline: the plain Node handler a team would write, streaming a PUT body to disk. */
async function baseline(file: string, dir: string): Promise<number> {
  const server = createServer((req, res) => {
    void pipeline(req, createWriteStream(join(dir, randomUUID()))).then(() => res.writeHead(201).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
  const { seconds } = await timed(() => send(url, 'PUT', { 'content-length': String(SIZE) }, file));
  server.close();
  return seconds;
}

/** Ours: tus through the gateway into ingest, each its own process, then their peak memory. */
export async function benchUpload(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-upload-'));
  const file = join(dir, 'camera-original.bin');
  await writeRandomFile(file, SIZE);
  const infra = testInfrastructure();
  const databasePrefix = `bench_upload_${Date.now()}`;
  const gatewaySecret = testSecret();
  const jwtSecret = testSecret();
  // The gateway resolves every caller's membership through assets, so an upload needs both subgraphs:
  // each started from the same service list and environment as `npm start`, on free ports.
  const common = { host: '127.0.0.1', basePort: 0, gatewaySecret, logLevel: 'warn' };
  const envOf = async (name: 'assets' | 'ingest') => ({
    ...serviceEnvironment(name, {
      ...common,
      databaseUrlBase: infra.databaseUrlBase,
      databasePrefix,
      kafkaBrokers: [],
    }),
    PORT: String(await freePort()),
  });
  const assets = await startPart('assets', await envOf('assets'));
  const ingest = await startPart('ingest', {
    ...(await envOf('ingest')),
    MEDIA_SIGNING_SECRET: testSecret(),
    STORAGE_DIR: join(dir, 'storage'),
    UPLOAD_DIR: join(dir, 'uploads'),
  });
  const gateway = await startPart('gateway', {
    ...gatewayEnvironment({ assets: assets.url, ingest: ingest.url }, { ...common, jwtSecret }),
    PORT: String(await freePort()),
  });
  const gatewayPort = new URL(gateway.url).port;
  const filesUrl = `http://127.0.0.1:${gatewayPort}/files`;
  try {
    const token = await issueUserToken(jwtSecret, { subject: 'bench', workspaceId: 'bench', roles: ['editor'] });
    const idle = { gateway: rssMiB(gateway.child.pid!), ingest: rssMiB(ingest.child.pid!) };
    const tusUpload = () =>
      timed(async () => {
        const created = await send(filesUrl, 'POST', {
          authorization: `Bearer ${token}`,
          'tus-resumable': '1.0.0',
          'upload-length': String(SIZE),
          'upload-metadata': `filename ${Buffer.from('camera-original.bin').toString('base64')}`,
        });
        if (created.status !== 201) throw new Error(`tus creation answered ${created.status}`);
        const patched = await send(
          String(created.headers.location),
          'PATCH',
          {
            authorization: `Bearer ${token}`,
            'tus-resumable': '1.0.0',
            'upload-offset': '0',
            'content-type': 'application/offset+octet-stream',
            'content-length': String(SIZE),
          },
          file,
        );
        if (patched.status !== 204) throw new Error(`tus PATCH answered ${patched.status}`);
      });
    // Alternate baseline and ours, twice, and keep each one's best run.
    const baseRuns: number[] = [];
    const ourRuns: number[] = [];
    for (let round = 0; round < rounds(2); round++) {
      baseRuns.push(await baseline(file, dir));
      ourRuns.push((await tusUpload()).seconds);
    }
    const base = Math.min(...baseRuns);
    const ours = { seconds: Math.min(...ourRuns) };
    const mib = SIZE / 1024 ** 2;
    process.stdout.write(
      [
        `file: ${fmt(mib)} MiB${SIZE === 1024 ** 3 ? ' (1 GiB)' : ''}`,
        `baseline (plain Node PUT to disk): ${fmt(base)} s, ${fmt(mib / base, 0)} MiB/s`,
        `tus through gateway into ingest:  ${fmt(ours.seconds)} s, ${fmt(mib / ours.seconds, 0)} MiB/s`,
        `throughput ratio (ours / baseline): ${fmt(base / ours.seconds)}  (aim >= 0.9)`,
        `peak RSS: gateway ${peakRssMiB(gateway.child.pid!)} MiB (idle before: ${idle.gateway}), ingest ${peakRssMiB(ingest.child.pid!)} MiB (idle before: ${idle.ingest})  (aim <= 200 MiB each, during a 1 GiB upload)`,
        '',
      ].join('\n'),
    );
  } finally {
    await stopProcess(gateway.child);
    await stopProcess(ingest.child);
    await stopProcess(assets.child);
    for (const name of ['assets', 'ingest'] as const)
      await dropDatabase(`${infra.databaseUrlBase}/${databaseName(databasePrefix, name)}`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
