import { basename, join } from 'node:path';
import { runProcess } from '@mam/media';
import type { EngineAvailability, SpeechEngine, Transcription } from '../engine';
import { debianPackageVersion, errorLine, firstMissingFile, resolveTool } from '../local-tool';
import { parsePocketsphinxTimes } from './pocketsphinx-output';

/** Debian's pocketsphinx-en-us model folder. */
export const POCKETSPHINX_EN_US = '/usr/share/pocketsphinx/model/en-us';

/**
 * Decoder settings, chosen by word error rate on the five LibriVox clips of Debian's
 * pocketsphinx-testdata (71 words of clean read speech, scored against their reference
 * transcripts, 71 words): package defaults 36.6%; -fwdflat no 33.8%; -silprob 0.05
 * 33.8%; both 33.8% (32.4% with "mr" read as "mister"); -lw 5..8, wider beams, -bestpath no,
 * -topn 6, -maxhmmpf -1 and -remove_silence no did no better. The 25% aim is not reached by
 * decoder settings alone.
 */
export const POCKETSPHINX_TUNED_DECODER: Readonly<Record<string, string>> = { fwdflat: 'no', silprob: '0.05' };

export interface PocketsphinxOptions {
  /** `pocketsphinx_continuous` by default, looked up on PATH. */
  binary?: string;
  /** CPU priority of each run (nice, 0–19); see MediaJobOptions.niceness. */
  niceness?: number;
  /** Acoustic model folder; default the en-us model's. */
  acousticModel?: string;
  /** Language model (.lm.bin or ARPA); default en-us.lm.bin. */
  languageModel?: string;
  /** Pronunciation dictionary; default cmudict-en-us.dict. */
  dictionary?: string;
  /** Decoder options (without the dash) over the tuned ones, e.g. `{ beam: '1e-60' }`. */
  decoder?: Record<string, string>;
  /** Wall-clock limit per file; default 10 minutes plus twice real time is not known here, so 1 hour. */
  timeoutMs?: number;
}

const LANGUAGE = 'en-US';

/** Speech to text with CMU PocketSphinx's `pocketsphinx_continuous` and its US English model. */
export function createPocketsphinxEngine(options: PocketsphinxOptions = {}): SpeechEngine {
  const binary = options.binary ?? 'pocketsphinx_continuous';
  const acousticModel = options.acousticModel ?? join(POCKETSPHINX_EN_US, 'en-us');
  const languageModel = options.languageModel ?? join(POCKETSPHINX_EN_US, 'en-us.lm.bin');
  const dictionary = options.dictionary ?? join(POCKETSPHINX_EN_US, 'cmudict-en-us.dict');
  const decoder = { ...POCKETSPHINX_TUNED_DECODER, ...options.decoder };
  const modelFiles = [join(acousticModel, 'mdef'), join(acousticModel, 'means'), languageModel, dictionary];

  return {
    name: 'pocketsphinx',

    async availability(): Promise<EngineAvailability> {
      const command = await resolveTool(binary);
      if (!command) return { installed: false, reason: `pocketsphinx is not installed (${binary} not found)` };
      const missing = await firstMissingFile(modelFiles);
      if (missing) return { installed: false, reason: `the pocketsphinx model is not installed (${missing} missing)` };
      const version = (await debianPackageVersion('pocketsphinx')) ?? 'unknown';
      return {
        installed: true,
        identity: {
          engine: 'pocketsphinx',
          model: `${basename(acousticModel)} + ${basename(languageModel)} + ${basename(dictionary)}`,
          version,
        },
      };
    },

    async transcribe(wavPath, transcribeOptions = {}): Promise<Transcription> {
      const language = transcribeOptions.language ?? LANGUAGE;
      if (!/^en\b/i.test(language)) throw new Error(`pocketsphinx has only a US English model here, not ${language}`);
      const command = await resolveTool(binary);
      if (!command) throw new Error(`pocketsphinx is not installed (${binary} not found)`);
      const args = [
        '-infile',
        wavPath,
        '-time',
        'yes',
        '-hmm',
        acousticModel,
        '-lm',
        languageModel,
        '-dict',
        dictionary,
        ...Object.entries(decoder).flatMap(([name, value]) => [`-${name}`, value]),
      ];
      const chunks: Buffer[] = [];
      // The decoder logs its whole configuration and every utterance to stderr: only a short tail is kept.
      const outcome = await runProcess({
        command,
        args,
        label: 'pocketsphinx',
        timeoutMs: options.timeoutMs ?? 3_600_000,
        niceness: options.niceness,
        signal: transcribeOptions.signal,
        onStdout: (chunk) => chunks.push(chunk),
        stderrLines: 20,
      });
      if (outcome.exitCode !== 0) {
        const reason =
          errorLine(outcome.stderrTail) ??
          (outcome.exitSignal ? `killed by ${outcome.exitSignal}` : `exit code ${outcome.exitCode}`);
        throw new Error(`pocketsphinx could not transcribe ${basename(wavPath)}: ${reason}`);
      }
      return { language: LANGUAGE, words: parsePocketsphinxTimes(Buffer.concat(chunks).toString('utf8')) };
    },
  };
}
