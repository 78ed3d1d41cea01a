/** A delivery profile's settings as the form edits them (strings, as typed), and the API's spec made from them. */
export interface ProfileDraft {
  name: string;
  container: string;
  timecode: string;
  faststart: boolean;
  hasVideo: boolean;
  'video.codec': string;
  'video.profile': string;
  'video.width': string;
  'video.height': string;
  'video.frameRate': string;
  'video.scan': string;
  'video.pixelFormat': string;
  rate: 'quality' | 'bitRate';
  'video.quality': string;
  'video.bitRateKbps': string;
  'video.gop': string;
  'video.colour': string;
  /** How a master of another shape is framed (social aspect ratios); kept as the profile has it. */
  'video.framing': Framing | null;
  hasAudio: boolean;
  'audio.codec': string;
  'audio.channels': string;
  'audio.tracks': string;
  'audio.sampleRate': string;
  'audio.bitDepth': string;
  'audio.bitRateKbps': string;
  hasLoudness: boolean;
  'audio.loudness.integrated': string;
  'audio.loudness.truePeak': string;
  'audio.loudness.range': string;
  'hls.segmentSeconds': string;
  'hls.segmentType': string;
  'hls.rungs': string;
  'images.width': string;
  'images.thumbnails': string;
}

export type DraftKey = keyof ProfileDraft;
/** The draft's fields typed as text in the form (inputs and selects). */
export type TextKey = { [K in DraftKey]: ProfileDraft[K] extends string ? K : never }[DraftKey];

interface Framing {
  fit: string;
  background?: string;
  titleSafe?: boolean;
}

type Spec = {
  container?: string;
  timecode?: string;
  faststart?: boolean;
  video?: {
    codec?: string;
    profile?: string;
    width?: number;
    height?: number;
    frameRate?: string;
    scan?: string;
    pixelFormat?: string;
    quality?: number;
    bitRateKbps?: number;
    gop?: number;
    colour?: string;
    framing?: Framing;
  };
  audio?: {
    codec?: string;
    channels?: number;
    tracks?: number;
    sampleRate?: number;
    bitDepth?: number;
    bitRateKbps?: number;
    loudness?: Record<string, number>;
  };
  hls?: { segmentSeconds?: number; segmentType?: string; rungs?: Array<{ height: number; bitRateKbps: number }> };
  images?: { width?: number; thumbnails?: number };
};

const text = (v: string | number | boolean | null | undefined, fallback = '') =>
  v === undefined || v === null ? fallback : String(v);

/** A draft from a profile's spec (a preset or a workspace profile), or a new MP4 proxy profile. */
export function draftFrom(spec: unknown, name = ''): ProfileDraft {
  const s = (spec ?? {}) as Spec;
  const v = s.video ?? {};
  const a = s.audio ?? {};
  const l = a.loudness;
  const isNew = spec === undefined;
  return {
    name,
    container: text(s.container, 'mp4'),
    timecode: text(s.timecode, 'source'),
    faststart: s.faststart ?? isNew,
    hasVideo: isNew || !!s.video,
    'video.codec': text(v.codec, 'h264'),
    'video.profile': text(v.profile, isNew ? 'main' : ''),
    'video.width': text(v.width, '1280'),
    'video.height': text(v.height, '720'),
    'video.frameRate': text(v.frameRate, 'source'),
    'video.scan': text(v.scan, 'progressive'),
    'video.pixelFormat': text(v.pixelFormat, 'yuv420p'),
    rate: v.bitRateKbps !== undefined ? 'bitRate' : 'quality',
    'video.quality': text(v.quality, isNew ? '23' : ''),
    'video.bitRateKbps': text(v.bitRateKbps),
    'video.gop': text(v.gop),
    'video.colour': text(v.colour, isNew ? 'bt709' : ''),
    'video.framing': v.framing ?? null,
    hasAudio: isNew || !!s.audio,
    'audio.codec': text(a.codec, 'aac'),
    'audio.channels': text(a.channels, '2'),
    'audio.tracks': text(a.tracks, '1'),
    'audio.sampleRate': text(a.sampleRate, '48000'),
    'audio.bitDepth': text(a.bitDepth),
    'audio.bitRateKbps': text(a.bitRateKbps, isNew ? '192' : ''),
    hasLoudness: isNew || !!l,
    'audio.loudness.integrated': text(l?.integrated, '-23'),
    'audio.loudness.truePeak': text(l?.truePeak, '-1'),
    'audio.loudness.range': text(l?.range, '20'),
    'hls.segmentSeconds': text(s.hls?.segmentSeconds, '4'),
    'hls.segmentType': text(s.hls?.segmentType, 'fmp4'),
    'hls.rungs': (s.hls?.rungs ?? [{ height: 720, bitRateKbps: 3000 }])
      .map((r) => `${r.height}:${r.bitRateKbps}`)
      .join(', '),
    'images.width': text(s.images?.width, '1280'),
    'images.thumbnails': text(s.images?.thumbnails, '5'),
  };
}

