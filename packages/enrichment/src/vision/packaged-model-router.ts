import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * tfjs loads a model from a URL; under the wasm backend it can fetch only http(s), and Node's fetch
 * cannot read `file://`. Models that ship inside an npm package are named `packaged-model://<dir>/x.json`
 * and read from disk by this router instead.
 */
export const PACKAGED_MODEL_SCHEME = 'packaged-model://';

interface ModelJson {
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: unknown[] }[];
  [key: string]: unknown;
}

interface TfIo {
  registerLoadRouter(router: (url: unknown) => unknown): void;
  getModelArtifactsForJSON(
    json: ModelJson,
    loadWeights: (manifest: ModelJson['weightsManifest']) => Promise<[unknown[], ArrayBuffer]>,
  ): Promise<unknown>;
}

const registered = new WeakSet<object>();

/** Registers the router on one tfjs instance (once). */
export function registerPackagedModelRouter(io: TfIo): void {
  if (registered.has(io)) return;
  registered.add(io);
  io.registerLoadRouter((url) => {
    if (typeof url !== 'string' || !url.startsWith(PACKAGED_MODEL_SCHEME)) return null;
    const file = url.slice(PACKAGED_MODEL_SCHEME.length);
    return { load: () => loadModelFile(io, file) };
  });
}

async function loadModelFile(io: TfIo, file: string): Promise<unknown> {
  const json = JSON.parse(await readFile(file, 'utf8')) as ModelJson;
  const folder = join(file, '..');
  return io.getModelArtifactsForJSON(json, async (manifest) => {
    const specs: unknown[] = [];
    const parts: Buffer[] = [];
    for (const group of manifest) {
      specs.push(...group.weights);
      for (const path of group.paths) parts.push(await readFile(join(folder, path)));
    }
    const all = Buffer.concat(parts);
    return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
  });
}
