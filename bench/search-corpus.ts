import { randomUUID } from 'node:crypto';
import type { AssetSearchDocument, SearchSegment } from '@mam/assets';

/** A small deterministic random source, so every run indexes and asks the same things. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the and of to a in is it that for on was with he as you at be this have from or one had by but not what all were we when your can said there use an each which she do how their if ' +
  'will up other about out many then them these so some her would make like him into time has look two more write go see number no way could people my than first water been call who oil ' +
  'its now find long down day did get come made may part over new sound take only little work know place year live me back give most very after thing our just name good sentence man think say'
).split(' ');

const MEDIA = (
  'harbour ship crane container dock pier lighthouse coast beach wave tide storm rain fog sunrise sunset dawn dusk night city street market bridge river canal bicycle tram train station ' +
  'airport runway aircraft drone aerial timelapse interview presenter anchor studio newsroom reporter camera tripod gimbal slate clapper take scene shot close wide medium establishing ' +
  'crowd festival concert stage audience guitar drum singer orchestra choir football stadium goal referee match training coach athlete marathon cyclist swimmer pool mountain valley ' +
  'forest glacier snow ice desert dune canyon volcano island lagoon reef whale dolphin seagull eagle horse cattle farm tractor harvest vineyard kitchen chef restaurant bakery coffee ' +
  'factory robot assembly welding steel engine turbine windmill solar panel battery laboratory scientist microscope hospital nurse surgeon school teacher classroom library museum ' +
  'painting sculpture gallery archive film reel tape vinyl interview protest parliament minister election debate courtroom judge police firefighter ambulance rescue helicopter'
).split(' ');

const SYLLABLES = 'ka ri mo te su na lo vi pe da zu ho mi ra ne bo ki la to gu fe si ya wo'.split(' ');

/** Rare words for the long tail, like names and jargon in real transcripts. */
const RARE = Array.from({ length: 4000 }, (_, i) => {
  const random = seededRandom(i + 1);
  const length = 2 + Math.floor(random() * 3);
  return Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
});

const MOODS = ['calm', 'tense', 'joyful', 'melancholic', 'urgent'];
const LOCATIONS = [
  'Rotterdam',
  'Hamburg',
  'Antwerp',
  'Lisbon',
  'Marseille',
  'Oslo',
  'Gdansk',
  'Valencia',
  'Bergen',
  'Genoa',
  'Kijkduin',
  'Dover',
];
const TERRITORIES = ['NL', 'BE', 'DE', 'FR', 'GB', 'US', 'ES', 'IT', 'NO', 'PL'];
const RATES = ['25/1', '25/1', '25/1', '24000/1001', '24/1', '30000/1001', '50/1', '60/1'];
const SIZES: [number, number][] = [
  [1920, 1080],
  [1920, 1080],
  [1280, 720],
  [3840, 2160],
  [720, 576],
  [1080, 1920],
  [4096, 2160],
];
const CODECS = ['h264', 'prores', 'dnxhd', 'hevc'];
const TAGS = ['broll', 'hero', 'archive', 'social', 'graded', 'raw', 'approved', 'drone', 'handheld', 'night'];

export const FRAME_RATES = [...new Set(RATES)];
export const SEARCH_WORDS = MEDIA;
export const RARE_WORDS = RARE;

/**
 * A word of running text about the asset's topic: mostly common words, then the topic's own
 * words, general vocabulary (a skewed long tail), and now and then a passing mention of another subject.
 */
function word(random: () => number, topic: string[]): string {
  const r = random();
  if (r < 0.5) return COMMON[Math.floor(random() * random() * COMMON.length)];
  if (r < 0.78) return topic[Math.floor(random() * topic.length)];
  if (r < 0.99) return RARE[Math.floor(random() * random() * RARE.length)];
  return MEDIA[Math.floor(random() * MEDIA.length)];
}

