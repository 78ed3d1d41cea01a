import { basename } from 'node:path';
import { runProcess } from '@mam/media';
import type { EngineAvailability, OcrEngine, TextDetection } from '../engine';
import { errorLine, firstMissingFile, resolveTool } from '../local-tool';
import { parseTesseractTsv } from './tesseract-tsv';

/** Debian's tesseract-ocr-eng data folder for tesseract 5. */
export const TESSERACT_DATA = '/usr/share/tesseract-ocr/5/tessdata';

export interface TesseractOptions {
  /** `tesseract` by default, looked up on PATH. */
  binary?: string;
  /** CPU priority of each run (nice, 0–19); see MediaJobOptions.niceness. */
  niceness?: number;
  /** Folder of the .traineddata files; default tesseract's own. */
  dataDir?: string;
  /** Default "eng". */
  language?: string;
  /**
   * Page segmentation mode; default 11 (sparse text): on 720p frames with a caption over a
   * busy picture it reads the caption whole, where 3 (automatic) finds no text and 6 (one
   * block) mixes in background fragments.
   */
  pageSegmentation?: number;
  /** Words below this confidence (0..100) are background junk; default 80. */
  minConfidence?: number;
  timeoutMs?: number;
}

/** On-screen text with tesseract's LSTM engine. */
export function createTesseractEngine(options: TesseractOptions = {}): OcrEngine {
  const binary = options.binary ?? 'tesseract';
  const language = options.language ?? 'eng';
  const dataDir = options.dataDir ?? TESSERACT_DATA;

  const dataArgs = options.dataDir ? ['--tessdata-dir', options.dataDir] : [];

  return {
    name: 'tesseract',

    async availability(): Promise<EngineAvailability> {
      const command = await resolveTool(binary);
      if (!command) return { installed: false, reason: `tesseract is not installed (${binary} not found)` };
      const missing = await firstMissingFile([`${dataDir}/${language}.traineddata`]);
      if (missing)
        return { installed: false, reason: `tesseract's ${language} data is not installed (${missing} missing)` };
      let text = '';
      const outcome = await runProcess({
        command,
        args: ['--version'],
        label: 'tesseract',
        timeoutMs: 10_000,
        onStdout: (chunk) => (text += chunk.toString('utf8')),
      }).catch(() => null);
      const version = /tesseract\s+v?(\S+)/i.exec([text, ...(outcome?.stderrTail ?? [])].join('\n'))?.[1];
      return { installed: true, identity: { engine: 'tesseract', model: language, version: version ?? 'unknown' } };
    },

    async readText(imagePath, readOptions = {}): Promise<TextDetection[]> {
      const command = await resolveTool(binary);
      if (!command) throw new Error(`tesseract is not installed (${binary} not found)`);
      const chunks: Buffer[] = [];
      const outcome = await runProcess({
        command,
        args: [
          imagePath,
          'stdout',
          ...dataArgs,
          '-l',
          language,
          '--psm',
          String(options.pageSegmentation ?? 11),
          'tsv',
        ],
        label: 'tesseract',
        timeoutMs: options.timeoutMs ?? 120_000,
        niceness: options.niceness,
        signal: readOptions.signal,
        onStdout: (chunk) => chunks.push(chunk),
        stderrLines: 20,
      });
      if (outcome.exitCode !== 0) {
        const reason =
          errorLine(outcome.stderrTail) ??
          (outcome.exitSignal ? `killed by ${outcome.exitSignal}` : `exit code ${outcome.exitCode}`);
        throw new Error(`tesseract could not read ${basename(imagePath)}: ${reason}`);
      }
      return parseTesseractTsv(Buffer.concat(chunks).toString('utf8'), { minConfidence: options.minConfidence });
    },
  };
}
