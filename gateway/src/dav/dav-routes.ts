import type express from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, errorCodeOf, httpStatusOf, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import type { Verifier } from '../auth/authenticate';
import { isPlainPath } from '../request-path';
import { davAuthorization } from './dav-auth';
import { ifHeaderHolds, liveLock, lockMinutes, lockToken, submittedTokens } from './dav-locks';
import type { DavMedia } from './dav-media';
import { DAV_PREFIX, drivePath, hrefOf, isDesktopClutter, titleFromName, unfitNameReason } from './dav-paths';
import { activeLockXml, LIVE, multistatus, propfindRequest, propXml } from './dav-propfind';
import { childResources, entryResource, fileResource, sizeOf, type DavResource } from './dav-resources';
import {
  davChild,
  DAV_NS,
  escapeXmlText,
  parseXml,
  serializeContent,
  XML_BODY_MAX,
  XmlError,
  type XmlElement,
} from './dav-xml';
import {
  createDriveClient,
  DriveRefusal,
  type DriveClient,
  type DriveEntry,
  type DriveFile,
  type DriveFolder,
  type ExecuteQuery,
} from './drive-client';

export interface DavRoutesOptions {
  execute: ExecuteQuery;
  media: DavMedia;
  appPassword: Verifier;
  authenticate: (authorization: string) => Promise<Identity>;
  /** Admits one drive request for the caller (the API's concurrency and rate limits); false when refused. */
  admit: (identity: Identity, res: express.Response) => boolean;
  /** The gateway is served over TLS: passwords sent in the clear (plain HTTP) are refused. */
  requireTls: boolean;
  logger: Logger;
}

const METHODS = 'OPTIONS, PROPFIND, PROPPATCH, GET, HEAD, PUT, DELETE, MKCOL, COPY, MOVE, LOCK, UNLOCK';
/** How long a write waits for its file to show in the drive (ingest stores it, assets records the version). */
const SETTLE_MS = 60_000;

class DavError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: string,
  ) {
    super(message);
  }
}

