import type { RequestHandler } from 'express';

/** Refuses an operation document longer than `maxBytes` before it is parsed (variables are bounded by the body limit). */
export function guardDocumentSize(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query?.query;
    const bytes = typeof query === 'string' ? Buffer.byteLength(query) : 0;
    if (bytes <= maxBytes) return next();
    res.status(413).json({ errors: [{ message: `The operation document has ${bytes} bytes; the limit is ${maxBytes}`, extensions: { code: 'OPERATION_TOO_COMPLEX' } }] });
  };
}
