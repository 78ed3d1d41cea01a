import type express from 'express';
import {
  BINDING_HEADER,
  CLIENT_HEADER,
  decodeClientFacts,
  errorBody,
  errorCodeOf,
  ErrorCode,
  httpStatusOf,
  verifyClientFacts,
  type ClientFacts,
  type Identity,
} from '@mam/graphql';
import type { Logger } from '@mam/logger';
import { sendBlob } from '@mam/storage';
import type { ReviewContext } from '../context';
import { openDownload } from '../domain/media/open-download';
import { DOWNLOAD_PATH, verifyDownload, type DownloadGrant, type MediaUrlSettings } from '../domain/media/media-urls';

export interface DownloadRouteOptions {
  gatewaySecret: string;
  media: MediaUrlSettings;
  /** The request context a download is opened in: who the URL was signed for, and the client the gateway saw. */
  context: (identity: Identity, client: ClientFacts) => ReviewContext;
  logger: Logger;
}

const KINDS = new Set(['proxy', 'master']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a request asks for the start of the file (a whole download, or a player's first range). */
const isFirstRequest = (range: string | undefined) => !range || /^bytes=0-/.test(range.trim());

/**
 * Serves downloads (proxies and masters) at /review-downloads/<version>/<proxy|master> to holders
 * of a short-lived signed URL, through the gateway only (it binds the client's address and user
 * agent to the request, for the audit), with range requests.
 */
export function registerDownloadRoute(app: express.Express, options: DownloadRouteOptions): void {
  const fail = (res: express.Response, code: ErrorCode, message: string) =>
    res.status(httpStatusOf(code)).json(errorBody(code, message));
  app.get(`${DOWNLOAD_PATH}:versionId/:kind`, async (req, res) => {
    const client = req.header(CLIENT_HEADER);
    const facts = decodeClientFacts(client);
    const bound = verifyClientFacts(req.header(BINDING_HEADER), options.gatewaySecret, {
      method: req.method,
      path: req.originalUrl,
      client,
    });
    if (!bound || !facts) return fail(res, ErrorCode.UNAUTHENTICATED, 'Downloads must come through the gateway');
    const { versionId, kind } = req.params;
    const subject = typeof req.query.as === 'string' ? req.query.as : '';
    const workspaceId = typeof req.query.ws === 'string' ? req.query.ws : '';
    if (!UUID.test(versionId) || !KINDS.has(kind) || !subject || !workspaceId)
      return fail(res, ErrorCode.BAD_REQUEST, 'Not a download URL');
    const grant: DownloadGrant = {
      versionId: versionId.toLowerCase(),
      kind: kind as DownloadGrant['kind'],
      subject,
      workspaceId,
    };
    const verdict = verifyDownload(
      options.media,
      grant,
      req.query.expires as string | undefined,
      req.query.signature as string | undefined,
    );
    if (!verdict.ok)
      return res
        .status(verdict.reason === 'link expired' ? 410 : 403)
        .json(errorBody(ErrorCode.FORBIDDEN, `This download URL is not valid: ${verdict.reason}`));
    const identity: Identity = {
      subject,
      workspaceId,
      roles: [],
      kind: subject.startsWith('guest:') ? 'guest' : 'user',
    };
    const context = options.context(identity, facts);
    try {
      if (!context.storage) return fail(res, ErrorCode.NOT_FOUND, 'This review service has no storage for downloads');
      const file = await openDownload(context, grant, isFirstRequest(req.header('range')));
      await sendBlob(req, res, context.storage, file.key, { downloadName: file.filename });
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === ErrorCode.UNAUTHENTICATED)
        return res.status(410).json(errorBody(code, 'This share link is no longer valid'));
      if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return fail(res, code, (error as Error).message);
      options.logger.error({ err: error }, 'download failed');
      if (!res.headersSent) fail(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else res.destroy();
    }
  });
}
