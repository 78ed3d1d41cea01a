import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@mam/logger';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
}

const body = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/** What body-parser and express report, as a GraphQL-shaped JSON error with a code: never an HTML page or a stack. */
function describe(error: HttpError): { status: number; message: string; code: string } {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  if (error.type === 'entity.too.large') return { status, message: `Request body is larger than the limit of ${error.limit} bytes`, code: 'PAYLOAD_TOO_LARGE' };
  if (error.type === 'entity.parse.failed') return { status, message: 'Request body is not valid JSON', code: 'BAD_REQUEST' };
  if (status < 500) return { status, message: 'Bad request', code: 'BAD_REQUEST' };
  return { status, message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
}

/** The last error handler of an HTTP app: every failure answers JSON with `extensions.code`, in every mode. */
export function httpErrorsAsJson(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, message, code } = describe(error);
    if (status >= 500) {
      const traceId = randomUUID();
      logger.error({ err: error, traceId }, 'unexpected error in HTTP handler');
      res.status(status).json(body(message, { code, traceId }));
      return;
    }
    res.status(status).json(body(message, { code }));
  };
}

/** After every route: an unknown path answers NOT_FOUND as JSON. */
export const notFoundAsJson: RequestHandler = (req, res) => {
  res.status(404).json(body(`Nothing is served at ${req.method} ${req.path}`, { code: 'NOT_FOUND' }));
};
