/**
 * An expected failure caused by the media itself (unreadable, too large, too slow to process).
 * Its message is a reason fit to show a user; retrying the same input gives the same result.
 */
export class MediaError extends Error {
  readonly code: string = 'MEDIA_ERROR';

  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'MediaError';
  }
}

/** The file has no bytes at all. */
export class EmptyFileError extends MediaError {
  override readonly code = 'EMPTY_FILE';

  constructor() {
    super('the file is empty');
    this.name = 'EmptyFileError';
  }
}

export function isMediaError(error: unknown): error is MediaError {
  return error instanceof MediaError;
}

/**
 * A rendition that does not apply to this media (no renderer for its type, a tool that is not
 * installed): it is skipped with this reason, and the asset is not at fault.
 */
export class NotApplicableError extends MediaError {
  override readonly code = 'NOT_APPLICABLE';

  constructor(reason: string) {
    super(reason);
    this.name = 'NotApplicableError';
  }
}

export function isNotApplicable(error: unknown): error is NotApplicableError {
  return error instanceof NotApplicableError;
}
