/**
 * The one limit of `uploadSmallFile`. The schema's description and the README state it in the same
 * words (small-file-limit.spec.ts checks them); the gateway's 2 MB JSON body limit leaves room
 * for its base64 form.
 */
export const SMALL_FILE_MAX_BYTES = 1024 * 1024;

/** "1 MiB": the limit as people read it. */
export const SMALL_FILE_LIMIT = `${SMALL_FILE_MAX_BYTES / 1024 ** 2} MiB`;

/** The refusal of a file over the limit. */
export function smallFileTooLarge(size: number): string {
  return `The file is ${size} bytes; uploadSmallFile takes at most ${SMALL_FILE_LIMIT} (${SMALL_FILE_MAX_BYTES} bytes): upload larger files with tus at /files`;
}
