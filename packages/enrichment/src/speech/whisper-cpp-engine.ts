import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runProcess } from '@mam/media';
import type { EngineAvailability, SpeechEngine, Transcription } from '../engine';
import { errorLine, firstMissingFile, resolveTool } from '../local-tool';
import { parseWhisperFullJson } from './whisper-cpp-output';

export interface WhisperCppOptions {
  /** The deployment's whisper.cpp command line tool (`whisper-cli`, formerly `main`). */
  binary: string;
  /** The deployment's ggml model file, e.g. ggml-base.en.bin. */
  model: string;
  /** Reported as the engine's version; whisper.cpp builds do not say theirs. */
  version?: string;
  /** Decoding threads; default 2. */
  threads?: number;
  timeoutMs?: number;
  /** CPU priority of each run (nice, 0–19); see MediaJobOptions.niceness. */
  niceness?: number;
}

/** "en-US" → "en": whisper takes ISO 639-1 codes, or "auto". */
function whisperLanguage(language: string | undefined): string {
  return language ? language.split('-')[0].toLowerCase() : 'auto';
}

/**
 * Speech to text with a whisper.cpp binary and model file that a deployment provides (none
 * ships with the platform). Not installed when either is missing.
 */
export function createWhisperCppEngine(options: WhisperCppOptions): SpeechEngine {
  const notInstalled = async (): Promise<string | null> => {
    if (!options.binary || !(await resolveTool(options.binary)))
      return `whisper.cpp is not installed (${options.binary || 'no binary configured'} not found)`;
    if (!options.model || (await firstMissingFile([options.model])))
      return `the whisper.cpp model is not installed (${options.model || 'no model configured'} missing)`;
    return null;
  };

  return {
    name: 'whisper.cpp',

    async availability(): Promise<EngineAvailability> {
      const reason = await notInstalled();
      if (reason) return { installed: false, reason };
      return {
        installed: true,
        identity: { engine: 'whisper.cpp', model: basename(options.model), version: options.version ?? 'unknown' },
      };
    },

    async transcribe(wavPath, transcribeOptions = {}): Promise<Transcription> {
      const reason = await notInstalled();
      if (reason) throw new Error(reason);
      const command = (await resolveTool(options.binary))!;
      const dir = await mkdtemp(join(tmpdir(), 'mam-whisper-'));
      try {
        const prefix = join(dir, 'out');
        const outcome = await runProcess({
          command,
          args: [
            '-m',
            options.model,
            '-f',
            wavPath,
            '-l',
            whisperLanguage(transcribeOptions.language),
            '-t',
            String(options.threads ?? 2),
            '-np',
            '-ojf',
            '-of',
            prefix,
          ],
          label: 'whisper.cpp',
          timeoutMs: options.timeoutMs ?? 3_600_000,
          niceness: options.niceness,
          signal: transcribeOptions.signal,
          stderrLines: 20,
        });
        if (outcome.exitCode !== 0) {
          const why =
            errorLine(outcome.stderrTail) ??
            (outcome.exitSignal ? `killed by ${outcome.exitSignal}` : `exit code ${outcome.exitCode}`);
          throw new Error(`whisper.cpp could not transcribe ${basename(wavPath)}: ${why}`);
        }
        const result = parseWhisperFullJson(await readFile(`${prefix}.json`, 'utf8'));
        return { ...result, language: transcribeOptions.language ?? result.language };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
