import { uuidv7 } from '@mam/events';
import { badInput, conflict, requireAdmin } from '@mam/graphql';
import { sealCredentials } from '@mam/storage';
import type { IngestContext } from '../../context';
import {
  storageSourcesRepository,
  type SourceKind,
  type SourceMode,
} from '../../repositories/storage-sources.repository';
import { parseSourceSettings } from './source-settings';
import { storageSourceView, type StorageSourceView } from './storage-source-view';

export interface StorageSourceInput {
  name: string;
  kind: SourceKind;
  settings: unknown;
  credentials?: unknown;
  mode?: SourceMode;
  scheduleMinutes?: number | null;
  watch?: boolean;
}

/**
 * Registers a source of the caller's workspace and asks for its first scan. Its credentials are
 * encrypted with the service's key and never shown again. Admins only.
 */
export async function createStorageSource(
  context: IngestContext,
  input: StorageSourceInput,
): Promise<StorageSourceView> {
  const identity = requireAdmin(context);
  const name = input.name?.trim();
  if (!name || name.length > 100) throw badInput('A source needs a name of 1 to 100 characters', 'name');
  const { settings, credentials } = parseSourceSettings(
    input.kind,
    input.settings,
    input.credentials,
    context.config.LOCAL_SOURCE_ROOT,
  );
  if (credentials && !context.config.SOURCE_SECRET_KEY)
    throw badInput('Source credentials cannot be stored: the service has no SOURCE_SECRET_KEY', 'credentials');
  const schedule = input.scheduleMinutes ?? null;
  if (schedule !== null && (!Number.isInteger(schedule) || schedule < 1 || schedule > 10_080))
    throw badInput('scheduleMinutes: a whole number of minutes from 1 to 10080 (a week)', 'scheduleMinutes');
  if (input.watch && input.kind !== 'local')
    throw badInput('Only local and NAS folders can be watched; give SFTP and S3 sources a schedule', 'watch');
  const row = await storageSourcesRepository.insert(context.dataSource, {
    id: uuidv7(),
    workspace_id: identity.workspaceId,
    name,
    kind: input.kind,
    settings,
    sealed_secret: credentials ? sealCredentials(context.config.SOURCE_SECRET_KEY, credentials) : null,
    mode: input.mode ?? 'in-place',
    schedule_minutes: schedule,
    watch: input.watch ?? false,
    created_by: identity.subject,
  });
  if (!row) throw conflict(`A source named ${name} exists already`);
  return storageSourceView(row);
}
