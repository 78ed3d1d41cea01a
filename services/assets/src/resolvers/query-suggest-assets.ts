import { badInput, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { searchReaders } from '../domain/access/asset-access';
import { loadHitAssets } from '../search/hit-assets';
import { PREFIX_MAX, SUGGEST_MAX } from '../search/search-index';
import { searchInputError } from './query-search-assets';

/** Search-as-you-type: assets of the caller's workspace whose title has words starting so, or a file name that starts so. */
export async function suggestAssets(
  _root: unknown,
  args: { prefix: string; first?: number | null },
  context: AssetsContext,
) {
  const identity = requireIdentity(context);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > SUGGEST_MAX)
    throw badInput(`first must be between 1 and ${SUGGEST_MAX}`, 'first');
  const prefix = args.prefix.trim();
  if (prefix.length > PREFIX_MAX)
    throw badInput(`prefix must be at most ${PREFIX_MAX} characters; this one has ${prefix.length}`, 'prefix');
  let suggestions;
  try {
    suggestions = await context.search.suggest({
      workspaceId: identity.workspaceId,
      readers: searchReaders(identity),
      prefix,
      first,
    });
  } catch (error) {
    throw searchInputError(error);
  }
  const found = await loadHitAssets(
    context.dataSource,
    identity,
    suggestions.map((s) => s.id),
  );
  return suggestions
    .filter((s) => found.has(s.id))
    .map((s) => ({
      asset: found.get(s.id),
      highlight: s.highlight,
      matchedField: s.field === 'title' ? 'TITLE' : 'FILENAME',
    }));
}
