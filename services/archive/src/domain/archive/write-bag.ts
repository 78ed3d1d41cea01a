import { Readable } from 'node:stream';
import type { ArchiveLocation, BagSink } from '../../locations/archive-location';
import { streamToSinks, hashStream } from '../../bag/stream-to-sinks';
import { BAGIT_TXT, bagInfoText, manifestText, type BagInfo, type ManifestEntry } from '../../bag/bagit-files';
import { PermanentArchiveError } from '../archive-deps';

export interface PayloadSource {
  path: string;
  open(): Readable | Promise<Readable>;
  /** The sha256 the bytes must have (a master's recorded checksum); checked while they stream. */
  sha256?: string;
  size: number;
}

export interface WrittenBag {
  payload: ManifestEntry[];
  tags: ManifestEntry[];
}

/**
 * Streams one BagIt 1.0 bag to every location at once: each payload source is read once and
 * written to all copies (hashed on the way unless its sha256 is known: a master's recorded
 * checksum goes into the manifest as it is); then the tag files; then each copy is committed
 * (renamed into place) and read back against the manifest, the copies side by side. So a
 * master's bytes are hashed once per copy, on the copy: a copy that reads back as its recorded
 * sha256 proves both the online master and the write. A failure anywhere aborts every copy.
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
  let committed = false;
  try {
    for (const location of locations) sinks.push(await location.beginBag(bag));
    const written: ManifestEntry[] = [];
    for (const source of payload) {
      const result = await streamToSinks(
        await source.open(),
        sinks.map((sink) => sink.file(source.path)),
        {
          signal: options.signal,
          hash: !source.sha256,
          onBytes: (bytes) => options.progress?.((done += bytes) / total / 2),
        },
      );
      if (source.sha256 && source.size && result.size !== source.size)
        throw new PermanentArchiveError(
          `${source.path} does not match its recorded sha256 (${source.size} bytes recorded, ${result.size} read)`,
        );
      written.push({ path: source.path, sha256: source.sha256 ?? result.sha256, size: result.size });
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
    committed = true;
    await verifyCopies(
      locations,
      bag,
      [...written, ...tags],
      new Set(payload.filter((p) => p.sha256).map((p) => p.path)),
      options,
    );
    return { payload: written, tags };
  } catch (error) {
    // A bag that does not read back as written is no copy: nothing records it, so it goes.
    if (committed) await Promise.all(locations.map((location) => location.deleteBag(bag).catch(() => undefined)));
    else await Promise.all(sinks.map((sink) => sink.abort().catch(() => undefined)));
    throw error;
  }
}

/**
 * Reads every file of each committed copy back against the manifest (fixity on write), the
 * copies at once. A file whose sha256 was known before the write (`recorded`) and reads back
 * differently on every copy is a master that is not what was recorded: no retry can fix that.
 */
async function verifyCopies(
  locations: ArchiveLocation[],
  bag: string,
  files: ManifestEntry[],
  recorded: Set<string>,
  options: { signal?: AbortSignal; progress?: (fraction: number) => void },
): Promise<void> {
  let verified = 0;
  const results = await Promise.all(
    locations.map(async (location) => {
      const wrong: { path: string; read: string }[] = [];
      for (const file of files) {
        const read = await hashStream(location.read(bag, file.path), options.signal);
        if (read.sha256 !== file.sha256) wrong.push({ path: file.path, read: read.sha256 });
      }
      options.progress?.(0.5 + (++verified / locations.length) * 0.5);
      return { location, wrong };
    }),
  );
  for (const path of recorded) {
    const everywhere = results.map((r) => r.wrong.find((w) => w.path === path));
    if (everywhere.every(Boolean)) {
      const expected = files.find((f) => f.path === path)!.sha256;
      throw new PermanentArchiveError(
        `${path} does not match its recorded sha256 (${expected}, read ${everywhere[0]!.read})`,
      );
    }
  }
  const failed = results.find((r) => r.wrong.length);
  if (failed) throw new Error(`copy on ${failed.location.name} does not read back as written: ${failed.wrong[0].path}`);
}
