export type {
  Box,
  Engine,
  EngineAvailability,
  EngineIdentity,
  FaceDetection,
  LogoMatch,
  LogoMatcher,
  LogoReference,
  ObjectDetection,
  OcrEngine,
  SpeechEngine,
  TextDetection,
  TimedWord,
  Transcription,
  VisionEngine,
} from './engine';
export * from './ocr/tesseract-engine';
export * from './ocr/tesseract-tsv';
export * from './speech/pocketsphinx-engine';
export * from './speech/pocketsphinx-output';
export * from './speech/whisper-cpp-engine';
export * from './speech/whisper-cpp-output';
export * from './transcript/captions';
export * from './transcript/segments';
export * from './transcript/word-error-rate';
