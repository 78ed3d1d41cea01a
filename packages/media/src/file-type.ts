/** What a file is, judged from its bytes. */
export interface FileType {
  kind: 'video' | 'audio' | 'image' | 'document' | 'other';
  mime: string;
  /** Short format name: mp4, mov, mxf, wav, jpeg, pdf, text, ... */
  format: string;
}

export const UNKNOWN_FILE_TYPE: FileType = { kind: 'other', mime: 'application/octet-stream', format: 'unknown' };
