import { PACKAGED_MODEL_SCHEME } from './packaged-model-router';
import { HUMAN_MODEL_FILES } from './human-package';

export interface HumanThresholds {
  /** FaceMesh's confidence that a BlazeFace box holds a face. */
  minFaceConfidence: number;
  minObjectConfidence: number;
}

const noCache = { skipFrames: 0, skipTime: 0 };

/**
 * human's configuration for stills: wasm backend on one thread, models read from the package's
 * folder, frame caching off (else a still gets the previous still's result). A BlazeFace box counts
 * as a face only when FaceMesh confirms it, which rejects cats and faces on textures.
 */
export function humanConfig(
  files: { modelsDir: string; wasmDir: string },
  thresholds: HumanThresholds,
): Record<string, unknown> {
  return {
    backend: 'wasm',
    wasmPath: files.wasmDir,
    wasmPlatformFetch: false,
    modelBasePath: `${PACKAGED_MODEL_SCHEME}${files.modelsDir}`,
    cacheModels: false,
    cacheSensitivity: 0,
    skipAllowed: false,
    warmup: 'none',
    debug: false,
    async: true,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        ...noCache,
        modelPath: HUMAN_MODEL_FILES.detector,
        rotation: false,
        maxDetected: 20,
        minConfidence: thresholds.minFaceConfidence,
        iouThreshold: 0.1,
        return: false,
      },
      mesh: { enabled: true, modelPath: HUMAN_MODEL_FILES.mesh, keepInvalid: false },
      description: { ...noCache, enabled: true, modelPath: HUMAN_MODEL_FILES.description, minConfidence: 0 },
      iris: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
      gear: { enabled: false },
    },
    object: {
      ...noCache,
      enabled: true,
      modelPath: HUMAN_MODEL_FILES.objects,
      minConfidence: thresholds.minObjectConfidence,
      iouThreshold: 0.4,
      maxDetected: 20,
    },
    body: { enabled: false },
    hand: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  };
}

/** Per call: run only the faces or only the objects. */
export function onlyFaces(): Record<string, unknown> {
  return { face: { enabled: true }, object: { enabled: false } };
}

export function onlyObjects(): Record<string, unknown> {
  return { face: { enabled: false }, object: { enabled: true } };
}
