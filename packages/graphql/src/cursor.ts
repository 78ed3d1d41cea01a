import { badInput } from './errors';

/** A page cursor: opaque to clients, base64url of the JSON value that locates the page's last item. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The value inside a cursor, or undefined when the text is not a cursor at all. */
export function readCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** BAD_USER_INPUT on `after` for a cursor this API did not return. */
export function badCursor(message = 'after is not a cursor this API returned') {
  return badInput(message, 'after');
}
