import type { EntityManager } from 'typeorm';

/** Delivery changes announced to live subscribers through NOTIFY on the distribution database (delivered on commit). */
export const DELIVERY_UPDATES_CHANNEL = 'mam_distribution_deliveries';

/** Which delivery changed; `at` tells one change from the next (subscribers re-read the delivery). */
export interface DeliveryNotice {
  deliveryId: string;
  at: string;
}

export const deliveryNoticesRepository = {
  async notify(db: Pick<EntityManager, 'query'>, deliveryId: string): Promise<void> {
    await db.query(`SELECT pg_notify($1, json_build_object('deliveryId', $2::text, 'at', clock_timestamp())::text)`, [
      DELIVERY_UPDATES_CHANNEL,
      deliveryId,
    ]);
  },
};
