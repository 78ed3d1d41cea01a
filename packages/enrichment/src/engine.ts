/**
 * The engines that enrich media: speech to text, on-screen text, objects, faces and logos.
 * Every engine runs offline on this machine; one that cannot run here (binary or model missing)
 * says so through `availability()` and is never called, so its job ends "skipped: not installed".
 */

/** Which engine and model produced a result; recorded on every enrichment job. */
export interface EngineIdentity {
  /** e.g. "pocketsphinx", "tesseract", "human". */
  engine: string;
  /** e.g. "en-us (cmusphinx-5.0 ptm)", "eng", "blazeface+faceres+centernet". */
  model: string;
  /** The engine's own version string. */
  version: string;
}

/** Whether an engine can run here: a missing binary or model gives the reason, never a throw. */
export type EngineAvailability = { installed: true; identity: EngineIdentity } | { installed: false; reason: string };

export interface Engine {
  readonly name: string;
  availability(): Promise<EngineAvailability>;
}

/** A rectangle as fractions (0..1) of the frame's width and height, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimedWord {
  text: string;
  startMs: number;
  endMs: number;
  /** 0..1 */
  confidence: number;
}

export interface Transcription {
  /** BCP 47, e.g. "en-US". */
  language: string;
  words: TimedWord[];
}

/** Speech to word-timed text from a 16 kHz mono 16-bit WAV file (packages/media makes it). */
export interface SpeechEngine extends Engine {
  transcribe(wavPath: string, options?: { language?: string; signal?: AbortSignal }): Promise<Transcription>;
}

/** One line of text read on an image. */
export interface TextDetection {
  text: string;
  /** 0..1 */
  confidence: number;
  box: Box;
}

/** On-screen text (captions, lower thirds, signs) of one still image. */
export interface OcrEngine extends Engine {
  readText(imagePath: string, options?: { signal?: AbortSignal }): Promise<TextDetection[]>;
}

export interface ObjectDetection {
  /** A COCO class name, e.g. "cat", "person". */
  label: string;
  /** 0..1 */
  confidence: number;
  box: Box;
}

export interface FaceDetection {
  /** 0..1 */
  confidence: number;
  box: Box;
  /** Unit-length face embedding; faces of one person are close in cosine distance. */
  embedding: number[];
}

/** Objects and faces on one still image. */
export interface VisionEngine extends Engine {
  detectObjects(imagePath: string, options?: { signal?: AbortSignal }): Promise<ObjectDetection[]>;
  detectFaces(imagePath: string, options?: { signal?: AbortSignal }): Promise<FaceDetection[]>;
}

/** A logo of the workspace's logo library. */
export interface LogoReference {
  id: string;
  name: string;
  /** Texts that spell the logo (matched against on-screen text). */
  wordmarks: string[];
  /** Reference images of the logo (matched by image features). */
  imagePaths: string[];
}

export interface LogoMatch {
  logoId: string;
  /** 0..1 */
  confidence: number;
  box: Box;
  by: 'wordmark' | 'image';
}

/** Logos of a library on one still image, by its on-screen text and by image features. */
export interface LogoMatcher extends Engine {
  matchLogos(
    imagePath: string,
    references: LogoReference[],
    textOnImage: TextDetection[],
    options?: { signal?: AbortSignal },
  ): Promise<LogoMatch[]>;
}
