import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest } from '@mam/testkit';
import { tusUpload } from './searchable.bench';
import { fmt, sized, smoke } from './support';

const CLIP_SECONDS = sized('BENCH_ENRICHMENT_CLIP_SECONDS', 60, 4);
const LIBRIVOX = '/usr/share/pocketsphinx/test/data/librivox';
/** Words of the LibriVox sentences (not in the title or file name): the first one search finds counts. */
const SPOKEN = ['dashwood', 'selfish', 'married', 'respectable', 'amiable', 'disposed', 'leisure', 'prudently'];
const KINDS = ['transcript', 'text', 'objects', 'faces', 'logos'];

const SEARCH = `query($q: String) { searchAssets(query: $q, first: 5) { edges { node { id } segments { kind } } } }`;
const JOBS = `query($id: ID!) { asset(id: $id) { currentVersion { enrichmentJobs { kind state reason } } } }`;

/** A clip of CLIP_SECONDS at 1080p25: real read speech (Debian's LibriVox sentences, looped) over moving video with a caption. */
function speechClip(path: string): string {
  const files = readFileSync(join(LIBRIVOX, 'fileids'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((id) => join(LIBRIVOX, `${id}.wav`));
  const size = smoke ? '480x270' : '1920x1080';
  ffmpeg([
    ...files.flatMap((file) => ['-i', file]),
    '-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`,
    '-filter_complex',
    `${files.map((_, i) => `[${i}:a]`).join('')}concat=n=${files.length}:v=0:a=1,aloop=loop=-1:size=2000000000[speech];[${files.length}:v]drawtext=text='MAMMOTH FOODS':fontsize=h/10:fontcolor=white:box=1:boxcolor=black:x=(w-tw)/2:y=h*0.8:enable='gte(t,1)'[video]`,
    '-map', '[video]', '-map', '[speech]',
    '-t', String(CLIP_SECONDS),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k',
    path,
  ]); // prettier-ignore
  return path;
}

async function ask(test: TestSystem, token: string, query: string, variables: Record<string, unknown>) {
  const response = await graphqlRequest<Record<string, any>>(test.system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${token}`,
  });
  if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/**
 * The whole enrichment pipeline on one clip with every engine installed here: upload complete →
 * found through the gateway by a spoken word, and → each enrichment job done, as seconds per
 * minute of 1080p video. One enrichment worker, beside the rendition worker, as ingest runs by default.
 */
export async function benchEnrichmentPipeline(): Promise<void> {
  const test = await startTestSystem('benchenrich', { ingest: { ENRICHMENT: 'true' } });
  try {
    const token = await test.token('bench-editor', 'bench-enrich', ['editor']);
    await ask(test, token, 'mutation($i: CreateLogoInput!) { createLogo(input: $i) { id } }', {
      i: { name: 'Mammoth Foods', wordmarks: ['MAMMOTH'] },
    });
    const clip = speechClip(join(test.workDir, 'interview.mp4'));
    const { completedAt, uploadId } = await tusUpload(test, token, clip, {
      filename: 'interview.mp4',
      title: 'Bench interview',
    });
    const [{ asset_id: assetId }] = await test.system.services.ingest.dataSource.query(
      'SELECT asset_id::text FROM uploads WHERE id = $1',
      [uploadId],
    );
    const done = new Map<string, { seconds: number; state: string; reason: string | null }>();
    let searchable: { seconds: number; word: string } | undefined;
    const deadline = completedAt + 3_600_000;
    while (!searchable || done.size < KINDS.length) {
      if (performance.now() > deadline) throw new Error('enrichment did not finish within an hour');
      if (!searchable)
        for (const word of SPOKEN) {
          const hits = (await ask(test, token, SEARCH, { q: word })).searchAssets.edges as {
            node: { id: string };
            segments: { kind: string }[];
          }[];
          if (hits.some((hit) => hit.node.id === assetId && hit.segments.some((s) => s.kind === 'transcript'))) {
            searchable = { seconds: (performance.now() - completedAt) / 1000, word };
            break;
          }
        }
      const jobs = ((await ask(test, token, JOBS, { id: assetId })).asset?.currentVersion?.enrichmentJobs ?? []) as {
        kind: string;
        state: string;
        reason: string | null;
      }[];
      for (const job of jobs)
        if (!done.has(job.kind) && ['READY', 'FAILED', 'SKIPPED'].includes(job.state))
          done.set(job.kind, {
            seconds: (performance.now() - completedAt) / 1000,
            state: job.state,
            reason: job.reason,
          });
      if (searchable === undefined && done.get('transcript')?.state === 'READY' && done.size === KINDS.length)
        throw new Error(`no spoken word of ${SPOKEN.join(', ')} was found in the transcript`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const minutes = CLIP_SECONDS / 60;
    const all = Math.max(...[...done.values()].map((job) => job.seconds));
    process.stdout.write(
      [
        `enrichment of a ${CLIP_SECONDS} s ${smoke ? '480x270' : '1080p25'} clip (speech, caption, logo), every engine:`,
        ...KINDS.map((kind) => {
          const job = done.get(kind)!;
          return `  upload complete -> ${kind.padEnd(10)} ${job.state.padEnd(7)} ${fmt(job.seconds)} s${job.reason ? ` (${job.reason})` : ''}`;
        }),
        `  all enrichment done: ${fmt(all)} s after upload complete, ${fmt(all / minutes)} s per minute of video`,
        `upload complete -> searchable by a spoken word ("${searchable.word}"): ${fmt(searchable.seconds)} s  (aim: seconds after upload)`,
        '',
      ].join('\n'),
    );
  } finally {
    await test.stop();
  }
}
