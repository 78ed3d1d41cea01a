import type sharpModule from 'sharp';

let loading: Promise<typeof sharpModule> | undefined;

/**
 * sharp, loaded on the first image operation rather than when a process starts: it maps libvips
 * (about 20 MiB resident), and most processes that import this package never touch an image.
 */
export function loadSharp(): Promise<typeof sharpModule> {
  return (loading ??= import('sharp').then((module) => module.default));
}
