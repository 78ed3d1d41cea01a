import { createHash } from 'node:crypto';
import type { Client, ConnectConfig, SFTPWrapper } from 'ssh2';

export interface SftpSettings {
  host: string;
  port: number;
  username: string;
  path: string;
  /** SHA-256 fingerprint of the server's host key (base64, as after `SHA256:`); checked when given. */
  hostKeySha256?: string;
}

export interface SftpCredentials {
  password?: string;
  privateKey?: string;
  passphrase?: string;
}

/**
 * A remote store refused (a refused login, a wrong host key, no permission): trying again will
 * not help until someone fixes the settings or credentials.
 */
export class StorageRefusedError extends Error {
  override name = 'StorageRefusedError';
}

/**
 * Logs in to an SFTP server (password or private key), checking its host key when a fingerprint is given.
 * ssh2 loads on the first connection, not when a process starts (most processes never use SFTP).
 */
export async function connectSftp(
  settings: SftpSettings,
  credentials: SftpCredentials,
): Promise<{ client: Client; sftp: SFTPWrapper }> {
  const ssh2 = await import('ssh2');
  return new Promise((resolveConnection, reject) => {
    const client = new ssh2.Client();
    let hostKeyRefused = false;
    const config: ConnectConfig = {
      host: settings.host,
      port: settings.port,
      username: settings.username,
      readyTimeout: 15_000,
      ...(credentials.password
        ? { password: credentials.password }
        : { privateKey: credentials.privateKey, passphrase: credentials.passphrase }),
      ...(settings.hostKeySha256
        ? {
            hostVerifier: (key: Buffer) => {
              const fingerprint = createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
              hostKeyRefused = fingerprint !== settings.hostKeySha256!.replace(/^SHA256:/, '').replace(/=+$/, '');
              return !hostKeyRefused;
            },
          }
        : {}),
    };
    client.once('ready', () => {
      client.sftp((error, sftp) => {
        if (error) {
          client.end();
          reject(new StorageRefusedError(`the SFTP server refused the file transfer subsystem: ${error.message}`));
        } else resolveConnection({ client, sftp });
      });
    });
    client.once('error', (error: Error & { level?: string }) => {
      client.end();
      if (hostKeyRefused)
        reject(
          new StorageRefusedError(
            `the SFTP server's host key does not match the fingerprint ${settings.hostKeySha256}`,
          ),
        );
      else if (error.level === 'client-authentication')
        reject(new StorageRefusedError(`the SFTP server refused the login of ${settings.username}: ${error.message}`));
      else
        reject(
          new Error(`the SFTP server ${settings.host}:${settings.port} could not be reached: ${error.message}`, {
            cause: error,
          }),
        );
    });
    client.connect(config);
  });
}
