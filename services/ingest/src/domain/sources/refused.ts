import { StorageRefusedError } from '@mam/storage';

/** The store refused (credentials, permissions): the whole scan stops, not just one file. */
export const isRefusedByStore = (error: unknown): boolean => error instanceof StorageRefusedError;
