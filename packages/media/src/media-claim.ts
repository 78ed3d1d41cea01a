import { extname } from 'node:path';
import type { FileType } from './file-type';

const CLAIMS: Record<string, 'video' | 'audio' | 'image'> = {};
for (const ext of [
  'mov',
  'mp4',
  'm4v',
  'mxf',
  'mkv',
  'webm',
  'avi',
  'ts',
  'mts',
  'm2ts',
  'mpg',
  'mpeg',
  'm2v',
  'gxf',
  'r3d',
  'braw',
  'dv',
  'flv',
  'wmv',
  'asf',
  '3gp',
  'ogv',
  'y4m',
])
  CLAIMS[ext] = 'video';
for (const ext of ['wav', 'bwf', 'aif', 'aiff', 'mp3', 'aac', 'm4a', 'flac', 'ogg', 'opus', 'caf', 'wma', 'ac3', 'mp2'])
  CLAIMS[ext] = 'audio';
for (const ext of ['jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff', 'webp', 'heic', 'avif', 'dpx', 'exr', 'bmp', 'psd'])
  CLAIMS[ext] = 'image';

/**
 * What a file name says the file is: only to tell a user that the content is not what the name
 * claims, never to decide what the file is (its bytes decide that).
 */
export function kindClaimedByName(filename: string): 'video' | 'audio' | 'image' | null {
  return CLAIMS[extname(filename).slice(1).toLowerCase()] ?? null;
}

const CONTENT_WORDS: Record<string, string> = {
  text: 'plain text',
  html: 'an HTML page',
  xml: 'XML',
  vtt: 'WebVTT subtitles',
  srt: 'SubRip subtitles',
  pdf: 'a PDF document',
  epub: 'an EPUB book',
  docx: 'a Word document',
  xlsx: 'an Excel spreadsheet',
  pptx: 'a PowerPoint presentation',
  odf: 'an OpenDocument file',
  zip: 'a ZIP archive',
};

/** "plain text", "a PDF document": what the content is, in a user's words. */
export function describeContent(type: FileType): string {
  return CONTENT_WORDS[type.format] ?? type.mime;
}
