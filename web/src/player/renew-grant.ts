/** The folder grant at the start of a media folder URL (`…/media/folder/<expires>/<signature>/`). */
const GRANT = /^(.*\/media\/folder\/\d+\/[A-Za-z0-9_-]+\/)/;

/**
 * A stream's URL under the newest grant of its folder: a player keeps asking for the playlist and
 * its segments for as long as the stream grows, longer than one signed URL lives, so each request
 * goes out under the grant the page was last given. Other URLs are left as they are. Pure.
 */
export function renewGrant(url: string, latest: string | undefined): string {
  const old = GRANT.exec(url)?.[1];
  const fresh = latest ? GRANT.exec(latest)?.[1] : undefined;
  if (!old || !fresh || old === fresh) return url;
  const folderOf = (rest: string) => rest.slice(0, rest.lastIndexOf('/') + 1);
  // Only a grant of the same folder may replace it.
  if (folderOf(url.slice(old.length)) !== folderOf(latest!.slice(fresh.length))) return url;
  return fresh + url.slice(old.length);
}
