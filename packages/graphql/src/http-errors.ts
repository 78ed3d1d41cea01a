import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@mam/logger';
import { ErrorCode, errorBody } from './errors';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
}

/** What body-parser and express report, as a GraphQL-shaped JSON error with a code: never an HTML page or a stack. */
function describe(error: HttpError): { status: number; message: string; code: ErrorCode } {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  if (error.type === 'entity.too.large')
    return {
      status,
      message: `Request body is larger than the limit of ${error.limit} bytes`,
      code: ErrorCode.PAYLOAD_TOO_LARGE,
    };
  if (error.type === 'entity.parse.failed')
    return { status, message: 'Request body is not valid JSON', code: ErrorCode.BAD_REQUEST };
  if (status < 500) return { status, message: 'Bad request', code: ErrorCode.BAD_REQUEST };
  return { status, message: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR };
}

/** The last error handler of an HTTP app: every failure answers JSON with `extensions.code`, in every mode. */
export function httpErrorsAsJson(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, message, code } = describe(error);
    if (status >= 500) {
      const traceId = randomUUID();
      logger.error({ err: error, traceId }, 'unexpected error in HTTP handler');
      res.status(status).json(errorBody(code, message, { traceId }));
      return;
    }
    res.status(status).json(errorBody(code, message));
  };
}

/** After every route: an unknown path answers NOT_FOUND as JSON. */
export const notFoundAsJson: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(ErrorCode.NOT_FOUND, `Nothing is served at ${req.method} ${req.path}`));
};