const fail = (status: number, message: string) => new DavError(status, message);
const davErrorBody = (condition: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<D:error xmlns:D="DAV:"><D:${condition}/></D:error>\n`;

async function readXmlBody(req: express.Request): Promise<XmlElement | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as Readable) {
    size += (chunk as Buffer).length;
    if (size > XML_BODY_MAX) throw fail(413, 'Request bodies of the drive are at most 64 KiB of XML');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return parseXml(text);
  } catch (error) {
    throw fail(400, error instanceof XmlError ? `Bad XML body: ${error.message}` : 'Bad XML body');
  }
}

function hasBody(req: express.Request): boolean {
  return Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
}

/** The drive path a Destination header names on this drive. */
function destinationOf(req: express.Request): string[] {
  const header = req.header('destination');
  if (!header) throw fail(400, 'COPY and MOVE need a Destination header');
  let url: URL;
  try {
    url = new URL(header, 'http://drive.invalid');
  } catch {
    throw fail(400, 'The Destination header is not a URL');
  }
  const raw = url.pathname;
  const path = isPlainPath(raw) ? drivePath(raw) : undefined;
  if (!path) throw fail(502, 'The destination is not on this drive');
  return path;
}

/** How long a client is asked to wait when a part of the system cannot answer now. */
const RETRY_AFTER_SECONDS = 5;

/** The status an error is answered with, where it says one. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof DavError || error instanceof DriveRefusal) return error.status;
  return errorCodeOf(error) === ErrorCode.UNAVAILABLE ? httpStatusOf(ErrorCode.UNAVAILABLE) : undefined;
}

const answeredUnavailable = (error: unknown) => statusOf(error) === httpStatusOf(ErrorCode.UNAVAILABLE);

export function registerDavRoutes(app: express.Express, options: DavRoutesOptions): void {
  const { media, logger } = options;

  /** A master checked out by someone else, or by the caller without its token in `If`: 423. */
  function refuseIfLocked(req: express.Request, client: DriveClient, file: DriveFile | null | undefined): void {
    if (!file || file.kind !== 'MASTER') return;
    const lock = liveLock(file.asset.lock);
    if (!lock) return;
    const token = lockToken(file.asset.id, lock);
    if (lock.holder !== client.identity.subject || !submittedTokens(req.header('if')).includes(token))
      throw new DavError(
        423,
        `Checked out by ${lock.holder} until ${lock.expiresAt}`,
        davErrorBody('lock-token-submitted'),
      );
  }

  function checkIfHeader(req: express.Request, resource: DavResource | undefined): void {
    if (!ifHeaderHolds(req.header('if'), { token: resource?.lock?.token, etag: resource?.etag }))
      throw fail(412, 'The If header does not hold');
  }

  async function parentFolder(client: DriveClient, path: string[]): Promise<DriveFolder> {
    const parent = await client.entry(path.slice(0, -1));
    if (!parent?.folder) throw fail(409, 'The folder it would be in does not exist');
    return parent.folder;
  }

  function writableCollection(folder: DriveFolder): string {
    if (!folder.collection) throw fail(403, 'Files live in collections: put them into a folder of the drive');
    if (!folder.writable)
      throw fail(403, 'This folder is read-only for you (a smart collection, or you may not edit the collection)');
    return folder.collection.id;
  }

  /** Waits until assets shows the new version as current (and its asset in the folder's collection). */
  async function settle(client: DriveClient, versionId: string | undefined, collectionId?: string): Promise<void> {
    if (!versionId) return;
    const until = Date.now() + SETTLE_MS;
    while (Date.now() < until) {
      const state = await client.versionState(versionId).catch(() => null);
      if (state?.current && (!collectionId || state.collectionIds.includes(collectionId))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Streams `body` (of `length` bytes) into the drive at `path`: a new version of the master there, else a new asset in the folder. */
  async function write(
    client: DriveClient,
    req: express.Request,
    path: string[],
    body: Readable,
    length: number,
  ): Promise<'created' | 'replaced'> {
    const name = path[path.length - 1];
    const reason = unfitNameReason(name);
    if (reason) throw fail(400, reason);
    if (isDesktopClutter(name)) throw fail(403, 'Desktop metadata files (._*, .DS_Store, Thumbs.db) are not kept');
    const existing = await client.entry(path);
    if (existing?.folder) throw fail(405, 'A folder is there');
    if (existing?.file?.kind === 'PROXY') throw fail(403, 'Proxies are made by the system and cannot be written');
    const folder = existing?.parent ?? (await parentFolder(client, path));
    const collectionId = writableCollection(folder);
    const file = existing?.file;
    checkIfHeader(req, file ? fileResource(path, file) : undefined);
    refuseIfLocked(req, client, file);
    const outcome = await media.upload(
      client.identity,
      {
        filename: name,
        title: file ? file.asset.title : titleFromName(name),
        length,
        ...(file ? { assetId: file.asset.id } : { collectionId }),
      },
      body,
    );
    if (outcome.status !== 201) throw fail(outcome.status === 404 ? 409 : outcome.status, outcome.message);
    await settle(client, outcome.versionId, file ? undefined : collectionId);
    return file ? 'replaced' : 'created';
  }

  async function propfind(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const depth = req.header('depth') ?? 'infinity';
    if (depth !== '0' && depth !== '1')
      throw new DavError(
        403,
        'Depth infinity is not served: ask with Depth 0 or 1',
        davErrorBody('propfind-finite-depth'),
      );
    let request;
    try {
      request = propfindRequest(await readXmlBody(req));
    } catch (error) {
      if (error instanceof DavError) throw error;
      throw fail(400, (error as Error).message);
    }
    const entry = await client.entry(path);
    if (!entry) throw fail(404, 'Not found');
    const resources = [entryResource(path, entry)];
    if (depth === '1' && entry.folder) resources.push(...childResources(path, entry.folder));
    res.status(207).type('application/xml; charset=utf-8').send(multistatus(resources, request));
  }

  async function read(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const entry = await client.entry(path);
    if (!entry) throw fail(404, 'Not found');
    if (entry.folder) {
      const names = childResources(path, entry.folder).map(
        (r) => `<li><a href="${escapeXmlText(hrefOf(r.path, r.folder))}">${escapeXmlText(r.name)}</a></li>`,
      );
      res.status(200).type('text/html; charset=utf-8');
      return void (req.method === 'HEAD' ? res.end() : res.send(`<!doctype html><ul>${names.join('')}</ul>\n`));
    }
    const file = entry.file!;
    const resource = fileResource(path, file);
    res.setHeader('ETag', resource.etag!);
    res.setHeader('Last-Modified', resource.modified.toUTCString());
    res.setHeader('Cache-Control', 'private, no-cache');
    if (req.header('if-none-match') === resource.etag) return void res.status(304).end();
    const range = req.header('if-range') && req.header('if-range') !== resource.etag ? undefined : req.header('range');
    const upstream = await media.read(
      client.identity,
      file.version.id,
      file.kind === 'MASTER' ? 'master' : 'proxy',
      req.method === 'HEAD' ? 'HEAD' : 'GET',
      range,
    );
    const status = upstream.statusCode ?? 502;
    if (status >= 400) {
      upstream.resume();
      throw fail(status === 403 ? 403 : status === 416 ? 416 : 404, status === 403 ? 'Not allowed' : 'Not available');
    }
    for (const header of ['content-length', 'content-range', 'accept-ranges', 'content-type'])
      if (upstream.headers[header]) res.setHeader(header, String(upstream.headers[header]));
    res.status(status);
    if (req.method === 'GET' && (!range || /^bytes=0-/.test(range.trim()))) {
      logger.info({ subject: client.identity.subject, versionId: file.version.id, kind: file.kind }, 'drive read');
      client
        .recordRead(file.version.id, file.kind)
        .catch((error: unknown) => logger.warn({ err: error, versionId: file.version.id }, 'drive read not recorded'));
    }
    await pipeline(upstream, res).catch(() => res.destroy());
  }

  async function put(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const length = req.header('content-length');
    if (length === undefined || !/^\d+$/.test(length))
      throw fail(411, 'Send the file with a Content-Length: the drive streams it into ingest and must know its size');
    if (path.length === 0) throw fail(405, 'The root is a folder');
    const outcome = await write(client, req, path, req, Number(length));
    res.status(outcome === 'created' ? 201 : 204).end();
  }

  async function remove(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const entry = await client.entry(path);
    if (!entry) throw fail(404, 'Not found');
    if (entry.folder) {
      if (!entry.folder.collection) throw fail(403, 'The root of the drive cannot be deleted');
      checkIfHeader(req, undefined);
      await client.deleteCollection(entry.folder.collection);
      return void res.status(204).end();
    }
    const file = entry.file!;
    if (file.kind === 'PROXY')
      throw fail(403, 'Proxies are made by the system: delete the master to take the asset out');
    checkIfHeader(req, fileResource(path, file));
    refuseIfLocked(req, client, file);
    // Only the asset's place in this collection goes: the asset, its versions and its other collections stay.
    await client.removeFromCollection(writableCollection(entry.parent!), [file.asset.id]);
    res.status(204).end();
  }

  async function mkcol(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    if (hasBody(req)) throw fail(415, 'MKCOL takes no body');
    if (path.length === 0 || (await client.entry(path))) throw fail(405, 'Something is there already');
    const name = path[path.length - 1];
    const reason = unfitNameReason(name);
    if (reason) throw fail(400, reason);
    const parent = await parentFolder(client, path);
    await client.createCollection(name, parent.collection?.id ?? null);
    res.status(201).end();
  }

  /** Copies a folder as a new collection holding the same assets (nothing is duplicated), and with depth infinity its sub-folders. */
  async function copyFolder(
    client: DriveClient,
    source: string[],
    folder: DriveFolder,
    name: string,
    parentId: string | null,
    deep: boolean,
  ) {
    const id = await client.createCollection(name, parentId);
    if (!deep) return;
    await client.addToCollection(id, [...new Set(folder.files.map((f) => f.asset.id))]);
    for (const sub of folder.folders) {
      const entry = await client.entry([...source, sub.name]);
      if (entry?.folder) await copyFolder(client, [...source, sub.name], entry.folder, sub.collection.name, id, true);
    }
  }

  async function copyOrMove(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const move = req.method === 'MOVE';
    const destination = destinationOf(req);
    const source = await client.entry(path);
    if (!source) throw fail(404, 'Not found');
    if (path.length === 0) throw fail(403, 'The root of the drive cannot be copied or moved');
    if (destination.length === 0) throw fail(403, 'The root of the drive cannot be replaced');
    const same = (a: string[], b: string[]) =>
      a.length === b.length && a.every((s, i) => s.toLowerCase() === b[i].toLowerCase());
    if (same(path, destination)) throw fail(403, 'Source and destination are the same');
    if (
      source.folder &&
      destination.slice(0, path.length).every((s, i) => same([s], [path[i]])) &&
      destination.length > path.length
    )
      throw fail(403, 'A folder cannot go inside itself');
    const name = destination[destination.length - 1];
    const reason = unfitNameReason(name);
    if (reason) throw fail(400, reason);
    const target = await client.entry(destination);
    const targetParent = target?.parent ?? (await parentFolder(client, destination));
    if (target) {
      if ((req.header('overwrite') ?? 'T').toUpperCase() === 'F')
        throw fail(412, 'The destination exists (Overwrite: F)');
      await clear(req, client, target);
    }
    if (move) refuseIfLocked(req, client, source.file);
    const status = target ? 204 : 201;
    if (source.folder) {
      const collection = source.folder.collection!;
      if (move) {
        const keepName = name === source.folder.name ? collection.name : name;
        await client.updateCollection(collection, keepName, targetParent.collection?.id ?? null);
      } else {
        const deep = (req.header('depth') ?? 'infinity') !== '0';
        await copyFolder(client, path, source.folder, name, targetParent.collection?.id ?? null, deep);
      }
      return void res.status(status).end();
    }
    const file = source.file!;
    const collectionId = writableCollection(targetParent);
    if (!move) {
      const upstream = await media.read(
        client.identity,
        file.version.id,
        file.kind === 'MASTER' ? 'master' : 'proxy',
        'GET',
      );
      if ((upstream.statusCode ?? 502) !== 200) {
        upstream.resume();
        throw fail(upstream.statusCode === 403 ? 403 : 409, 'The source file cannot be read');
      }
      await write(client, req, destination, upstream, sizeOf(file));
      return void res.status(status).end();
    }
    if (file.kind === 'PROXY') throw fail(403, 'Proxies are made by the system and cannot be moved');
    const fromId = writableCollection(source.parent!);
    if (fromId !== collectionId) {
      await client.addToCollection(collectionId, [file.asset.id]);
      await client.removeFromCollection(fromId, [file.asset.id]);
    }
    if (name !== file.name) await client.rename(file.asset, titleFromName(name));
    res.status(status).end();
  }

  /** Makes room at a destination: a folder's collection is deleted (its assets stay), a file's asset leaves that collection. */
  async function clear(req: express.Request, client: DriveClient, target: DriveEntry) {
    if (target.folder?.collection) return client.deleteCollection(target.folder.collection);
    if (target.file?.kind === 'PROXY') throw fail(403, 'Proxies are made by the system and cannot be replaced');
    refuseIfLocked(req, client, target.file);
    await client.removeFromCollection(writableCollection(target.parent!), [target.file!.asset.id]);
  }

  async function lock(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const body = await readXmlBody(req);
    const minutes = lockMinutes(req.header('timeout'));
    let entry = await client.entry(path);
    if (!body) {
      // A refresh: the caller's own lock, named in If.
      const file = entry?.file;
      const held = file && liveLock(file.asset.lock);
      if (!file || !held || !submittedTokens(req.header('if')).includes(lockToken(file.asset.id, held)))
        throw fail(412, 'Refreshing a lock needs its token in the If header');
      const renewed = await client.checkOut(file.asset.id, minutes);
      return sendLock(res, 200, path, file.asset.id, renewed);
    }
    if (body.ns !== DAV_NS || body.name !== 'lockinfo') throw fail(400, 'The body is not a DAV:lockinfo');
    if (davChild(davChild(body, 'lockscope'), 'shared'))
      throw fail(412, 'Only exclusive locks are offered: a lock is a check-out of the asset');
    let created = false;
    if (!entry) {
      // Locking a name that is free reserves it with an empty file (RFC 4918 §7.3).
      await write(client, req, path, emptyStream(), 0);
      entry = await client.entry(path);
      created = true;
    }
    if (!entry?.file) throw fail(403, 'Folders cannot be locked: check out the files in them');
    const file = entry.file;
    if (file.kind === 'PROXY') throw fail(403, 'Proxies cannot be locked');
    if (liveLock(file.asset.lock)) throw new DavError(423, 'Already locked', davErrorBody('no-conflicting-lock'));
    const taken = await client.checkOut(file.asset.id, minutes);
    sendLock(res, created ? 201 : 200, path, file.asset.id, taken);
  }

  function sendLock(
    res: express.Response,
    status: number,
    path: string[],
    assetId: string,
    taken: Parameters<typeof lockToken>[1],
  ) {
    const token = lockToken(assetId, taken);
    res
      .status(status)
      .setHeader('Lock-Token', `<${token}>`)
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="utf-8"?>\n<D:prop xmlns:D="DAV:"><D:lockdiscovery>${activeLockXml({ token, holder: taken.holder, expiresAt: taken.expiresAt }, hrefOf(path, false))}</D:lockdiscovery></D:prop>\n`,
      );
  }

  async function unlock(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const token = /<([^>]+)>/.exec(req.header('lock-token') ?? '')?.[1];
    if (!token) throw fail(400, 'UNLOCK needs a Lock-Token header');
    const entry = await client.entry(path);
    if (!entry) throw fail(404, 'Not found');
    const file = entry.file;
    const held = file && liveLock(file.asset.lock);
    if (!file || !held || lockToken(file.asset.id, held) !== token)
      throw new DavError(
        409,
        'That lock token does not lock this file',
        davErrorBody('lock-token-matches-request-uri'),
      );
    await client.checkIn(file.asset.id);
    res.status(204).end();
  }

  async function proppatch(req: express.Request, res: express.Response, client: DriveClient, path: string[]) {
    const body = await readXmlBody(req);
    if (!body || body.ns !== DAV_NS || body.name !== 'propertyupdate')
      throw fail(400, 'The body is not a DAV:propertyupdate');
    const entry = await client.entry(path);
    if (!entry) throw fail(404, 'Not found');
    if (path.length === 0) throw fail(403, 'The root of the drive keeps no properties');
    checkIfHeader(req, entryResource(path, entry));
    refuseIfLocked(req, client, entry.file);
    const changes = body.children
      .filter((c) => c.ns === DAV_NS && (c.name === 'set' || c.name === 'remove'))
      .flatMap((change) =>
        (davChild(change, 'prop')?.children ?? []).map((prop) => ({ set: change.name === 'set', prop })),
      );
    // Live properties (size, type, dates, locks) follow the asset: they cannot be set, and then nothing is (RFC 4918 §9.2).
    const isProtected = (prop: XmlElement) => prop.ns === DAV_NS && (LIVE as readonly string[]).includes(prop.name);
    const refused = changes.some((c) => isProtected(c.prop));
    if (!refused)
      await client.setProperties(
        path,
        changes.map((c) => ({
          namespace: c.prop.ns,
          name: c.prop.name,
          value: c.set ? serializeContent(c.prop) : null,
        })),
      );
    const stat = (props: XmlElement[], status: string) =>
      props.length
        ? `<D:propstat><D:prop>${props.map((p) => propXml(p.ns, p.name, null)).join('')}</D:prop><D:status>HTTP/1.1 ${status}</D:status></D:propstat>`
        : '';
    const statuses = refused
      ? stat(
          changes.filter((c) => isProtected(c.prop)).map((c) => c.prop),
          '403 Forbidden',
        ) +
        stat(
          changes.filter((c) => !isProtected(c.prop)).map((c) => c.prop),
          '424 Failed Dependency',
        )
      : stat(
          changes.map((c) => c.prop),
          '200 OK',
        );
    res
      .status(207)
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:"><D:response><D:href>${escapeXmlText(hrefOf(path, Boolean(entry.folder)))}</D:href>${statuses}</D:response></D:multistatus>\n`,
      );
  }

  const handlers: Record<
    string,
    (req: express.Request, res: express.Response, client: DriveClient, path: string[]) => Promise<void>
  > = {
    PROPFIND: propfind,
    PROPPATCH: proppatch,
    GET: read,
    HEAD: read,
    PUT: put,
    DELETE: remove,
    MKCOL: mkcol,
    COPY: copyOrMove,
    MOVE: copyOrMove,
    LOCK: lock,
    UNLOCK: unlock,
  };

  app.use(DAV_PREFIX, async (req, res) => {
    res.setHeader('DAV', '1, 2');
    res.setHeader('MS-Author-Via', 'DAV');
    if (req.method === 'OPTIONS') {
      req.resume();
      return void res.status(200).setHeader('Allow', METHODS).setHeader('Content-Length', '0').end();
    }
    const handler = handlers[req.method];
    /** A drive client is never told "try later" without the log saying which part said so and why. */
    const logUnavailable = (error: unknown) => {
      const status = statusOf(error);
      if (status !== undefined && status >= 503)
        logger.warn(
          {
            method: req.method,
            path: req.originalUrl,
            status,
            origin: error instanceof DriveRefusal ? error.origin : undefined,
            err: error,
          },
          'drive request answered as unavailable',
        );
    };
    const answer = (error: unknown) => {
      req.resume();
      logUnavailable(error);
      if (res.headersSent) return void res.destroy();
      // A part of the system that cannot answer now: the client may try again, and is told when.
      if (answeredUnavailable(error)) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      if (error instanceof DavError) {
        if (error.body) return void res.status(error.status).type('application/xml; charset=utf-8').send(error.body);
        return void res.status(error.status).type('text/plain; charset=utf-8').send(`${error.message}\n`);
      }
      if (error instanceof DriveRefusal)
        return void res
          .status(error.status === 400 && req.method !== 'PUT' ? 409 : error.status)
          .type('text/plain; charset=utf-8')
          .send(`${error.message}\n`);
      const code = errorCodeOf(error);
      if (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.UNAVAILABLE) {
        if (code === ErrorCode.UNAUTHENTICATED)
          res.setHeader('WWW-Authenticate', 'Basic realm="MAM drive", charset="UTF-8"');
        return void res
          .status(httpStatusOf(code))
          .type('text/plain')
          .send(`${(error as Error).message}\n`);
      }
      logger.error({ err: error, method: req.method }, 'drive request failed');
      res.status(500).type('text/plain').send('The drive could not do that right now\n');
    };
    try {
      if (!handler) throw new DavError(405, `${req.method} is not a drive method`);
      const path = drivePath(req.originalUrl.split('?', 1)[0]);
      if (!path) throw fail(400, 'Bad drive path');
      const authorization = req.header('authorization');
      if (options.requireTls && /^basic\s/i.test(authorization ?? '') && !req.secure)
        throw fail(403, 'Passwords are accepted over HTTPS only');
      const identity = await davAuthorization(authorization, options);
      if (!identity) {
        res.setHeader('WWW-Authenticate', 'Basic realm="MAM drive", charset="UTF-8"');
        throw fail(401, 'Sign in with your user name and an app password (or an API key)');
      }
      if (!options.admit(identity, res)) return;
      await handler(req, res, createDriveClient(options.execute, identity), path);
    } catch (error) {
      answer(error);
    }
  });
}

function emptyStream(): Readable {
  return Readable.from([]);
}
