import type { DeliveryProfileSpec, LoudnessMeasurement, LoudnessPlan, OutputFileFacts } from '@mam/media';

/** A file as it was streamed to a destination: its path in the output's folder, size and SHA-256. */
export interface FileDigest {
  path: string;
  sizeBytes: number;
  sha256: string;
}

/** The name of the manifest in every output's folder. */
export const MANIFEST_FILE = 'manifest.json';

export interface ManifestFacts {
  delivery: { id: string; requestedBy: string; ruleId: string | null; createdAt: Date };
  asset: { id: string };
  version: {
    id: string;
    number: number | null;
    filename: string | null;
    sha256: string | null;
    sizeBytes: number | null;
  };
  profile: { id: string; name: string; spec: DeliveryProfileSpec };
  /** Each media file's technical facts as probed when it was verified. */
  outputs: OutputFileFacts[];
  loudness: { plan: LoudnessPlan | null; measured: LoudnessMeasurement | null };
  /** Which files are captions (the rest are the output's media). */
  captions: string[];
  rights: Record<string, unknown>;
}

/**
 * The manifest delivered beside one output: what was delivered (asset, version, profile), the
 * technical facts of each file, the SHA-256 and size of every file as it was sent, and the
 * version's rights. Keys in a fixed order, so the same delivery reads the same. Pure.
 */
export function deliveryManifest(facts: ManifestFacts, files: FileDigest[]): string {
  const captions = new Set(facts.captions);
  const manifest = {
    manifest: 'mam.delivery-manifest/1',
    delivery: { ...facts.delivery, createdAt: facts.delivery.createdAt.toISOString() },
    asset: facts.asset,
    version: facts.version,
    profile: facts.profile,
    outputs: facts.outputs,
    loudness: facts.loudness.plan
      ? {
          mode: facts.loudness.plan.mode,
          gainDb: facts.loudness.plan.gainDb,
          target: facts.profile.spec.audio?.loudness ?? null,
          measured: facts.loudness.measured,
        }
      : null,
    files: files.map((file) => ({
      path: file.path,
      kind: captions.has(file.path) ? 'captions' : 'media',
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
    })),
    rights: facts.rights,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
