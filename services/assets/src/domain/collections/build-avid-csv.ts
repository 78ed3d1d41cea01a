import { formatFrameRate, framesToTimecode } from '@mam/timecode';
import { mediaSrc, type EditingClip, type EditingProject } from './build-fcpxml';

/** The columns of Avid Media Composer's shot log import (File › Import, Shot Log, comma-separated), then where the media is. */
export const AVID_CSV_COLUMNS = [
  'Name',
  'Source File',
  'Start',
  'End',
  'Duration',
  'FPS',
  'Tracks',
  'Drive Path',
] as const;

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Avid's track list: V for the picture, A1…An for the sound channels ("VA1A2"). */
function tracksOf(clip: EditingClip): string {
  const channels = clip.hasAudio ? Math.max(1, clip.audioChannels ?? 2) : 0;
  return `${clip.hasVideo ? 'V' : ''}${Array.from({ length: channels }, (_, i) => `A${i + 1}`).join('')}`;
}

/**
 * Where the file the editor links to is on the workstation: a path under the media folder URL
 * (`/Volumes/dav/Harbour/a.mov`, `Z:/Harbour/a.mov`), or the bare file name beside the CSV.
 */
export function workstationPath(name: string, mediaBaseUrl?: string | null): string {
  if (!mediaBaseUrl) return name;
  const path = decodeURIComponent(new URL(mediaSrc(name, mediaBaseUrl)).pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/**
 * A shot log Avid Media Composer imports into a bin: one row per clip in timeline order, named
 * after its master (Source File, so the bin relinks to the original media), with its start, end
 * (exclusive, as Avid counts it) and duration as timecode at the clip's own rate (drop-frame where
 * the source is), its rate as Avid writes it (23.976, 25, 29.97) and its tracks; Drive Path is the
 * file to link on the workstation: the proxy on the mount, or the master in a conform (no proxy).
 * CRLF line ends, as RFC 4180 and Windows tools expect.
 */
export function buildAvidCsv(project: EditingProject): string {
  const rows = project.clips.map((clip) => {
    const tc = (frames: number) => framesToTimecode(frames, clip.rate, { dropFrame: clip.dropFrame });
    return [
      clip.name,
      clip.name,
      tc(clip.startFrames),
      tc(clip.startFrames + clip.durationFrames),
      framesToTimecode(clip.durationFrames, clip.rate, { dropFrame: clip.dropFrame }),
      formatFrameRate(clip.rate),
      tracksOf(clip),
      workstationPath(clip.proxyFilename ?? clip.name, project.mediaBaseUrl),
    ];
  });
  return [[...AVID_CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
