import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `@vladmandic/human`, its models and the tfjs wasm binaries are on this machine. */
export interface HumanPackageFiles {
  /** human's Node build for the wasm backend, required by path (the package's exports map is broken). */
  library: string;
  modelsDir: string;
  /** The folder with tfjs-backend-wasm's `.wasm` files, ending in a slash. */
  wasmDir: string;
}

export const HUMAN_MODEL_FILES = {
  detector: 'blazeface.json',
  mesh: 'facemesh.json',
  description: 'faceres.json',
  objects: 'centernet.json',
} as const;

/** The package's files, or the reason they cannot be found. */
export function findHumanPackage(overrides: { modelsDir?: string; wasmDir?: string }): HumanPackageFiles | string {
  let humanDir: string;
  let wasmDir: string;
  try {
    // Resolving `@vladmandic/human` names its tfjs-node build; only its folder is used.
    humanDir = dirname(dirname(require.resolve('@vladmandic/human')));
    wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  } catch (error) {
    return `@vladmandic/human or @tensorflow/tfjs-backend-wasm is not installed (${(error as Error).message.split('\n')[0]})`;
  }
  const files: HumanPackageFiles = {
    library: join(humanDir, 'dist', 'human.node-wasm.js'),
    modelsDir: overrides.modelsDir ?? join(humanDir, 'models'),
    wasmDir: withSlash(overrides.wasmDir ?? wasmDir),
  };
  if (!existsSync(files.library)) return `human's wasm build is missing: ${files.library}`;
  for (const model of Object.values(HUMAN_MODEL_FILES)) {
    const file = join(files.modelsDir, model);
    if (!existsSync(file)) return `model ${model} is missing in ${files.modelsDir}`;
  }
  const wasm = join(files.wasmDir, 'tfjs-backend-wasm.wasm');
  if (!existsSync(wasm)) return `tfjs wasm binary is missing: ${wasm}`;
  return files;
}

function withSlash(folder: string): string {
  return folder.endsWith('/') ? folder : `${folder}/`;
}