function sentence(random: () => number, topic: string[], words: number): string {
  const text = Array.from({ length: words }, () => word(random, topic)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About `bytes` of transcript as consecutive segments of a few sentences each. */
function transcript(random: () => number, topic: string[], bytes: number, rate: string): SearchSegment[] {
  const [num, den] = rate.split('/').map(Number);
  const fps = num / den;
  const segments: SearchSegment[] = [];
  let frame = 0;
  let size = 0;
  while (size < bytes) {
    const text = [
      sentence(random, topic, 8 + Math.floor(random() * 10)),
      sentence(random, topic, 6 + Math.floor(random() * 10)),
      sentence(random, topic, 6 + Math.floor(random() * 8)),
    ].join(' ');
    const length = Math.round((4 + random() * 8) * fps);
    segments.push({ kind: 'transcript', text, startFrame: frame, endFrame: frame + length, frameRate: rate });
    frame += length;
    size += text.length;
  }
  return segments;
}

/** UUIDv7-shaped ids in creation order, as the service makes them. */
function orderedId(ms: number, sequence: number): string {
  const hex =
    ms.toString(16).padStart(12, '0') +
    '7' +
    (sequence & 0xfff).toString(16).padStart(3, '0') +
    randomUUID().replace(/-/g, '').slice(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface CorpusOptions {
  workspaceId: string;
  count: number;
  transcriptBytes: number;
  batchSize: number;
}

/** Search documents of a realistic library: titles, descriptions, metadata, media facts and transcripts. */
export function* corpus(options: CorpusOptions): Generator<AssetSearchDocument[]> {
  const random = seededRandom(42);
  const start = Date.UTC(2022, 0, 1);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (let offset = 0; offset < options.count; offset += options.batchSize) {
    const batch: AssetSearchDocument[] = [];
    for (let i = offset; i < Math.min(options.count, offset + options.batchSize); i++) {
      const createdMs = start + i * 60_000;
      const kind = random() < 0.7 ? 'video' : random() < 0.5 ? 'audio' : 'image';
      const rate = pick(RATES);
      const [width, height] = pick(SIZES);
      const duration = kind === 'image' ? null : Math.round(5 + random() * random() * 5400);
      // What the asset is about: a few subjects, the popular ones more often.
      const topic = Array.from({ length: 4 }, () => MEDIA[Math.floor(random() ** 1.5 * MEDIA.length)]);
      const title =
        `${topic[0]} ${topic[1]} ${pick(['wide', 'close', 'aerial', 'interview', 'b-roll', 'timelapse'])} ${pick(LOCATIONS)}`.replace(
          /^./,
          (c) => c.toUpperCase(),
        );
      batch.push({
        id: orderedId(createdMs, i),
        workspaceId: options.workspaceId,
        title,
        description: [sentence(random, topic, 12), sentence(random, topic, 10)].join(' '),
        createdAt: new Date(createdMs).toISOString(),
        updatedAt: new Date(createdMs + 3_600_000).toISOString(),
        type: kind,
        tags: [pick(TAGS), pick(TAGS)].filter((t, n, all) => all.indexOf(t) === n),
        filenames: [
          `${title.replace(/\s+/g, '_')}_${i}.${kind === 'video' ? 'mov' : kind === 'audio' ? 'wav' : 'jpg'}`,
        ],
        metadata: {
          episode: 1 + Math.floor(random() * 200),
          mood: pick(MOODS),
          location: pick(LOCATIONS),
          premiere: new Date(start + Math.floor(random() * 1000) * 86_400_000).toISOString().slice(0, 10),
          rights_territories: [pick(TERRITORIES), pick(TERRITORIES)].filter((t, n, all) => all.indexOf(t) === n),
        },
        media: {
          mediaKind: kind,
          format: kind === 'video' ? 'mov,mp4,m4a,3gp,3g2,mj2' : kind === 'audio' ? 'wav' : 'jpeg',
          codec: kind === 'video' ? pick(CODECS) : kind === 'audio' ? 'pcm_s24le' : 'jpeg',
          durationSeconds: duration,
          width: kind === 'audio' ? null : width,
          height: kind === 'audio' ? null : height,
          frameRate: kind === 'video' ? rate : null,
          technicalText: kind === 'video' ? ['yuv422p10le', 'bt709', 'progressive'] : [],
        },
        segments:
          kind === 'image' ? [] : transcript(random, topic, options.transcriptBytes, kind === 'video' ? rate : '25/1'),
      });
    }
    yield batch;
  }
}
