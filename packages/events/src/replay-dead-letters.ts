import type { DataSource } from 'typeorm';
import { decodeEnvelope } from './envelope';
import { OUTBOX_CHANNEL } from './outbox';

export interface ReplayResult {
  /** Dead letters put back on their topics (through the outbox) and removed from dead_letters. */
  replayed: number;
  /** Undecodable ones, left where they are: they can never apply. */
  kept: number;
}

/**
 * Puts dead letters back on the topic they came from, once whatever refused them is fixed: each is
 * written to this database's outbox (the running service's relay publishes it) and removed from
 * dead_letters in the same transaction. Every group on the topic sees the event again; the ones
 * that applied it already skip it by its event id. One that fails again is dead-lettered again.
 */
export async function replayDeadLetters(
  dataSource: DataSource,
  filter: { group?: string; ids?: number[] } = {},
): Promise<ReplayResult> {
  const rows: { id: string; topic: string; key: string; value: Buffer }[] = await dataSource.query(
    `SELECT id, topic, key, value FROM dead_letters WHERE ($1::text IS NULL OR consumer_group = $1) AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[])) ORDER BY id`,
    [filter.group ?? null, filter.ids ?? null],
  );
  const result: ReplayResult = { replayed: 0, kept: 0 };
  for (const row of rows) {
    let eventId: string;
    try {
      eventId = decodeEnvelope(row.value).eventId;
    } catch {
      result.kept++;
      continue;
    }
    await dataSource.transaction(async (manager) => {
      // The service's own events may still be in its outbox: publish that row again.
      await manager.query(
        `INSERT INTO outbox (event_id, topic, key, value) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO UPDATE SET published_at = NULL`,
        [eventId, row.topic, row.key, row.value],
      );
      await manager.query('DELETE FROM dead_letters WHERE id = $1', [row.id]);
      await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    });
    result.replayed++;
  }
  return result;
}
