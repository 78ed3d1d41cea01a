export type MediaKind = 'video' | 'audio' | 'image' | 'document' | 'other';

/** Every rendition kind planRenditions may ask for: each needs a job handler. */
export const PLANNED_RENDITIONS = [
  'proxy',
  'poster',
  'thumbnails',
  'filmstrip',
  'waveform',
  'audio_proxy',
  'preview',
] as const;

/** Which renditions each kind of media gets. */
export function planRenditions(kind: MediaKind, facts: { hasAudio: boolean; hasVideo: boolean }): string[] {
  switch (kind) {
    case 'video':
      return ['proxy', 'poster', 'thumbnails', 'filmstrip', ...(facts.hasAudio ? ['waveform'] : [])];
    case 'audio':
      return ['audio_proxy', 'waveform'];
    case 'image':
      return ['preview'];
    case 'document':
      return ['preview'];
    default:
      return [];
  }
}
