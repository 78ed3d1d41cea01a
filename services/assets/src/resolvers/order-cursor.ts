import { badCursor, encodeCursor, isUuid, readCursor } from '@mam/graphql';
import type { OrderKey } from '../repositories/collection.repository';

/** Cursor of an item in a manually ordered list: its position and id. */
export function orderCursor(key: OrderKey): string {
  return encodeCursor([key.position, key.id]);
}

export function afterOrderKey(after: string | null | undefined): OrderKey | undefined {
  if (!after) return undefined;
  const value = readCursor(after);
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !Number.isSafeInteger(value[0]) ||
    typeof value[1] !== 'string' ||
    !isUuid(value[1])
  )
    throw badCursor();
  return { position: value[0], id: value[1] };
}
