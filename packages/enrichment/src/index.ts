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
export {
  createHumanVisionEngine,
  DEFAULT_MIN_FACE_CONFIDENCE,
  DEFAULT_MIN_OBJECT_CONFIDENCE,
  HUMAN_MODEL_NAME,
  type HumanVisionEngineOptions,
} from './vision/human-engine';
export { cosineSimilarity } from './faces/cosine-similarity';
export { FACE_MATCH_THRESHOLD } from './faces/face-match-threshold';
export {
  assignFacesToPeople,
  mergePeople,
  personFromFaces,
  splitPerson,
  type AssignOptions,
  type FaceAssignment,
  type FaceToAssign,
  type Person,
} from './faces/people';
export { allowedWordmarkEdits, matchWordmarks } from './logos/match-wordmarks';
export { normalizeWordmark } from './logos/normalize-wordmark';
export { createLogoMatcher, LOGO_MATCHER_MODEL, type FeatureLogoMatcherOptions } from './logos/logo-matcher';
export * from './ocr/character-accuracy';
export * from './ocr/tesseract-engine';
export * from './ocr/tesseract-tsv';
export * from './speech/pocketsphinx-engine';
export * from './speech/pocketsphinx-output';
export * from './speech/whisper-cpp-engine';
export * from './speech/whisper-cpp-output';
export * from './transcript/captions';
export * from './transcript/segments';
export * from './transcript/word-error-rate';
