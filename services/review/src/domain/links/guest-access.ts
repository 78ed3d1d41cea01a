import { versionProjection } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { reviewsRepository } from '../../repositories/reviews.repository';
import { linkCoversVersion, versionFor, viewerOf } from '../viewer';

/** What a guest's link opens: its scope, permissions, who the guest said they are, and the versions it reaches. */
export async function readGuestAccess(context: ReviewContext) {
  if (context.identity?.kind !== 'guest') return null;
  const viewer = await viewerOf(context);
  if (viewer.kind !== 'guest') return null;
  const { link } = viewer;
  const assetIds =
    link.scope === 'ASSET' || link.scope === 'VERSION'
      ? [link.assetId!]
      : link.scope === 'COLLECTION'
        ? await reviewsRepository.assetsOfCollection(context.dataSource, link.workspaceId, link.collectionId!)
        : await (async () => {
            const review = await reviewsRepository.find(context.dataSource, link.reviewId!);
            return review ? reviewsRepository.assetIds(context.dataSource, review) : [];
          })();
  const versions = (
    await Promise.all(assetIds.map((id) => versionProjection.listForAsset(context.dataSource, id)))
  ).flat();
  const covered = await Promise.all(versions.map((v) => linkCoversVersion(context, link, v)));
  return {
    ...link,
    linkId: link.id,
    name: viewer.name,
    email: viewer.email,
    expiresAt: link.expiresAt,
    versionIds: versions.filter((_, i) => covered[i]).map((v) => v.versionId),
  };
}

/** A version the caller may view (a member through the access projection, a guest through its link), or null. */
export async function readReviewVersion(context: ReviewContext, id: string): Promise<{ id: string } | null> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, id, 'VIEW').catch(() => null);
  return version ? { id: version.versionId } : null;
}
