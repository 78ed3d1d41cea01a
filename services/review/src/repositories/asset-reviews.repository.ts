import { In, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { AssetReviewEntity, type AssetReview } from '../entities/asset-review.entity';

export const assetReviewsRepository = {
  async open(manager: EntityManager, review: AssetReview): Promise<void> {
    await manager.insert(AssetReviewEntity, review);
  },

  async byAssetIds(dataSource: DataSource, ids: string[]): Promise<Map<string, AssetReview>> {
    return new Map(
      (await dataSource.getRepository(AssetReviewEntity).findBy({ assetId: In(ids) })).map((r) => [r.assetId, r]),
    );
  },

  /** Reviews opened since a moment, oldest first (live subscribers catching up after a lost connection). */
  async openedSince(dataSource: DataSource, since: Date) {
    return dataSource
      .getRepository(AssetReviewEntity)
      .find({ where: { openedAt: MoreThanOrEqual(since) }, order: { openedAt: 'ASC' }, take: 500 });
  },
};