export const NUMBER_KEYS: DraftKey[] = [
  'video.width',
  'video.height',
  'video.quality',
  'video.bitRateKbps',
  'video.gop',
  'audio.channels',
  'audio.tracks',
  'audio.sampleRate',
  'audio.bitDepth',
  'audio.bitRateKbps',
  'audio.loudness.integrated',
  'audio.loudness.truePeak',
  'audio.loudness.range',
  'hls.segmentSeconds',
  'images.width',
  'images.thumbnails',
];

const audioOnly = (container: string) => container === 'wav' || container === 'mp3';

/** Which parts of the form a container uses. */
export function partsOf(d: ProfileDraft) {
  const images = d.container === 'images';
  return {
    video: !images && !audioOnly(d.container) && d.hasVideo,
    audio: !images && d.hasAudio,
    hls: d.container === 'hls',
    images,
    faststart: d.container === 'mp4' || d.container === 'mov',
  };
}

/** The problems the form can tell without the server: empty or non-numeric numbers, a malformed ladder. */
export function draftProblems(d: ProfileDraft): Partial<Record<DraftKey, string>> {
  const problems: Partial<Record<DraftKey, string>> = {};
  if (!d.name.trim()) problems.name = 'Give the profile a name';
  const parts = partsOf(d);
  // Whether a rate or a depth is needed depends on the codec: the server says so at the field.
  const optional: DraftKey[] = [
    'video.gop',
    'video.quality',
    'video.bitRateKbps',
    'audio.bitDepth',
    'audio.bitRateKbps',
  ];
  for (const key of NUMBER_KEYS) {
    const [part] = key.split('.') as [keyof typeof parts];
    if (!parts[part]) continue;
    if (key.startsWith('audio.loudness') && !d.hasLoudness) continue;
    if (key === 'video.quality' && d.rate !== 'quality') continue;
    if (key === 'video.bitRateKbps' && d.rate !== 'bitRate') continue;
    const value = d[key] as string;
    if (value.trim() === '') {
      if (!optional.includes(key)) problems[key] = 'Enter a number';
    } else if (!Number.isFinite(Number(value))) problems[key] = `${value} is not a number`;
  }
  if (parts.hls && !/^\s*\d+\s*:\s*\d+\s*(,\s*\d+\s*:\s*\d+\s*)*$/.test(d['hls.rungs']))
    problems['hls.rungs'] = 'Write each rung as height:kbps, separated by commas (1080:6000, 720:3000)';
  return problems;
}

