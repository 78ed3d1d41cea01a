import { createHash, createHmac } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uuidv7 } from '@mam/events';
import { DestinationRefusedError, remoteJoin, type DestinationConnection } from './destination-client';
import type { DownloadLinks } from './download-links';

export interface WebhookSettings {
  url: string;
}

/** What a notice says the output is of. */
export interface OutputAbout {
  deliveryId: string;
  assetId: string;
  versionId: string;
  profileId: string;
  profileName: string;
}

export interface WebhookOptions {
  downloadDir: string;
  links: DownloadLinks;
  timeoutMs: number;
  about?: OutputAbout;
}

/** The header carrying `sha256=<hex HMAC-SHA256 of the body with the destination's signing secret>`. */
export const SIGNATURE_HEADER = 'x-mam-signature';

export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** Statuses worth another try: the endpoint is busy or down for a while; any other 4xx or 5xx is its answer. */
const PASSING = new Set([408, 425, 429, 502, 503, 504]);

/** Writes a file's bytes, hashing and counting them on the way (streamed, never held whole). */
async function stageFile(body: Readable, target: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  await pipeline(
    body,
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    }),
    createWriteStream(partial),
  );
  await rename(partial, target);
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * An HTTP endpoint: each output's files are staged here for download, then one JSON notice is
 * POSTed listing each file with a short-lived signed download URL, the body signed with the
 * destination's secret. An endpoint that answers 4xx or 5xx refuses (a busy or unavailable one,
 * 408/429/502/503/504, or one that cannot be reached, is tried again).
 */
export function openWebhookDestination(
  settings: WebhookSettings,
  secret: Record<string, string>,
  options: WebhookOptions,
): DestinationConnection {
  const batch = uuidv7();
  const staged: { name: string; key: string; bytes: number; sha256: string }[] = [];
  let sent = false;
  return {
    async put(body, remotePath) {
      const key = remoteJoin(batch, remotePath);
      const { sha256, bytes } = await stageFile(body, join(options.downloadDir, key));
      staged.push({ name: remoteJoin(remotePath), key, bytes, sha256 });
    },
    async finish() {
      const files = staged.map((file) => {
        const link = options.links.sign(file.key);
        return {
          name: file.name.split('/').pop(),
          bytes: file.bytes,
          sha256: file.sha256,
          url: link.url,
          expiresAt: link.expiresAt.toISOString(),
        };
      });
      const body = JSON.stringify({
        type: 'delivery.output-delivered',
        sentAt: new Date().toISOString(),
        ...options.about,
        outputs: [{ profileId: options.about?.profileId, profileName: options.about?.profileName, files }],
      });
      let answer: Response;
      try {
        answer = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signBody(secret.signingSecret ?? '', body),
            'x-mam-delivery': options.about?.deliveryId ?? '',
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new Error(
          `the endpoint ${new URL(settings.url).origin} could not be reached: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
          { cause: error },
        );
      }
      const excerpt = (await answer.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ').trim();
      if (answer.status >= 200 && answer.status < 300) {
        sent = true;
        return;
      }
      const reason = `the endpoint answered ${answer.status} ${answer.statusText}${excerpt ? `: ${excerpt}` : ''}`;
      if (PASSING.has(answer.status)) throw new Error(reason);
      throw new DestinationRefusedError(reason);
    },
    locate: () => settings.url,
    async close() {
      // A notice not taken leaves nothing to download.
      if (!sent) await rm(join(options.downloadDir, batch), { recursive: true, force: true });
    },
  };
}
