import type { DeliveryProfileSpec } from '@mam/media';

const EXTENSIONS: Record<DeliveryProfileSpec['container'], string> = {
  mp4: 'mp4',
  mov: 'mov',
  webm: 'webm',
  mxf: 'mxf',
  wav: 'wav',
  mp3: 'mp3',
  hls: '',
  images: '',
};

/** A file-name-safe stem of a version's file name: letters, digits, dot, dash, underscore. */
export function safeStem(filename: string | null, fallback: string): string {
  const stem = (filename ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 80);
  return stem || fallback;
}

/** What one output is called: one file `<stem>.<ext>`, or a folder for an HLS ladder or an image set. */
export function outputFileName(spec: DeliveryProfileSpec, stem: string): string | null {
  const extension = EXTENSIONS[spec.container];
  return extension ? `${stem}.${extension}` : null;
}
