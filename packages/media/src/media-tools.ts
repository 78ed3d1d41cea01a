import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { findExecutable } from './find-executable';

export type MediaToolName = 'ffmpeg' | 'ffprobe';

export interface ResolvedTool {
  name: MediaToolName;
  /** Full path of the binary, or null when there is none. */
  path: string | null;
  /** Where it came from: the PATH, or the static binary shipped in an npm package. */
  origin: 'PATH' | 'npm package' | 'missing';
}

/**
 * npm packages that ship a static binary inside their tarball (nothing is downloaded at install).
 * Only ffprobe: the static ffmpeg shipped that way (@ffmpeg-installer, 4.1) is older than the
 * 5.1 our argument builders need (-fps_mode), and every newer one downloads at install time.
 */
export const BUNDLED_TOOL_PACKAGES: Partial<Record<MediaToolName, string>> = {
  ffprobe: '@ffprobe-installer/ffprobe',
};

/** The oldest ffmpeg the argument builders work with: -fps_mode came with 5.1. */
export const FFMPEG_MIN_VERSION: readonly [number, number] = [5, 1];

/** How to get ffmpeg, in one sentence. */
export const FFMPEG_INSTALL_HINT = `install ffmpeg ${FFMPEG_MIN_VERSION.join('.')} or newer so that it is on PATH (apt-get install ffmpeg, brew install ffmpeg, winget install ffmpeg, or a static build from ffmpeg.org)`;

function bundledPath(name: MediaToolName): string | null {
  const pkg = BUNDLED_TOOL_PACKAGES[name];
  if (!pkg) return null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = (require(pkg) as { path?: string }).path;
    if (!path) return null;
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return null; // package absent (e.g. an unsupported platform) or its binary not executable
  }
}

/** Finds a media tool: on the search path first (PATH by default), else the binary shipped in npm. */
export function resolveMediaTool(name: MediaToolName, searchPath?: string): ResolvedTool {
  const onPath = findExecutable(name, searchPath);
  if (onPath) return { name, path: onPath, origin: 'PATH' };
  const bundled = bundledPath(name);
  if (bundled) return { name, path: bundled, origin: 'npm package' };
  return { name, path: null, origin: 'missing' };
}

/** ffmpeg and ffprobe as they will be run; `missing` names those found nowhere. */
export function resolveMediaTools(searchPath?: string): {
  ffmpeg: ResolvedTool;
  ffprobe: ResolvedTool;
  missing: MediaToolName[];
} {
  const ffmpeg = resolveMediaTool('ffmpeg', searchPath);
  const ffprobe = resolveMediaTool('ffprobe', searchPath);
  return { ffmpeg, ffprobe, missing: [ffmpeg, ffprobe].filter((tool) => !tool.path).map((tool) => tool.name) };
}

/** The command to spawn for a tool when the caller named none: its resolved path, else the bare name (which then fails with ENOENT). */
export function defaultToolCommand(name: MediaToolName): string {
  return resolveMediaTool(name).path ?? name;
}

/** "5.1.6" from `ffmpeg -version`'s first line; null for builds that name no release (git snapshots). */
export function parseToolVersion(firstLine: string): [number, number] | null {
  const match = /version\s+n?(\d+)\.(\d+)/i.exec(firstLine);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function versionOf(path: string): { line: string; version: [number, number] | null } {
  const result = spawnSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  const line = (result.stdout ?? '').split('\n')[0]?.trim() ?? '';
  return { line, version: parseToolVersion(line) };
}

/**
 * One line saying what is missing and how to get it, or null when the media tools are usable:
 * ffmpeg (5.1 or newer) must be on PATH; ffprobe may come from its npm package.
 */
export function mediaToolsProblem(searchPath?: string): string | null {
  const { ffmpeg, ffprobe } = resolveMediaTools(searchPath);
  const problems: string[] = [];
  if (!ffmpeg.path) problems.push('ffmpeg is not on PATH');
  else {
    const { version, line } = versionOf(ffmpeg.path);
    const [major, minor] = FFMPEG_MIN_VERSION;
    if (version && (version[0] < major || (version[0] === major && version[1] < minor)))
      problems.push(`${ffmpeg.path} is too old (${line.replace(/\s+Copyright.*$/, '')})`);
  }
  if (!ffprobe.path)
    problems.push(`ffprobe is neither on PATH nor in node_modules (${BUNDLED_TOOL_PACKAGES.ffprobe}: run npm ci)`);
  if (problems.length === 0) return null;
  return `media tools missing: ${problems.join('; ')}. To fix: ${FFMPEG_INSTALL_HINT}; it brings ffprobe too`;
}
