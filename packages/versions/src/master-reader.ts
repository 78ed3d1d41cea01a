import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { createIdentitySigner, identityHeaders } from '@mam/graphql';
import type { AssetVersionFacts } from './asset-version';

/** Ingest would not serve the master: it changed or left its source (409), is not there (404), or its source cannot be reached (502). */
export class MasterUnavailableError extends Error {
  override name = 'MasterUnavailableError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface MasterReaderOptions {
  /** Ingest's address; its GraphQL URL will do (only the origin is used). */
  ingestUrl: string;
  gatewaySecret: string;
  /** The reading service, as it signs itself ('distribution', 'archive'). */
  service: string;
}

type VersionRef = Pick<AssetVersionFacts, 'versionId' | 'workspaceId'>;

/**
 * Reads any version's master from ingest, wherever the master lives (stored, or in place at a
 * storage source): ingest's master route, asked as this service's system identity of the
 * version's workspace, signed and bound to the request as the gateway does. Bytes are streamed,
 * never held whole.
 */
export function createMasterReader(options: MasterReaderOptions) {
  const sign = createIdentitySigner(options.gatewaySecret);
  async function open(version: VersionRef, signal?: AbortSignal): Promise<Readable> {
    const target = new URL(`/drive/versions/${version.versionId}/master`, options.ingestUrl);
    const token = await sign({ subject: options.service, workspaceId: version.workspaceId, roles: [], kind: 'system' });
    const response = await fetch(target, {
      headers: identityHeaders(token, options.gatewaySecret, { method: 'GET', path: target.pathname }),
      signal,
    });
    if (!response.ok || !response.body) {
      const reason = (await response.text().catch(() => '')).trim();
      throw new MasterUnavailableError(
        `ingest did not serve the master of version ${version.versionId}: ${reason || `HTTP ${response.status}`}`,
        response.status,
      );
    }
    return Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
  }
  return {
    open,
    /** Streams the master into a file (for tools that read a file, such as ffmpeg). */
    async copyTo(version: VersionRef, path: string, signal?: AbortSignal): Promise<void> {
      await pipeline(await open(version, signal), createWriteStream(path), { signal });
    },
  };
}

export type MasterReader = ReturnType<typeof createMasterReader>;
