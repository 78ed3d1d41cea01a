import { EntitySchema } from 'typeorm';

export const COLLECTION_KINDS = ['MANUAL', 'SMART'] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

/** Stored search filters of a smart collection: a JSON object whose shape belongs to search. */
export type SavedFilters = Record<string, unknown>;

/**
 * A named group of assets in a workspace tree. MANUAL collections hold assets in a chosen order;
 * SMART ones are a saved search whose assets are whatever the search finds now.
 */
export interface Collection {
  id: string;
  workspaceId: string;
  parentId: string | null;
  name: string;
  description: string | null;
  kind: CollectionKind;
  /** Search text of a SMART collection; null for MANUAL. */
  savedQuery: string | null;
  savedFilters: SavedFilters | null;
  /** Order among its siblings (gap numbering, see ordered-positions). */
  position: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
}

const bigintAsNumber = { to: (value: number) => value, from: (value: string | number) => Number(value) };

export const CollectionEntity = new EntitySchema<Collection>({
  name: 'Collection',
  tableName: 'collections',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    parentId: { name: 'parent_id', type: 'uuid', nullable: true },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    kind: { type: 'text' },
    savedQuery: { name: 'saved_query', type: 'text', nullable: true },
    savedFilters: { name: 'saved_filters', type: 'jsonb', nullable: true },
    position: { type: 'bigint', transformer: bigintAsNumber },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
    revision: { type: 'int' },
  },
});
