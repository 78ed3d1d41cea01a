import { signMediaPath, signQuery, verifyQuery } from '@mam/storage';
import type { Viewer } from '../viewer';

/** How review signs the media URLs it hands out: with ingest's media secret, so ingest's /media route serves them. */
export interface MediaUrlSettings {
  /** Empty: review gives no media URLs. */
  secret: string;
  /** The gateway's public URL; empty gives paths. */
  publicBaseUrl: string;
  memberTtlSeconds: number;
  guestTtlSeconds: number;
}

/** Review's downloads, through the gateway: `/review-downloads/<version id>/<proxy|master>?as=…&ws=…&expires=…&signature=…`. */
export const DOWNLOAD_PATH = '/review-downloads/';
export type DownloadKind = 'proxy' | 'master';

/** What a download URL grants: one file of one version, to one member or one guest of one link. */
export interface DownloadGrant {
  versionId: string;
  kind: DownloadKind;
  /** Member subject, or guest:<link id>:<email>. */
  subject: string;
  workspaceId: string;
}

const base = (settings: MediaUrlSettings) => settings.publicBaseUrl.replace(/\/$/, '');

/** A guest's URLs live a short while and never past the link's or the session's end; a member's as ingest's. */
function lifetime(settings: MediaUrlSettings, viewer: Viewer): { ttl: number; notAfter?: number } {
  if (viewer.kind === 'member') return { ttl: settings.memberTtlSeconds };
  const ends = [viewer.sessionExpiresAt.getTime(), viewer.link.expiresAt?.getTime() ?? Infinity];
  return { ttl: settings.guestTtlSeconds, notAfter: Math.min(...ends) };
}

/** A signed, short-lived URL of a rendition, served by ingest's /media route through the gateway. */
export function mediaUrl(settings: MediaUrlSettings, viewer: Viewer, key: string, now = Date.now()): string {
  const { ttl, notAfter } = lifetime(settings, viewer);
  return `${base(settings)}${signMediaPath(key, settings.secret, ttl, now, notAfter)}`;
}

const resourceOf = (grant: DownloadGrant) =>
  `${DOWNLOAD_PATH}${grant.versionId}/${grant.kind}\n${grant.workspaceId}\n${grant.subject}`;

/** A signed, short-lived URL of a download, served (and recorded in the audit) by review through the gateway. */
export function downloadUrl(
  settings: MediaUrlSettings,
  viewer: Viewer,
  grant: DownloadGrant,
  now = Date.now(),
): string {
  const { ttl, notAfter } = lifetime(settings, viewer);
  const query = new URLSearchParams({ as: grant.subject, ws: grant.workspaceId });
  return `${base(settings)}${DOWNLOAD_PATH}${grant.versionId}/${grant.kind}?${query.toString()}&${signQuery(resourceOf(grant), settings.secret, ttl, now, notAfter)}`;
}

/** Whether a download URL's signature grants what it names now, or why not. */
export function verifyDownload(
  settings: MediaUrlSettings,
  grant: DownloadGrant,
  expires: string | undefined,
  signature: string | undefined,
  now = Date.now(),
) {
  if (!settings.secret) return { ok: false as const, reason: 'downloads are not configured' };
  return verifyQuery(resourceOf(grant), expires, signature, settings.secret, now);
}
