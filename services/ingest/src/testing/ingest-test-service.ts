import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createInProcessBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { testInfrastructure, testSecret, uniqueName } from '@mam/testkit';
import { ingestConfigShape } from '../config';
import { beginUpload } from '../domain/begin-upload';
import { receiveUpload } from '../domain/receive-upload';
import { createIngestService } from '../service';

const editor = { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor' as const], kind: 'user' as const };

/**
 * An embedded ingest service (the in-process bus) for one integration test file, with a database
 * and a data directory of its own: started before the tests, stopped and removed after them.
 * `settings` adds to its configuration, given the data directory (e.g. engine paths that do not exist).
 */
export function ingestTestService(label: string, settings: (dataDir: string) => Record<string, string> = () => ({})) {
  const dataDir = mkdtempSync(join(tmpdir(), `mam-${label}-`));
  const databaseUrl = `${testInfrastructure().databaseUrlBase}/${uniqueName(label)}_ingest`;
  const config = parseConfig(ingestConfigShape, {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_SECRET: testSecret(),
    MEDIA_SIGNING_SECRET: testSecret(),
    STORAGE_DIR: join(dataDir, 'storage'),
    UPLOAD_DIR: join(dataDir, 'uploads'),
    LOG_LEVEL: 'silent',
    ...settings(dataDir),
  });
  const service = createIngestService(config, { bus: createInProcessBus(), logger: createLogger('ingest', 'silent') });

  beforeAll(() => service.start(), 60_000);
  afterAll(async () => {
    await service.stop();
    await dropDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Uploads a file (moved, not copied) as an editor, as the last request of an upload does: its `ingest` job is queued. */
  const upload = async (file: string, filename: string) => {
    const uploadId = `upload-${Date.now()}`;
    const accepted = await beginUpload(service.dataSource, editor, 'mutation', uploadId, { filename });
    const size = statSync(file).size;
    renameSync(file, join(config.UPLOAD_DIR, uploadId));
    await receiveUpload(service.dataSource, uploadId, size);
    return accepted;
  };

  return { service, dataDir, config, upload };
}
