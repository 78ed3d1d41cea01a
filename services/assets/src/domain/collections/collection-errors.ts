import { badInput, conflict, notFound, type FieldError } from '@mam/graphql';
import type { GraphQLError } from 'graphql';
import type { Collection } from '../../entities/collection.entity';

/** The same answer for a collection that does not exist and one of another workspace. */
export function collectionNotFound(what = 'Collection'): GraphQLError {
  return notFound(`${what} not found`);
}

/** What a client needs to redo a refused edit on top of the collection as it is now. */
export function collectionState(collection: Collection) {
  return {
    id: collection.id,
    revision: collection.revision,
    name: collection.name,
    description: collection.description,
    parentId: collection.parentId,
    kind: collection.kind,
    savedQuery: collection.savedQuery,
    updatedAt: collection.updatedAt.toISOString(),
  };
}

/** An edit based on an older revision: refused, with the current state in `extensions.current`. */
export function collectionConflict(collection: Collection, expectedRevision: number): GraphQLError {
  const message = `Collection was changed meanwhile: the edit was based on revision ${expectedRevision}, the collection is at revision ${collection.revision}`;
  return conflict(message, collectionState(collection));
}

/** Every problem of a collection's input at once; nothing was written. */
export function invalidCollectionInput(fieldErrors: FieldError[]): GraphQLError {
  const message =
    fieldErrors.length === 1
      ? fieldErrors[0].message
      : `${fieldErrors.length} problems: ${fieldErrors.map((e) => e.message).join('; ')}`;
  return badInput(message, fieldErrors);
}
