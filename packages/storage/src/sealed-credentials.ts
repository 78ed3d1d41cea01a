import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

const keyOf = (secretKey: string) => createHash('sha256').update(secretKey, 'utf8').digest();

/**
 * Encrypts the credentials of a remote store (a delivery destination, an ingest source) with a
 * service's key: AES-256-GCM, a fresh IV each time.
 */
export function sealCredentials(secretKey: string, value: Record<string, string>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join('.');
}

/** Decrypts what sealCredentials made; throws, naming the key's variable, when the key is not the one it was sealed with. */
export function openCredentials(secretKey: string, sealed: string, keyName: string): Record<string, string> {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !data) throw new Error('stored credentials are not in a known form');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  try {
    return JSON.parse(
      Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8'),
    ) as Record<string, string>;
  } catch (error) {
    throw new Error(`stored credentials cannot be decrypted with ${keyName} (was the key changed?)`, { cause: error });
  }
}
