import { loadSharp } from '@mam/media';
import type { Box } from '../engine';
import type { CvKeyPoint, CvMat, CvVector, OpenCv } from './opencv';
import { boxOfProjectedQuad, type Point } from './quad-box';

export interface FeatureMatchOptions {
  /** Frames are scaled down to this many pixels on their longest side; default 1280. */
  maxFrameSide?: number;
  /** Reference images likewise; default 480. */
  maxReferenceSide?: number;
  /** ORB keypoints per colour channel of a frame; default 4000 (a small logo in a busy frame needs many). */
  frameFeatures?: number;
  /** ORB keypoints per colour channel of a reference; default 1500. */
  referenceFeatures?: number;
  /** Lowe's ratio between a keypoint's best and second-best match; default 0.75. */
  ratio?: number;
  /** RANSAC inliers needed for a match; default 15. */
  minInliers?: number;
}

/** ORB features of one colour channel: logos in two colours of one brightness vanish in grey. */
export interface ChannelFeatures {
  points: Point[];
  descriptors: CvMat;
}

export interface Features {
  width: number;
  height: number;
  /** Red, green and blue. */
  channels: ChannelFeatures[];
}

/** Frees the descriptors' wasm memory. */
export function deleteFeatures(features: Features): void {
  for (const channel of features.channels) channel.descriptors.delete();
}

export interface FeatureHit {
  inliers: number;
  box: Box;
}

/** ORB keypoints and descriptors of each colour channel of the image, scaled to fit `maxSide`. */
export async function readFeatures(
  cv: OpenCv,
  imagePath: string,
  maxSide: number,
  featuresPerChannel: number,
): Promise<Features> {
  const { data, info } = await (
    await loadSharp()
  )(imagePath, { limitInputPixels: 100_000_000 })
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const plane = new Uint8Array(width * height);
  const orb = new cv.ORB(featuresPerChannel);
  const result: ChannelFeatures[] = [];
  try {
    for (let channel = 0; channel < 3; channel++) {
      for (let i = 0; i < plane.length; i++) plane[i] = data[i * channels + Math.min(channel, channels - 1)];
      result.push(channelFeatures(cv, orb, cv.matFromArray(height, width, cv.CV_8UC1, plane)));
    }
    return { width, height, channels: result };
  } catch (error) {
    for (const features of result) features.descriptors.delete();
    throw error;
  } finally {
    orb.delete();
  }
}

function channelFeatures(cv: OpenCv, orb: InstanceType<OpenCv['ORB']>, plane: CvMat): ChannelFeatures {
  const mask = new cv.Mat();
  const keypoints = new cv.KeyPointVector();
  const descriptors = new cv.Mat();
  try {
    orb.detectAndCompute(plane, mask, keypoints, descriptors);
    return { points: pointsOf(keypoints), descriptors };
  } finally {
    keypoints.delete();
    mask.delete();
    plane.delete();
  }
}

/** The best of the colour channels' matches of the reference in the frame. */
export function findReference(
  cv: OpenCv,
  reference: Features,
  frame: Features,
  options: FeatureMatchOptions = {},
): FeatureHit | null {
  let best: FeatureHit | null = null;
  for (let channel = 0; channel < 3; channel++) {
    const hit = findInChannel(cv, reference, frame, channel, options);
    if (hit && (!best || hit.inliers > best.inliers)) best = hit;
  }
  return best;
}

/**
 * Where the reference appears in one channel of the frame: ratio-tested ORB matches, a RANSAC
 * homography, and enough inliers; the box bounds the reference's corners projected into the frame.
 */
function findInChannel(
  cv: OpenCv,
  referenceImage: Features,
  frameImage: Features,
  channel: number,
  options: FeatureMatchOptions,
): FeatureHit | null {
  const reference = referenceImage.channels[channel];
  const frame = frameImage.channels[channel];
  const ratio = options.ratio ?? 0.75;
  const minInliers = options.minInliers ?? 15;
  if (reference.points.length < minInliers || frame.points.length < minInliers) return null;
  const matcher = new cv.BFMatcher(cv.NORM_HAMMING, false);
  const knn = new cv.DMatchVectorVector();
  const pairs: [Point, Point][] = [];
  try {
    matcher.knnMatch(reference.descriptors, frame.descriptors, knn, 2);
    for (let i = 0; i < knn.size(); i++) {
      const candidates = knn.get(i);
      if (candidates.size() < 2) continue;
      const best = candidates.get(0);
      if (best.distance < ratio * candidates.get(1).distance)
        pairs.push([reference.points[best.queryIdx], frame.points[best.trainIdx]]);
    }
  } finally {
    knn.delete();
    matcher.delete();
  }
  if (pairs.length < minInliers) return null;

  const source = cv.matFromArray(
    pairs.length,
    1,
    cv.CV_32FC2,
    pairs.flatMap(([a]) => [a.x, a.y]),
  );
  const destination = cv.matFromArray(
    pairs.length,
    1,
    cv.CV_32FC2,
    pairs.flatMap(([, b]) => [b.x, b.y]),
  );
  const inlierMask = new cv.Mat();
  let homography: CvMat | undefined;
  try {
    homography = cv.findHomography(source, destination, cv.RANSAC, 5, inlierMask);
    if (homography.rows !== 3 || homography.cols !== 3) return null;
    const inliers = cv.countNonZero(inlierMask);
    if (inliers < minInliers) return null;
    const corners = project(cv, homography, referenceImage);
    const box = boxOfProjectedQuad(corners, frameImage.width, frameImage.height);
    return box ? { inliers, box } : null;
  } finally {
    homography?.delete();
    inlierMask.delete();
    destination.delete();
    source.delete();
  }
}

function project(cv: OpenCv, homography: CvMat, reference: Features): Point[] {
  const { width: w, height: h } = reference;
  const corners = cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, w, 0, w, h, 0, h]);
  const projected = new cv.Mat();
  try {
    cv.perspectiveTransform(corners, projected, homography);
    const values = projected.data32F;
    return [0, 1, 2, 3].map((i) => ({ x: values[2 * i], y: values[2 * i + 1] }));
  } finally {
    projected.delete();
    corners.delete();
  }
}

function pointsOf(keypoints: CvVector<CvKeyPoint>): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < keypoints.size(); i++) {
    const { pt } = keypoints.get(i);
    points.push({ x: pt.x, y: pt.y });
  }
  return points;
}