const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** The spec the API takes: only the parts the container uses, numbers as numbers, empty settings left out. */
export function specOf(d: ProfileDraft): Spec {
  const parts = partsOf(d);
  const spec: Spec = { container: d.container, timecode: d.timecode };
  if (parts.faststart && d.faststart) spec.faststart = true;
  if (parts.video)
    spec.video = {
      codec: d['video.codec'],
      profile: d['video.profile'].trim() || undefined,
      width: num(d['video.width']),
      height: num(d['video.height']),
      frameRate: d['video.frameRate'].trim() || 'source',
      scan: d['video.scan'],
      pixelFormat: d['video.pixelFormat'].trim(),
      quality: d.rate === 'quality' ? num(d['video.quality']) : undefined,
      bitRateKbps: d.rate === 'bitRate' ? num(d['video.bitRateKbps']) : undefined,
      gop: num(d['video.gop']),
      colour: d['video.colour'].trim() || undefined,
      framing: d['video.framing'] ?? undefined,
    };
  if (parts.audio)
    spec.audio = {
      codec: d['audio.codec'],
      channels: num(d['audio.channels']),
      tracks: num(d['audio.tracks']),
      sampleRate: num(d['audio.sampleRate']),
      bitDepth: num(d['audio.bitDepth']),
      bitRateKbps: num(d['audio.bitRateKbps']),
      loudness: d.hasLoudness
        ? {
            integrated: Number(d['audio.loudness.integrated']),
            truePeak: Number(d['audio.loudness.truePeak']),
            range: Number(d['audio.loudness.range']),
          }
        : undefined,
    };
  if (parts.hls)
    spec.hls = {
      segmentSeconds: num(d['hls.segmentSeconds']),
      segmentType: d['hls.segmentType'],
      rungs: d['hls.rungs'].split(',').map((rung) => {
        const [height, bitRateKbps] = rung.split(':').map((x) => Number(x.trim()));
        return { height, bitRateKbps };
      }),
    };
  if (parts.images) spec.images = { width: num(d['images.width']), thumbnails: num(d['images.thumbnails']) };
  return JSON.parse(JSON.stringify(spec)) as Spec;
}

/** The form field a server's problem names: spec.video.width → video.width; spec.hls.rungs.0.height → hls.rungs. */
export function draftKeyOf(field: string): DraftKey | '' {
  if (field === 'name') return 'name';
  const path = field.replace(/^spec\.?/, '');
  const keys = Object.keys(draftFrom(undefined)) as DraftKey[];
  let best: DraftKey | '' = '';
  for (const key of keys) if ((path === key || path.startsWith(`${key}.`)) && key.length > best.length) best = key;
  if (!best && path === 'video') return 'video.codec';
  if (!best && path === 'audio') return 'audio.codec';
  if (!best && path === 'images') return 'images.width';
  if (!best && path === 'hls') return 'hls.rungs';
  return best;
}

/** One line about a profile: "H.264 1920×1080 · AAC 2 ch · −14 LUFS". */
export function summary(spec: unknown): string {
  const s = (spec ?? {}) as Spec;
  const bits: string[] = [];
  if (s.video)
    bits.push(
      `${s.video.codec} ${s.video.width}×${s.video.height}${s.video.scan && s.video.scan !== 'progressive' ? ` ${s.video.scan}` : ''}`,
    );
  if (s.hls?.rungs) bits.push(`${s.hls.rungs.length} rungs (${s.hls.rungs.map((r) => `${r.height}p`).join(', ')})`);
  if (s.audio) {
    const tracks = Number(s.audio.tracks ?? 1);
    const layout =
      tracks > 1 && s.audio.channels === 1
        ? `${tracks} mono tracks`
        : `${tracks > 1 ? `${tracks}×` : ''}${s.audio.channels} ch`;
    bits.push(`${s.audio.codec} ${layout} ${Number(s.audio.sampleRate) / 1000} kHz`);
    if (s.audio.loudness) bits.push(`${s.audio.loudness.integrated} LUFS`);
  }
  if (s.images) bits.push(`poster ${s.images.width} px, ${s.images.thumbnails} thumbnails`);
  return bits.join(' · ');
}
