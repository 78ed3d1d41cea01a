import { createHash } from 'node:crypto';
import { actorOf } from '@mam/graphql';
import type { JobRow } from '@mam/jobs';
import { storageKeys } from '@mam/storage';
import type { AssetVersionFacts } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { GUEST_WATERMARK, reviewJobQueue, type GuestWatermark } from '../../jobs/review-jobs';
import { guestCopiesRepository } from '../../repositories/guest-copies.repository';
import type { Viewer } from '../viewer';

type Guest = Extract<Viewer, { kind: 'guest' }>;

/** What a guest's copy is known by: the version and who the guest said they are (another name or email, another copy). */
function copyOf(guest: Guest, version: AssetVersionFacts) {
  const who = createHash('sha256').update(`${guest.name}\n${guest.email.toLowerCase()}`).digest('hex').slice(0, 32);
  return {
    key: `${version.versionId}:${who}`,
    outputKey: storageKeys.rendition(version.assetId, version.versionId, `guest-${who}`, 'proxy.mp4'),
    text: `${guest.name} · ${guest.email}`,
  };
}

/** The guest's watermarked copy of a version's proxy as its job stands, or null when nobody asked for it yet. */
export function findGuestCopy(
  context: ReviewContext,
  guest: Guest,
  version: AssetVersionFacts,
): Promise<JobRow | null> {
  return guestCopiesRepository.find(context.dataSource, GUEST_WATERMARK, copyOf(guest, version).key);
}

/**
 * The guest's watermarked copy of a version's proxy: the job that makes it, queued the first time
 * any review instance is asked (the first asks for one copy wait on one lock, so one job is made).
 */
export async function guestCopy(
  context: ReviewContext,
  guest: Guest,
  version: AssetVersionFacts,
  proxyKey: string,
): Promise<JobRow> {
  const found = await findGuestCopy(context, guest, version);
  if (found) return found;
  const copy = copyOf(guest, version);
  return context.dataSource.transaction(async (manager) => {
    await guestCopiesRepository.lock(manager, GUEST_WATERMARK, copy.key);
    const again = await guestCopiesRepository.find(manager, GUEST_WATERMARK, copy.key);
    if (again) return again;
    const payload: GuestWatermark = {
      versionId: version.versionId,
      proxyKey,
      outputKey: copy.outputKey,
      text: copy.text,
    };
    return reviewJobQueue.enqueue(manager, { kind: GUEST_WATERMARK, key: copy.key, payload }, actorOf(guest.identity));
  });
}
