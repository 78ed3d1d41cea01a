/** The part of `@vladmandic/human`'s API the vision engine uses (its own types ship with a broken exports map). */

export type PixelBox = [number, number, number, number];

export interface HumanFace {
  score: number;
  box: PixelBox;
  embedding?: number[];
}

export interface HumanObject {
  score: number;
  label: string;
  box: PixelBox;
}

export interface HumanResult {
  face: HumanFace[];
  object: HumanObject[];
  error: string | null;
}

export interface HumanTensor {
  dispose(): void;
}

export interface HumanTf {
  version_core: string;
  tensor4d(values: Int32Array, shape: [number, number, number, number], dtype: 'int32'): HumanTensor;
  getBackend(): string;
  io: unknown;
}

export interface HumanInstance {
  version: string;
  tf: HumanTf;
  models: { loaded(): string[] };
  load(): Promise<void>;
  detect(input: HumanTensor, config?: Record<string, unknown>): Promise<HumanResult>;
}

export interface HumanModule {
  Human: new (config: Record<string, unknown>) => HumanInstance;
}
