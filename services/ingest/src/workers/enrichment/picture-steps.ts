import { EnrichmentSkippedError } from '../../jobs/enrichment-engines';
import { pictureStep } from './picture-step';

const required = <T>(engine: T | null): T => {
  if (!engine) throw new EnrichmentSkippedError('the engine left this instance');
  return engine;
};

/** On-screen text: each line read on a keyframe. */
export const readTextStep = pictureStep('text', async (engines, path, signal) =>
  (await required(engines.ocr).readText(path, { signal })).map((line) => ({ ...line })),
);

/** Objects: each COCO label seen on a keyframe. */
export const detectObjectsStep = pictureStep('label', async (engines, path, signal) =>
  (await required(engines.vision).detectObjects(path, { signal })).map((object) => ({
    text: object.label,
    confidence: object.confidence,
    box: object.box,
  })),
);
