import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Every benchmark runs once on tiny inputs (BENCH_SMOKE=1), so a benchmark that no longer runs
 * fails the tests instead of waiting for the next person who measures. No figure is judged here.
 */
function runBenchmarks(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'run.ts')], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, BENCH_SMOKE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('benchmarks in smoke mode', () => {
  let result: Awaited<ReturnType<typeof runBenchmarks>>;
  beforeAll(async () => {
    // As `npm run bench` does: services start from the compiled tree.
    const build = spawnSync('npm', ['run', 'build'], { cwd: join(__dirname, '..'), encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed: ${build.stdout}${build.stderr}`);
    result = await runBenchmarks();
  }, 1_200_000);

  it('run to the end', () => {
    expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr.slice(-4000) }).toEqual({
      code: 0,
      stderr: '',
    });
  });

  it.each([
    [
      'upload',
      /tus through gateway into ingest: +[\d.]+ s, \d+ MiB\/s[^]*peak RSS: gateway \d+ MiB .*ingest \d+ MiB .*\(aim <= 200 MiB each/,
    ],
    [
      'proxy',
      /ratio \(ours \/ bare\): [\d.]+[^]*all video renditions ready .*: [\d.]+ s\n +ratio to the bare proxy command: [\d.]+ .*\n +ratio to the clip length: [\d.]+/,
    ],
    [
      'images',
      /whole image pipeline .*: [\d.]+ photos\/s\n.*bare sharp resize .*: +[\d.]+ photos\/s\nratio .*: [\d.]+\n[^]*aim: >= 15 photos\/s[^]*HEIC: /,
    ],
    [
      'search',
      /^(?=[^]*searchAssets through gateway: +p50 [\d.]+ ms)(?=[^]*gateway overhead over the subgraph alone at p50: -?[\d.]+ ms)(?=[^]*assets overhead over Elasticsearch direct at p50: -?[\d.]+ ms)(?=[^]*search p95 through the gateway, 200 assets: [\d.]+ ms .* vs Elasticsearch direct [\d.]+ ms\n.*500 assets: [\d.]+ ms)/,
    ],
    [
      'searchable',
      /Elasticsearch, Kafka:\n +idle +title +\d+ ms .*\n +while the long clip transcodes title +\d+ ms [^]*PostgreSQL search, embedded:\n +idle +title +\d+ ms/,
    ],
    ['listing', /depth +keyset +restricted/],
    ['web', /first \d+ thumbnails of \d+: [\d.]+ ms/],
    [
      'archive',
      /archive ratio \(ours \/ baseline\): [\d.]+.*\n.*restore ratio \(ours \/ baseline\): [\d.]+.*\n.*peak RSS .*: \d+ MiB/,
    ],
    ['distribution', /one-decode ratio \(ours \/ bare\): [\d.]+.*\n.*one decode speed-up .*: [\d.]+x/],
    ['dav', /drive read ratio \(drive \/ media throughput\): [\d.]+[^]*small objects[^]*\d+ objects\/s/],
    [
      'start',
      /compiled \(npm start\) +cold start [\d.]+ s, idle RSS \d+ MiB.*\n.*tsx +cold start [\d.]+ s, idle RSS \d+ MiB[^]*own compiled process, idle RSS.*\n +assets +\d+ MiB.*\n +ingest +\d+ MiB.*\n +review +\d+ MiB.*\n +distribution +\d+ MiB.*\n +archive +\d+ MiB.*\n +gateway +\d+ MiB/,
    ],
    [
      'review',
      /^(?=[^]*comment posted -> received +p50 [\d.]+ ms +p95 [\d.]+ ms)(?=[^]*gateway memory per open subscription: -?[\d.]+ KiB)(?=[^]*gateway: first answer p50 [\d.]+ ms)(?=[^]*review alone: first answer p50 [\d.]+ ms)/,
    ],
    ['load', /federated \(5 subgraphs\), gateway +\d+ req\/s +p50 +[\d.]+ ms .* 0 failed of \d+/],
    [
      'enrichment',
      /^(?=[^]*true match rate: +[\d.]+% of \d+ same-person pairs)(?=[^]*faces \+ objects: +[\d.]+ s per image)(?=[^]*word error rate, package defaults: [\d.]+% \(\d+\/\d+\)\n +word error rate, tuned \(.*\): [\d.]+% \(\d+\/\d+\))(?=[^]*real-time factor, tuned: [\d.]+ s decoding per s of audio)(?=[^]*whisper\.cpp)(?=[^]*over testsrc2: +character accuracy [\d.]+%, \d+ of \d+ read exactly)(?=[^]*[\d.]+ s per frame \(\d+ frames)(?=[^]*all enrichment done: [\d.]+ s after upload complete, [\d.]+ s per minute of video)(?=[^]*searchable by a spoken word \("\w+"\): [\d.]+ s)/,
    ],
  ])('%s prints its figures', (name, figure) => {
    const section = result.stdout.split(/^== /m).find((part) => part.startsWith(`${name}\n`));
    expect(section).toMatch(figure);
  });
});
