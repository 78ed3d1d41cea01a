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

/** npm packages that ship a static binary inside their tarball (nothing is downloaded at install). */
export const BUNDLED_TOOL_PACKAGES: Record<MediaToolName, string> = {
  ffmpeg: '@ffmpeg-installer/ffmpeg',
  ffprobe: '@ffprobe-installer/ffprobe',
};

/** The one sentence that says what is missing and how to get it. */
export const MEDIA_TOOLS_MISSING_HINT =
  'install ffmpeg (it includes ffprobe: apt-get install ffmpeg, brew install ffmpeg, or ffmpeg.org) so that it is on PATH, ' +
  `or run npm ci to get the static binaries of ${BUNDLED_TOOL_PACKAGES.ffmpeg} and ${BUNDLED_TOOL_PACKAGES.ffprobe}`;

function bundledPath(name: MediaToolName): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = (require(BUNDLED_TOOL_PACKAGES[name]) as { path?: string }).path;
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
export function resolveMediaTools(searchPath?: string): { ffmpeg: ResolvedTool; ffprobe: ResolvedTool; missing: MediaToolName[] } {
  const ffmpeg = resolveMediaTool('ffmpeg', searchPath);
  const ffprobe = resolveMediaTool('ffprobe', searchPath);
  return { ffmpeg, ffprobe, missing: [ffmpeg, ffprobe].filter((tool) => !tool.path).map((tool) => tool.name) };
}

/** The command to spawn for a tool when the caller named none: its resolved path, else the bare name (which then fails with ENOENT). */
export function defaultToolCommand(name: MediaToolName): string {
  return resolveMediaTool(name).path ?? name;
}

/** One line: "ffmpeg and ffprobe are missing: install ffmpeg …", or null when both are there. */
export function mediaToolsProblem(searchPath?: string): string | null {
  const { missing } = resolveMediaTools(searchPath);
  if (missing.length === 0) return null;
  return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing (not on PATH, no bundled binary): ${MEDIA_TOOLS_MISSING_HINT}`;
}
