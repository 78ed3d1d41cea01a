import { badUserInput } from '@mam/graphql';
import { isUuid } from '../repositories/asset.repository';
import type { OrderKey } from '../repositories/collection.repository';

/** Cursor of an item in a manually ordered list: its position and id. */
export function orderCursor(key: OrderKey): string {
  return Buffer.from(JSON.stringify([key.position, key.id])).toString('base64url');
}

export function afterOrderKey(after: string | null | undefined): OrderKey | undefined {
  if (!after) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || value.length !== 2 || !Number.isSafeInteger(value[0]) || typeof value[1] !== 'string' || !isUuid(value[1])) {
    throw badUserInput('after is not a cursor this API returned', 'after');
  }
  return { position: value[0], id: value[1] };
}
