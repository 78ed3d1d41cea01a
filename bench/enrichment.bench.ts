import { benchEnrichmentFaces } from './enrichment-faces.bench';

/** `npm run bench -- enrichment`: each engine's part, printed one after another. */
export async function benchEnrichment(): Promise<void> {
  await benchEnrichmentFaces();
}
