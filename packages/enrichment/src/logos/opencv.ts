/**
 * `@techstark/opencv-js` (OpenCV compiled to wasm), loaded once per process on first use. Its
 * module object is a thenable that resolves to itself, so it is never awaited directly.
 */

export interface CvMat {
  rows: number;
  cols: number;
  data: Uint8Array;
  data32F: Float32Array;
  delete(): void;
}

export interface CvVector<T> {
  size(): number;
  get(index: number): T;
  delete(): void;
}

export interface CvKeyPoint {
  pt: { x: number; y: number };
}

export interface CvDMatch {
  queryIdx: number;
  trainIdx: number;
  distance: number;
}

export interface OpenCv {
  CV_8UC1: number;
  CV_32FC2: number;
  NORM_HAMMING: number;
  RANSAC: number;
  Mat: new () => CvMat;
  matFromArray(rows: number, cols: number, type: number, values: ArrayLike<number>): CvMat;
  KeyPointVector: new () => CvVector<CvKeyPoint>;
  DMatchVectorVector: new () => CvVector<CvVector<CvDMatch>>;
  ORB: new (features: number) => {
    detectAndCompute(image: CvMat, mask: CvMat, keypoints: CvVector<CvKeyPoint>, descriptors: CvMat): void;
    delete(): void;
  };
  BFMatcher: new (
    norm: number,
    crossCheck: boolean,
  ) => {
    knnMatch(query: CvMat, train: CvMat, matches: CvVector<CvVector<CvDMatch>>, k: number): void;
    delete(): void;
  };
  findHomography(source: CvMat, destination: CvMat, method: number, reprojectionThreshold: number, mask: CvMat): CvMat;
  perspectiveTransform(source: CvMat, destination: CvMat, homography: CvMat): void;
  countNonZero(mat: CvMat): number;
}

let loading: Promise<{ cv: OpenCv }> | undefined;

export function loadOpenCv(): Promise<{ cv: OpenCv }> {
  loading ??= new Promise<{ cv: OpenCv }>((resolve, reject) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require('@techstark/opencv-js') as OpenCv & { onRuntimeInitialized?: () => void };
      if (typeof module.Mat === 'function') resolve({ cv: module });
      else module.onRuntimeInitialized = () => resolve({ cv: module });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return loading;
}
