import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { AssetReviewEntity } from '../entities/asset-review.entity';

export const assetReviewsRepository = {
  /** Reviews opened since a moment, oldest first (live subscribers catching up after a lost connection). */
  async openedSince(dataSource: DataSource, since: Date) {
    return dataSource.getRepository(AssetReviewEntity).find({ where: { openedAt: MoreThanOrEqual(since) }, order: { openedAt: 'ASC' }, take: 500 });
  },
};
