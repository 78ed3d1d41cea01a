import { DAV_NS, escapeXmlText, type XmlElement } from './dav-xml';
import { hrefOf } from './dav-paths';
import type { DavResource } from './dav-resources';

/** Live properties the drive knows, in the DAV: namespace. */
export const LIVE = [
  'displayname',
  'resourcetype',
  'getcontentlength',
  'getcontenttype',
  'getetag',
  'getlastmodified',
  'creationdate',
  'supportedlock',
  'lockdiscovery',
] as const;

type Request = { kind: 'allprop' } | { kind: 'propname' } | { kind: 'prop'; names: { ns: string; name: string }[] };

/** What a PROPFIND body asks for; an empty body asks for every property. */
export function propfindRequest(root: XmlElement | undefined): Request {
  if (!root) return { kind: 'allprop' };
  if (root.ns !== DAV_NS || root.name !== 'propfind') throw new Error('the body is not a DAV:propfind');
  const child = root.children[0];
  if (!child || child.name === 'allprop') return { kind: 'allprop' };
  if (child.name === 'propname') return { kind: 'propname' };
  if (child.name === 'prop') return { kind: 'prop', names: child.children.map((c) => ({ ns: c.ns, name: c.name })) };
  throw new Error('the body asks for neither prop, propname nor allprop');
}

export function activeLockXml(lock: NonNullable<DavResource['lock']>, href: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(lock.expiresAt) - Date.now()) / 1000));
  return `<D:activelock><D:locktype><D:write/></D:locktype><D:lockscope><D:exclusive/></D:lockscope><D:depth>0</D:depth><D:owner>${escapeXmlText(lock.holder)}</D:owner><D:timeout>Second-${seconds}</D:timeout><D:locktoken><D:href>${escapeXmlText(lock.token)}</D:href></D:locktoken><D:lockroot><D:href>${escapeXmlText(href)}</D:href></D:lockroot></D:activelock>`;
}

function liveValue(resource: DavResource, name: (typeof LIVE)[number]): string | undefined {
  switch (name) {
    case 'displayname':
      return escapeXmlText(resource.name);
    case 'resourcetype':
      return resource.folder ? '<D:collection/>' : '';
    case 'getcontentlength':
      return resource.folder ? undefined : String(resource.size ?? 0);
    case 'getcontenttype':
      return resource.contentType && escapeXmlText(resource.contentType);
    case 'getetag':
      return resource.etag && escapeXmlText(resource.etag);
    case 'getlastmodified':
      return resource.modified.toUTCString();
    case 'creationdate':
      return resource.created.toISOString();
    case 'supportedlock':
      return resource.folder
        ? ''
        : '<D:lockentry><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockentry>';
    case 'lockdiscovery':
      return resource.lock ? activeLockXml(resource.lock, hrefOf(resource.path, false)) : '';
  }
}

export function propXml(ns: string, name: string, value: string | null): string {
  if (ns === '') return value === null || value === '' ? `<${name} xmlns=""/>` : `<${name} xmlns="">${value}</${name}>`;
  if (ns === DAV_NS) return value === null || value === '' ? `<D:${name}/>` : `<D:${name}>${value}</D:${name}>`;
  return value === null || value === ''
    ? `<X:${name} xmlns:X="${escapeXmlText(ns)}"/>`
    : `<X:${name} xmlns:X="${escapeXmlText(ns)}">${value}</X:${name}>`;
}

function responseXml(resource: DavResource, request: Request): string {
  const found: string[] = [];
  const missing: string[] = [];
  if (request.kind === 'prop') {
    for (const { ns, name } of request.names) {
      const value =
        ns === DAV_NS && (LIVE as readonly string[]).includes(name)
          ? liveValue(resource, name as (typeof LIVE)[number])
          : undefined;
      const dead = resource.dead.find((p) => p.namespace === ns && p.name === name);
      if (value !== undefined) found.push(propXml(ns, name, value));
      else if (dead) found.push(propXml(ns, name, dead.value));
      else missing.push(propXml(ns, name, null));
    }
  } else {
    for (const name of LIVE) {
      const value = liveValue(resource, name);
      if (value !== undefined) found.push(propXml(DAV_NS, name, request.kind === 'propname' ? null : value));
    }
    for (const dead of resource.dead)
      found.push(propXml(dead.namespace, dead.name, request.kind === 'propname' ? null : dead.value));
  }
  const propstat = (props: string[], status: string) =>
    props.length
      ? `<D:propstat><D:prop>${props.join('')}</D:prop><D:status>HTTP/1.1 ${status}</D:status></D:propstat>`
      : '';
  return `<D:response><D:href>${escapeXmlText(hrefOf(resource.path, resource.folder))}</D:href>${propstat(found, '200 OK')}${propstat(missing, '404 Not Found')}</D:response>`;
}

/** A 207 Multi-Status body describing the resources. */
export function multistatus(resources: DavResource[], request: Request): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">${resources.map((r) => responseXml(r, request)).join('')}</D:multistatus>\n`;
}
