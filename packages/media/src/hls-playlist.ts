/** One media segment of an HLS playlist: its file, next to the playlist, and its length. */
export interface HlsSegment {
  file: string;
  durationSeconds: number;
}

/** What an HLS media playlist (fMP4 segments) says, as far as this platform writes and reads one. */
export interface HlsMediaPlaylist {
  /** The fMP4 initialisation segment (EXT-X-MAP), next to the playlist; null before it is written. */
  initFile: string | null;
  segments: HlsSegment[];
  /** Every segment is listed (EXT-X-ENDLIST): no more will come. */
  ended: boolean;
}

const FILE = /^[a-z0-9][a-z0-9._-]*$/i;

function plainFile(uri: string): string {
  if (!FILE.test(uri) || uri.includes('..'))
    throw new RangeError(`an HLS playlist entry must be a file next to the playlist: ${JSON.stringify(uri)}`);
  return uri;
}

/**
 * Reads a media playlist as ffmpeg's hls muxer writes it: EXT-X-MAP, EXTINF and segment lines,
 * EXT-X-ENDLIST. Only complete segments are ever listed, so whatever it lists may be published.
 * Entries must be plain file names next to the playlist. Pure.
 */
export function parseHlsPlaylist(text: string): HlsMediaPlaylist {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (lines[0] !== '#EXTM3U') throw new RangeError('not an HLS playlist (no #EXTM3U)');
  const playlist: HlsMediaPlaylist = { initFile: null, segments: [], ended: false };
  let duration: number | null = null;
  for (const line of lines.slice(1)) {
    if (!line) continue;
    if (line.startsWith('#EXT-X-MAP:')) {
      const uri = /URI="([^"]*)"/.exec(line)?.[1];
      if (uri === undefined) throw new RangeError(`EXT-X-MAP without a URI: ${line}`);
      playlist.initFile = plainFile(uri);
    } else if (line.startsWith('#EXTINF:')) {
      duration = Number(line.slice('#EXTINF:'.length).split(',')[0]);
      if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`bad EXTINF duration: ${line}`);
    } else if (line === '#EXT-X-ENDLIST') playlist.ended = true;
    else if (!line.startsWith('#')) {
      if (duration === null) throw new RangeError(`segment ${line} has no EXTINF before it`);
      playlist.segments.push({ file: plainFile(line), durationSeconds: duration });
      duration = null;
    }
  }
  return playlist;
}

/**
 * The playlist players are given: an EVENT playlist (segments only ever added, playable from the
 * start while more are written) until it has ended, then a VOD playlist with EXT-X-ENDLIST. The
 * target duration is the longest segment rounded up, never below `segmentSeconds` (what the
 * segmenter aims at), so it does not change as segments of the aimed length are added. Pure.
 */
export function writeHlsPlaylist(playlist: HlsMediaPlaylist, segmentSeconds: number): string {
  if (!playlist.initFile && playlist.segments.length > 0)
    throw new RangeError('fMP4 segments need their initialisation segment');
  const longest = Math.max(segmentSeconds, ...playlist.segments.map((segment) => segment.durationSeconds));
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:7',
    `#EXT-X-TARGETDURATION:${Math.ceil(longest - 1e-6)}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    `#EXT-X-PLAYLIST-TYPE:${playlist.ended ? 'VOD' : 'EVENT'}`,
    '#EXT-X-INDEPENDENT-SEGMENTS',
    ...(playlist.initFile ? [`#EXT-X-MAP:URI="${plainFile(playlist.initFile)}"`] : []),
  ];
  for (const segment of playlist.segments)
    lines.push(`#EXTINF:${segment.durationSeconds.toFixed(6)},`, plainFile(segment.file));
  if (playlist.ended) lines.push('#EXT-X-ENDLIST');
  return `${lines.join('\n')}\n`;
}

/** Segments of `next` not yet in `published` (a playlist only grows: it keeps every earlier entry, in order). */
export function newHlsSegments(published: HlsMediaPlaylist, next: HlsMediaPlaylist): HlsSegment[] {
  published.segments.forEach((segment, i) => {
    if (next.segments[i]?.file !== segment.file)
      throw new RangeError(`the playlist lost or reordered segment ${segment.file}`);
  });
  return next.segments.slice(published.segments.length);
}
