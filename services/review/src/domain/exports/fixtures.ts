import { frameRate, timecodeToFrames } from '@mam/timecode';
import type { MarkedVersion, ReviewMarker } from './review-markers';

/** 29.97 drop-frame from 01:00:00;00, and 25 fps from 10:00:00:00: the two countings every builder is checked against. */
export const ntsc: MarkedVersion = {
  name: 'Harbour & Sea.mov',
  rate: frameRate(30000, 1001),
  startFrames: timecodeToFrames('01:00:00;00', frameRate(30000, 1001), { dropFrame: true }),
  dropFrame: true,
  durationFrames: 2000,
};
export const pal: MarkedVersion = {
  name: 'pal.mp4',
  rate: frameRate(25),
  startFrames: 25 * 36000,
  dropFrame: false,
  durationFrames: 50,
};

export const marker = (frameIn: number, frameOut = frameIn, extra: Partial<ReviewMarker> = {}): ReviewMarker => ({
  frameIn,
  frameOut,
  name: 'Rita',
  description: 'Too dark',
  resolved: false,
  ...extra,
});
