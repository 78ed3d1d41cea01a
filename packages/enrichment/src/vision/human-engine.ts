import type { EngineAvailability, FaceDetection, ObjectDetection, VisionEngine } from '../engine';
import type { HumanInstance, HumanModule, HumanResult } from './human-api';
import { humanConfig, onlyFaces, onlyObjects, type HumanThresholds } from './human-config';
import { findHumanPackage } from './human-package';
import { registerPackagedModelRouter } from './packaged-model-router';
import { readSquareFrame } from './read-square-frame';
import { boxInImage } from './square-frame';
import { unitVector } from './unit-vector';

export interface HumanVisionEngineOptions extends Partial<HumanThresholds> {
  /** Folder with blazeface, facemesh, faceres and centernet (default: the package's `models/`). */
  modelsDir?: string;
  /** Folder with tfjs-backend-wasm's `.wasm` files (default: the package's `dist/`). */
  wasmDir?: string;
  /** Images are scaled down to this many pixels on their longest side before detection; default 1024. */
  maxSide?: number;
  /** Larger images are refused; default 100 megapixels. */
  limitInputPixels?: number;
}

export const HUMAN_MODEL_NAME = 'blazeface+facemesh+faceres+centernet';
export const DEFAULT_MIN_FACE_CONFIDENCE = 0.6;
export const DEFAULT_MIN_OBJECT_CONFIDENCE = 0.3;

// human keeps its models in module state, so one process runs one detection at a time.
let running: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work, work);
  running = next.catch(() => undefined);
  return next;
}

/** Faces (with embeddings) and COCO objects on stills, by `@vladmandic/human` on tfjs's wasm backend. */
export function createHumanVisionEngine(options: HumanVisionEngineOptions = {}): VisionEngine {
  const thresholds: HumanThresholds = {
    minFaceConfidence: options.minFaceConfidence ?? DEFAULT_MIN_FACE_CONFIDENCE,
    minObjectConfidence: options.minObjectConfidence ?? DEFAULT_MIN_OBJECT_CONFIDENCE,
  };
  const maxSide = options.maxSide ?? 1024;
  const limitInputPixels = options.limitInputPixels ?? 100_000_000;
  let started: Promise<{ human: HumanInstance } | { reason: string }> | undefined;

  function start() {
    started ??= oneAtATime(() => loadHuman(options, thresholds));
    return started;
  }

  async function ready(): Promise<HumanInstance> {
    const loaded = await start();
    if ('reason' in loaded) throw new Error(`the vision engine is not installed: ${loaded.reason}`);
    return loaded.human;
  }

  async function detect(imagePath: string, only: Record<string, unknown>, signal?: AbortSignal) {
    signal?.throwIfAborted();
    const human = await ready();
    const { frame, rgb } = await readSquareFrame(imagePath, maxSide, limitInputPixels);
    signal?.throwIfAborted();
    const result = await oneAtATime(async (): Promise<HumanResult> => {
      const input = human.tf.tensor4d(Int32Array.from(rgb), [1, frame.side, frame.side, 3], 'int32');
      try {
        return await human.detect(input, only);
      } finally {
        input.dispose();
      }
    });
    if (result.error) throw new Error(`vision detection failed on ${imagePath}: ${result.error}`);
    return { frame, result };
  }

  return {
    name: 'human',
    async availability(): Promise<EngineAvailability> {
      const loaded = await start();
      if ('reason' in loaded) return { installed: false, reason: loaded.reason };
      const { human } = loaded;
      return {
        installed: true,
        identity: {
          engine: 'human',
          model: HUMAN_MODEL_NAME,
          version: `${human.version} (tfjs ${human.tf.version_core} ${human.tf.getBackend()})`,
        },
      };
    },
    async detectFaces(imagePath, callOptions) {
      const { frame, result } = await detect(imagePath, onlyFaces(), callOptions?.signal);
      const faces: FaceDetection[] = [];
      for (const face of result.face) {
        const box = boxInImage(frame, face.box);
        if (!box || !face.embedding?.length) continue;
        faces.push({ confidence: face.score, box, embedding: unitVector(face.embedding) });
      }
      return faces;
    },
    async detectObjects(imagePath, callOptions) {
      const { frame, result } = await detect(imagePath, onlyObjects(), callOptions?.signal);
      const objects: ObjectDetection[] = [];
      for (const object of result.object) {
        const box = boxInImage(frame, object.box);
        if (box) objects.push({ label: object.label, confidence: object.score, box });
      }
      return objects;
    },
  };
}

async function loadHuman(
  options: HumanVisionEngineOptions,
  thresholds: HumanThresholds,
): Promise<{ human: HumanInstance } | { reason: string }> {
  const files = findHumanPackage(options);
  if (typeof files === 'string') return { reason: files };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Human } = require(files.library) as HumanModule;
    const human = new Human(humanConfig(files, thresholds));
    registerPackagedModelRouter(human.tf.io as Parameters<typeof registerPackagedModelRouter>[0]);
    await human.load();
    const missing = ['blazeface', 'facemesh', 'faceres', 'centernet'].filter((m) => !human.models.loaded().includes(m));
    if (missing.length) return { reason: `models did not load from ${files.modelsDir}: ${missing.join(', ')}` };
    if (human.tf.getBackend() !== 'wasm')
      return { reason: `tfjs wasm backend did not start (got ${human.tf.getBackend()})` };
    return { human };
  } catch (error) {
    return { reason: `human could not start: ${(error as Error).message}` };
  }
}
