import { benchEnrichmentFaces } from './enrichment-faces.bench';
import { benchEnrichmentOcr } from './enrichment-ocr.bench';
import { benchEnrichmentPipeline } from './enrichment-pipeline.bench';
import { benchEnrichmentSpeech } from './enrichment-speech.bench';

/** `npm run bench -- enrichment`: each engine's part, printed one after another. */
export async function benchEnrichment(): Promise<void> {
  await benchEnrichmentFaces();
  await benchEnrichmentSpeech();
  await benchEnrichmentOcr();
  await benchEnrichmentPipeline();
}
