import { parsePositiveRational, rationalToNumber } from '@mam/media';
import type { AssetSearchDocument, SearchSegment } from './search-index';
import { filenameText, metadataText } from './search-text';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface MetadataRangeValue {
  key: string;
  number?: number;
  date?: string;
}

/** Numeric and calendar-date metadata values, typed, so ranges compare numbers and days rather than text. */
export function metadataRanges(metadata: AssetSearchDocument['metadata']): MetadataRangeValue[] {
  return Object.entries(metadata).flatMap(([key, value]): MetadataRangeValue[] => {
    if (typeof value === 'number' && Number.isFinite(value)) return [{ key, number: value }];
    if (typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value))) return [{ key, date: value }];
    return [];
  });
}

/** The stored document of both adapters: the search document plus the fields derived from it. */
export interface IndexedDocument {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  type: string | null;
  tags: string[];
  filenames: string[];
  filenameWords: string;
  metadata: AssetSearchDocument['metadata'];
  metadataText: string[];
  metadataRanges: MetadataRangeValue[];
  mediaKind: string | null;
  format: string | null;
  codec: string | null;
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  shortSide: number | null;
  frameRate: string | null;
  fps: number | null;
  technicalText: string[];
  segments: SearchSegment[];
  readers: string[];
  collectionIds: string[];
}

const positive = (value: number | null | undefined) => (value && value > 0 ? value : null);

export function toIndexedDocument(document: AssetSearchDocument): IndexedDocument {
  const media = document.media ?? null;
  const width = positive(media?.width);
  const height = positive(media?.height);
  const rate = parsePositiveRational(media?.frameRate);
  return {
    id: document.id,
    workspaceId: document.workspaceId,
    title: document.title,
    description: document.description,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt ?? document.createdAt,
    type: document.type || media?.mediaKind || null,
    tags: document.tags ?? [],
    filenames: document.filenames,
    filenameWords: filenameText(document.filenames),
    metadata: document.metadata,
    metadataText: metadataText(document.metadata),
    metadataRanges: metadataRanges(document.metadata),
    mediaKind: media?.mediaKind || null,
    format: media?.format || null,
    codec: media?.codec || null,
    durationSeconds:
      media && media.durationSeconds !== null && media.durationSeconds > 0 ? media.durationSeconds : null,
    width,
    height,
    shortSide: width && height ? Math.min(width, height) : null,
    frameRate: rate ? `${rate.num}/${rate.den}` : null,
    fps: rate ? rationalToNumber(rate) : null,
    technicalText: media?.technicalText ?? [],
    segments: document.segments ?? [],
    readers: document.readers ?? [],
    collectionIds: document.collectionIds ?? [],
  };
}
