export {
  frameRate,
  parseFrameRate,
  nominalFps,
  supportsDropFrame,
  rateEquals,
  formatFrameRate,
  type FrameRate,
} from './rate';
export { framesToTimecode, timecodeToFrames, TimecodeError, type TimecodeOptions } from './timecode';
export { framesToSeconds, secondsToFrames, frameSeekTime, durationToFrames } from './time';
