import {
  createPocketsphinxEngine,
  createWhisperCppEngine,
  POCKETSPHINX_TUNED_DECODER,
  wordErrorRate,
  type SpeechEngine,
} from '@mam/enrichment';
import { probeMedia } from '@mam/media';
import { librivoxClips } from '../packages/enrichment/src/test-speech';
import { fmt, sized, timed } from './support';

const CLIPS = sized('BENCH_ENRICHMENT_CLIPS', 5, 1);

/** pocketsphinx 0.8's own values of the settings the tuned defaults change. */
const POCKETSPHINX_PACKAGE_DECODER: Record<string, string> = { fwdflat: 'yes', silprob: '0.005' };

interface Score {
  errors: number;
  referenceWords: number;
  decodeSeconds: number;
}

async function score(engine: SpeechEngine, clips: ReturnType<typeof librivoxClips>): Promise<Score> {
  const total: Score = { errors: 0, referenceWords: 0, decodeSeconds: 0 };
  for (const clip of clips) {
    const { seconds, result } = await timed(() => engine.transcribe(clip.wav));
    const wer = wordErrorRate(clip.reference, result.words.map((word) => word.text).join(' '));
    total.errors += wer.errors;
    total.referenceWords += wer.referenceWords;
    total.decodeSeconds += seconds;
  }
  return total;
}

const werText = (s: Score) =>
  `${fmt((100 * s.errors) / (s.referenceWords || 1), 1)}% (${s.errors}/${s.referenceWords})`;

/**
 * Speech: word error rate over the LibriVox clips of Debian's pocketsphinx-testdata with the
 * engine's package defaults beside our tuned defaults, and pocketsphinx's real-time factor.
 * whisper.cpp runs when BENCH_WHISPER_BINARY and BENCH_WHISPER_MODEL name an installed one.
 */
export async function benchEnrichmentSpeech(): Promise<void> {
  const clips = librivoxClips().slice(0, CLIPS);
  let audioSeconds = 0;
  for (const clip of clips) audioSeconds += (await probeMedia(clip.wav)).durationSeconds ?? 0;

  const lines = [`speech: ${clips.length} LibriVox clips, ${fmt(audioSeconds, 1)} s of read speech`];
  const tuned = createPocketsphinxEngine();
  const availability = await tuned.availability();
  if (!availability.installed) throw new Error(`speech engine not installed: ${availability.reason}`);
  const packageDefaults = await score(createPocketsphinxEngine({ decoder: POCKETSPHINX_PACKAGE_DECODER }), clips);
  const ours = await score(tuned, clips);
  const tunedFlags = Object.entries(POCKETSPHINX_TUNED_DECODER)
    .map(([name, value]) => `-${name} ${value}`)
    .join(' ');
  lines.push(
    `  pocketsphinx ${availability.identity.version} (${availability.identity.model})`,
    `    word error rate, package defaults: ${werText(packageDefaults)}`,
    `    word error rate, tuned (${tunedFlags}): ${werText(ours)}`,
    `    real-time factor, tuned: ${fmt(ours.decodeSeconds / audioSeconds)} s decoding per s of audio (a process per clip, model load included)`,
  );

  const whisper = createWhisperCppEngine({
    binary: process.env.BENCH_WHISPER_BINARY ?? 'whisper-cli',
    model: process.env.BENCH_WHISPER_MODEL ?? '',
  });
  const whisperAvailability = await whisper.availability();
  if (!whisperAvailability.installed) lines.push(`  whisper.cpp: ${whisperAvailability.reason}`);
  else {
    const scored = await score(whisper, clips);
    lines.push(
      `  whisper.cpp ${whisperAvailability.identity.version} (${whisperAvailability.identity.model})`,
      `    word error rate, package defaults: ${werText(scored)}`,
      `    real-time factor: ${fmt(scored.decodeSeconds / audioSeconds)} s decoding per s of audio (a process per clip, model load included)`,
    );
  }
  process.stdout.write([...lines, ''].join('\n'));
}
