import {
  createHumanVisionEngine,
  createLogoMatcher,
  createPocketsphinxEngine,
  createTesseractEngine,
  type Engine,
  type EngineIdentity,
  type LogoMatcher,
  type OcrEngine,
  type SpeechEngine,
  type VisionEngine,
} from '@mam/enrichment';
import type { IngestConfig } from '../config';

/** The engines this instance runs enrichment with; a slot without an engine means this build has none of that kind. */
export interface EnrichmentEngines {
  speech: SpeechEngine | null;
  ocr: OcrEngine | null;
  vision: VisionEngine | null;
  logos: LogoMatcher | null;
}

/** The engines named by the configuration (programs' paths, switches). */
export function createEnrichmentEngines(config: IngestConfig): EnrichmentEngines {
  return {
    speech: createPocketsphinxEngine({ binary: config.POCKETSPHINX_PATH, niceness: config.ENRICHMENT_NICENESS }),
    ocr: createTesseractEngine({ binary: config.TESSERACT_PATH, niceness: config.ENRICHMENT_NICENESS }),
    vision: createHumanVisionEngine(config.VISION_MODELS_DIR ? { modelsDir: config.VISION_MODELS_DIR } : {}),
    logos: createLogoMatcher(),
  };
}

/** The reason of every enrichment job whose engine cannot run here. */
export const NOT_INSTALLED = 'skipped: not installed';

/** An enrichment that does not apply here: its job ends skipped with the reason, never failed. */
export class EnrichmentSkippedError extends Error {
  override name = 'EnrichmentSkippedError';
}

/** An engine that cannot run here (program or model missing): its job is skipped, never failed. */
export class EngineNotInstalledError extends EnrichmentSkippedError {
  override name = 'EngineNotInstalledError';
  constructor(readonly detail: string) {
    super(NOT_INSTALLED);
  }
}

export const isEnrichmentSkipped = (error: unknown): error is EnrichmentSkippedError =>
  error instanceof EnrichmentSkippedError;
export const isEngineNotInstalled = (error: unknown): error is EngineNotInstalledError =>
  error instanceof EngineNotInstalledError;

/** The identity of an engine that can run here, else EngineNotInstalledError with why not. */
export async function engineReady(engine: Engine | null, kind: string): Promise<EngineIdentity> {
  if (!engine) throw new EngineNotInstalledError(`no ${kind} engine in this build`);
  const availability = await engine.availability();
  if (!availability.installed) throw new EngineNotInstalledError(availability.reason);
  return availability.identity;
}
