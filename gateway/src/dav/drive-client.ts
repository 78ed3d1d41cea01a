import type { ExecutionResult } from 'graphql';
import { ErrorCode, httpStatusOf, isErrorCode, type Identity } from '@mam/graphql';

export interface DriveLock {
  holder: string;
  acquiredAt: string;
  expiresAt: string;
}

export interface DriveProperty {
  namespace: string;
  name: string;
  value: string;
}

export interface DriveFile {
  name: string;
  properties: DriveProperty[];
  kind: 'MASTER' | 'PROXY';
  renditionKey: string | null;
  asset: { id: string; title: string; revision: number; lock: DriveLock | null };
  version: {
    id: string;
    number: number;
    filename: string;
    size: number;
    sha256: string;
    mimeType: string | null;
    createdAt: string;
    renditions: { kind: string; status: string; size: number | null }[];
  };
}

export interface DriveCollection {
  id: string;
  name: string;
  kind: 'MANUAL' | 'SMART';
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface DriveFolder {
  name: string;
  properties: DriveProperty[];
  writable: boolean;
  collection: DriveCollection | null;
  folders: { name: string; collection: DriveCollection }[];
  files: DriveFile[];
}

export interface DriveEntry {
  folder: DriveFolder | null;
  file: DriveFile | null;
  parent: DriveFolder | null;
}

/** A refusal from the API, with the HTTP status its code stands for. */
export class DriveRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** What answered so: the API's own message and the field it was about, for the log. */
    readonly origin?: string,
  ) {
    super(message);
  }
}

const COLLECTION = 'id name kind revision createdAt updatedAt';
const FILE = `name kind renditionKey properties { namespace name value } asset { id title revision lock { holder acquiredAt expiresAt } }
  version { id number filename size sha256 mimeType createdAt renditions { kind status size } }`;
const FOLDER = `name writable properties { namespace name value } collection { ${COLLECTION} } folders { name collection { ${COLLECTION} } } files { ${FILE} }`;
const ENTRY = `query DriveEntry($path: [String!]!) {
  driveEntry(path: $path) { folder { ${FOLDER} } file { ${FILE} } parent { ${FOLDER} } }
}`;

export type ExecuteQuery = (
  query: string,
  variables: Record<string, unknown>,
  identity: Identity,
) => Promise<ExecutionResult>;

/**
 * What the drive asks of the API, always as the caller: every answer is checked by the subgraphs
 * exactly as the same GraphQL operation from the web app would be.
 */
export function createDriveClient(execute: ExecuteQuery, identity: Identity) {
  async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await execute(query, variables, identity);
    const error = result.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      const status = isErrorCode(code) ? httpStatusOf(code) : 500;
      throw new DriveRefusal(
        status === 500 ? 'The drive could not do that right now' : error.message,
        status,
        String(code),
        `${error.path?.join('.') ?? 'operation'}: ${error.message}`,
      );
    }
    return result.data as T;
  }
  return {
    identity,
    async entry(path: string[]): Promise<DriveEntry | null> {
      return (await ask<{ driveEntry: DriveEntry | null }>(ENTRY, { path })).driveEntry;
    },
    /** Changes properties in order: a null value removes one. */
    async setProperties(path: string[], changes: { namespace: string; name: string; value: string | null }[]) {
      await ask(
        'mutation($path: [String!]!, $changes: [DrivePropertyChangeInput!]!) { setDriveProperties(path: $path, changes: $changes) }',
        { path, changes },
      );
    },
    async createCollection(name: string, parentId: string | null): Promise<string> {
      const data = await ask<{ createCollection: { id: string } }>(
        'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
        { input: { name, parentId } },
      );
      return data.createCollection.id;
    },
    async deleteCollection(collection: DriveCollection): Promise<void> {
      await ask(
        'mutation($id: ID!, $rev: Int!) { deleteCollection(id: $id, expectedRevision: $rev, recursive: true) }',
        {
          id: collection.id,
          rev: collection.revision,
        },
      );
    },
    async updateCollection(collection: DriveCollection, name: string, parentId: string | null): Promise<void> {
      await ask(
        'mutation($id: ID!, $rev: Int!, $name: String, $parentId: ID) { updateCollection(id: $id, expectedRevision: $rev, name: $name, parentId: $parentId) { id } }',
        { id: collection.id, rev: collection.revision, name, parentId },
      );
    },
    async addToCollection(collectionId: string, assetIds: string[]): Promise<void> {
      if (assetIds.length === 0) return;
      await ask('mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }', {
        c: collectionId,
        a: assetIds,
      });
    },
    async removeFromCollection(collectionId: string, assetIds: string[]): Promise<void> {
      await ask('mutation($c: ID!, $a: [ID!]!) { removeAssetsFromCollection(collectionId: $c, assetIds: $a) { id } }', {
        c: collectionId,
        a: assetIds,
      });
    },
    async rename(asset: DriveFile['asset'], title: string): Promise<void> {
      await ask('mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { id } }', {
        input: { id: asset.id, expectedRevision: asset.revision, title },
      });
    },
    async checkOut(assetId: string, minutes: number): Promise<DriveLock> {
      const data = await ask<{ checkOutAsset: { lock: DriveLock } }>(
        'mutation($id: ID!, $minutes: Int) { checkOutAsset(id: $id, minutes: $minutes) { lock { holder acquiredAt expiresAt } } }',
        { id: assetId, minutes },
      );
      return data.checkOutAsset.lock;
    },
    async checkIn(assetId: string): Promise<void> {
      await ask('mutation($id: ID!) { checkInAsset(id: $id) { id } }', { id: assetId });
    },
    /** The version as assets knows it: whether it is current yet, and the collections its asset is in. */
    async versionState(versionId: string): Promise<{ current: boolean; collectionIds: string[] } | null> {
      const data = await ask<{
        assetVersion: { current: boolean; asset: { collections: { id: string }[] } } | null;
      }>('query($id: ID!) { assetVersion(id: $id) { current asset { collections { id } } } }', { id: versionId });
      return data.assetVersion
        ? { current: data.assetVersion.current, collectionIds: data.assetVersion.asset.collections.map((c) => c.id) }
        : null;
    },
    /** Records a read in the audit trail (review's), as the web app's downloads are. */
    async recordRead(versionId: string, kind: DriveFile['kind']): Promise<void> {
      await ask('mutation($v: ID!, $a: ViewingAction!) { recordViewing(versionId: $v, action: $a) }', {
        v: versionId,
        a: kind === 'MASTER' ? 'DOWNLOAD_MASTER' : 'DOWNLOAD_PROXY',
      });
    },
  };
}

export type DriveClient = ReturnType<typeof createDriveClient>;

export const isUnavailable = (error: unknown) =>
  error instanceof DriveRefusal && error.status === httpStatusOf(ErrorCode.UNAVAILABLE);
