import type { Engine, EngineIdentity, LogoMatcher, OcrEngine, SpeechEngine, VisionEngine } from '@mam/enrichment';
import type { IngestConfig } from '../config';

/** The engines this instance runs enrichment with; a slot without an engine means this build has none of that kind. */
export interface EnrichmentEngines {
  speech: SpeechEngine | null;
  ocr: OcrEngine | null;
  vision: VisionEngine | null;
  logos: LogoMatcher | null;
}

/** The engines named by the configuration (programs' paths, switches). */
export function createEnrichmentEngines(_config: IngestConfig): EnrichmentEngines {
  return { speech: null, ocr: null, vision: null, logos: null };
}

/** The reason of every enrichment job whose engine cannot run here. */
export const NOT_INSTALLED = 'skipped: not installed';

/** An engine that cannot run here (program or model missing): its job is skipped, never failed. */
export class EngineNotInstalledError extends Error {
  override name = 'EngineNotInstalledError';
  constructor(readonly detail: string) {
    super(NOT_INSTALLED);
  }
}

export const isEngineNotInstalled = (error: unknown): error is EngineNotInstalledError =>
  error instanceof EngineNotInstalledError;

/** The identity of an engine that can run here, else EngineNotInstalledError with why not. */
export async function engineReady(engine: Engine | null, kind: string): Promise<EngineIdentity> {
  if (!engine) throw new EngineNotInstalledError(`no ${kind} engine in this build`);
  const availability = await engine.availability();
  if (!availability.installed) throw new EngineNotInstalledError(availability.reason);
  return availability.identity;
}
