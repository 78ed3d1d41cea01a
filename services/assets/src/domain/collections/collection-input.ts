import { checkFilter } from '../../search/search-filter';
import { SearchInputError } from '../../search/search-input-error';
import { QUERY_MAX } from '../../search/search-index';
import type { SavedFilters } from '../../entities/collection.entity';
import type { FieldError } from '@mam/graphql';
import { invalidCollectionInput } from './collection-errors';
import { DESCRIPTION_MAX } from '../assets/create-asset';

export const COLLECTION_NAME_MAX = 200;
export const FILTERS_MAX_BYTES = 10_000;

/** Checks a collection's fields as given by a client; collects every problem, then refuses them all at once. */
export function collectionInputChecker() {
  const errors: FieldError[] = [];
  return {
    name(value: string, key = 'name'): string {
      const name = value.trim();
      if (!name) errors.push({ key, message: 'Name must not be empty' });
      else if (name.length > COLLECTION_NAME_MAX)
        errors.push({ key, message: `Name must be at most ${COLLECTION_NAME_MAX} characters` });
      return name;
    },
    description(value: string | null | undefined, key = 'description'): string | null {
      if (value === null || value === undefined) return null;
      if (value.length > DESCRIPTION_MAX)
        errors.push({ key, message: `Description must be at most ${DESCRIPTION_MAX} characters` });
      return value.trim() ? value : null;
    },
    /** Search words; empty only when `filtered` (then the filters alone pick the assets). */
    query(value: string, filtered: boolean, key = 'query'): string {
      const query = value.trim();
      if (!query && !filtered) errors.push({ key, message: 'Query must not be empty unless filters are given' });
      else if (query.length > QUERY_MAX) errors.push({ key, message: `Query must be at most ${QUERY_MAX} characters` });
      return query;
    },
    filters(value: unknown, key = 'filters'): SavedFilters | null {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'object' || Array.isArray(value)) {
        errors.push({ key, message: 'Filters must be a JSON object' });
        return null;
      }
      if (Buffer.byteLength(JSON.stringify(value)) > FILTERS_MAX_BYTES) {
        errors.push({ key, message: `Filters must be at most ${FILTERS_MAX_BYTES} bytes of JSON` });
        return null;
      }
      try {
        checkFilter(value);
      } catch (error) {
        const message =
          error instanceof SearchInputError
            ? error.message
            : 'Filters must have the shape of the search filter (AssetSearchFilter)';
        errors.push({ key, message: `Filters: ${message}` });
      }
      return value as SavedFilters;
    },
    problem(key: string, message: string): void {
      errors.push({ key, message });
    },
    /** Throws BAD_USER_INPUT with `extensions.fieldErrors` when anything was wrong. */
    done(): void {
      if (errors.length > 0) throw invalidCollectionInput(errors);
    },
  };
}
