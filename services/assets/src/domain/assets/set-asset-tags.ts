import type { DataSource } from '@mam/db';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { assertChangeable, loadAsset, saveAssetChange } from './change-asset';
import { emitAssetUpdated } from './emit-asset-updated';
import { fieldChange, recordHistory } from './record-history';

export const TAGS_MAX = 50;
export const TAG_LENGTH_MAX = 100;

export interface SetAssetTagsInput {
  assetId: string;
  expectedRevision: number;
  tags: string[];
}

/** Tags as given by a client: trimmed, inner whitespace collapsed, each once (ignoring case, the first spelling kept), in the order given. */
export function tagsInput(tags: string[]): string[] {
  if (tags.length > TAGS_MAX) throw badInput(`At most ${TAGS_MAX} tags`, 'tags');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag) throw badInput('Tags must not be empty', 'tags');
    if (tag.length > TAG_LENGTH_MAX) throw badInput(`Tags must be at most ${TAG_LENGTH_MAX} characters`, 'tags');
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Replaces the tags of an asset, provided the edit is based on its current revision and nobody
 * else has it checked out (CONFLICT, LOCKED as for every edit). The same tags change nothing.
 */
export async function setAssetTags(
  dataSource: DataSource,
  identity: Identity,
  input: SetAssetTagsInput,
): Promise<Asset> {
  const tags = tagsInput(input.tags);
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, input.assetId);
    assertChangeable(before, identity.subject, input.expectedRevision, now);
    const previous = before.tags ?? [];
    if (previous.length === tags.length && previous.every((t, i) => t === tags[i])) return before;
    const after = await saveAssetChange(manager, before, { tags }, identity.subject, now);
    await recordHistory(manager, after, {
      action: 'EDITED',
      actor: identity.subject,
      at: now,
      changes: fieldChange('tags', previous.join(', ') || null, tags.join(', ') || null),
    });
    await emitAssetUpdated(manager, after, actorOf(identity));
    return after;
  });
}
