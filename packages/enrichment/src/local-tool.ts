import { access, constants } from 'node:fs/promises';
import { findExecutable, runProcess } from '@mam/media';

/** Full path of a tool given by name (looked up on PATH) or by path, or null when it cannot run. */
export async function resolveTool(tool: string): Promise<string | null> {
  if (!tool.includes('/')) return findExecutable(tool);
  try {
    await access(tool, constants.X_OK);
    return tool;
  } catch {
    return null;
  }
}

/** The first of the files that cannot be read, or null when all can. */
export async function firstMissingFile(paths: string[]): Promise<string | null> {
  for (const path of paths) {
    try {
      await access(path, constants.R_OK);
    } catch {
      return path;
    }
  }
  return null;
}

/** The installed version of a Debian package, or null (not Debian, not installed). */
export async function debianPackageVersion(name: string): Promise<string | null> {
  const dpkgQuery = findExecutable('dpkg-query');
  if (!dpkgQuery) return null;
  let text = '';
  try {
    const outcome = await runProcess({
      command: dpkgQuery,
      args: ['-W', '-f', '${Version}', name],
      label: 'dpkg-query',
      timeoutMs: 10_000,
      onStdout: (chunk) => (text += chunk.toString('utf8')),
    });
    return outcome.exitCode === 0 && text.trim() ? text.trim() : null;
  } catch {
    return null;
  }
}

/** The last stderr line that names an error, for a failure message. */
export function errorLine(stderrTail: string[]): string | null {
  return (
    [...stderrTail]
      .reverse()
      .find((line) => /error|fatal|failed|cannot|unable/i.test(line))
      ?.trim() ?? null
  );
}
