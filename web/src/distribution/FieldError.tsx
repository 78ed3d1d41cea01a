import { ApiError, errorMessage } from '../api/errors';

/** A field's problem under its input. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="field-error" role="alert" id={id}>
      {message}
    </span>
  );
}

/** The server's refusal split by field: `{ 'spec.video.width': '…' }`, with `''` for one that names no field. */
export function problemsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return { '': errorMessage(error) };
  const fields = { ...error.fields };
  const field = error.extensions.field;
  if (typeof field === 'string' && !fields[field]) fields[field] = error.message;
  return Object.keys(fields).length ? fields : { '': error.message };
}
