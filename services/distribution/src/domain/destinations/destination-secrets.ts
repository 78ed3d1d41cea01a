import { openCredentials, sealCredentials } from '@mam/storage';

/** Encrypts a destination's credentials (AES-256-GCM, a fresh IV each time) with the service's key. */
export const sealSecret = sealCredentials;

/** Decrypts what sealSecret made; throws when the key is not the one it was sealed with. */
export const openSecret = (secretKey: string, sealed: string): Record<string, string> =>
  openCredentials(secretKey, sealed, 'DESTINATION_SECRET_KEY');
