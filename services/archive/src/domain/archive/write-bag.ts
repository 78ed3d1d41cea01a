import { Readable } from 'node:stream';
import type { ArchiveLocation, BagSink } from '../../locations/archive-location';
import { streamToSinks, hashStream } from '../../bag/stream-to-sinks';
import { BAGIT_TXT, bagInfoText, manifestText, type BagInfo, type ManifestEntry } from '../../bag/bagit-files';
import { PermanentArchiveError } from '../archive-deps';

export interface PayloadSource {
  path: string;
  open(): Readable;
  /** The sha256 the bytes must have (a master's recorded checksum); checked while they stream. */
  sha256?: string;
  size: number;
}

export interface WrittenBag {
  payload: ManifestEntry[];
  tags: ManifestEntry[];
}

/**
 * Streams one BagIt 1.0 bag to every location at once: each payload source is read once,
 * hashed on the way, and written to all copies; then the tag files; then each copy is committed
 * (renamed into place) and read back against the manifest. A failure anywhere aborts every copy.
 */
export async function writeBag(
  locations: ArchiveLocation[],
  bag: string,
  payload: PayloadSource[],
  info: BagInfo,
  options: { signal?: AbortSignal; progress?: (fraction: number) => void },
): Promise<WrittenBag> {
  const sinks: BagSink[] = [];
  const total = payload.reduce((sum, source) => sum + source.size, 0) || 1;
  let done = 0;
  try {
    for (const location of locations) sinks.push(await location.beginBag(bag));
    const written: ManifestEntry[] = [];
    for (const source of payload) {
      const result = await streamToSinks(
        source.open(),
        sinks.map((sink) => sink.file(source.path)),
        { signal: options.signal, onBytes: (bytes) => options.progress?.((done += bytes) / total / 2) },
      );
      if (source.sha256 && result.sha256 !== source.sha256)
        throw new PermanentArchiveError(
          `${source.path} does not match its recorded sha256 (${source.sha256}, read ${result.sha256})`,
        );
      written.push({ path: source.path, sha256: result.sha256, size: result.size });
    }
    const tags: ManifestEntry[] = [];
    const tag = async (path: string, text: string) => {
      const result = await streamToSinks(
        Readable.from([Buffer.from(text, 'utf8')]),
        sinks.map((sink) => sink.file(path)),
      );
      tags.push({ path, sha256: result.sha256, size: result.size });
    };
    await tag('bagit.txt', BAGIT_TXT);
    await tag('bag-info.txt', bagInfoText(info, written));
    await tag('manifest-sha256.txt', manifestText(written));
    await tag('tagmanifest-sha256.txt', manifestText(tags));
    for (const sink of sinks) await sink.commit();
    await verifyCopies(locations, bag, [...written, ...tags], options);
    return { payload: written, tags };
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.abort().catch(() => undefined)));
    throw error;
  }
}

/** Reads every file of each committed copy back against the manifest (fixity on write). */
async function verifyCopies(
  locations: ArchiveLocation[],
  bag: string,
  files: ManifestEntry[],
  options: { signal?: AbortSignal; progress?: (fraction: number) => void },
): Promise<void> {
  for (const [index, location] of locations.entries()) {
    for (const file of files) {
      const read = await hashStream(location.read(bag, file.path), options.signal);
      if (read.sha256 !== file.sha256)
        throw new Error(`copy on ${location.name} does not read back as written: ${file.path}`);
    }
    options.progress?.(0.5 + ((index + 1) / locations.length) * 0.5);
  }
}
