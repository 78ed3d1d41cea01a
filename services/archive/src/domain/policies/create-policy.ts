import { badInput, conflict, forbidden, isUuid, requireIdentity } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { ArchiveContext } from '../../context';
import { auditRepository } from '../../repositories/audit.repository';
import { policiesRepository, type PolicyRow } from '../../repositories/policies.repository';

export interface PolicyInput {
  name: string;
  collectionId?: string | null;
  olderThanDays?: number | null;
  retentionDays?: number | null;
  /** The archive locations its copies go to, by name (absent: the first ARCHIVE_COPIES configured). */
  locations?: string[] | null;
  /** Archive once this metadata field (a workspace field's key, or rights_licence, rights_expires, …) has `metadataValue`. */
  metadataField?: string | null;
  metadataValue?: unknown;
  daysAfterDelivery?: number | null;
  /** Run by itself every this many minutes (otherwise only when run by hand). */
  everyMinutes?: number | null;
}

/** A named archive policy of the workspace (admins): what it selects and how long its packages are retained. */
export async function createPolicy(context: ArchiveContext, input: PolicyInput): Promise<PolicyRow> {
  const identity = requireIdentity(context);
  if (!identity.roles.includes('admin')) throw forbidden('Archive policies are made by workspace admins');
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('A policy needs a name of 1 to 200 characters', 'name');
  if (input.collectionId && !isUuid(input.collectionId)) throw badInput('Not a collection id', 'collectionId');
  for (const field of ['olderThanDays', 'retentionDays', 'daysAfterDelivery'] as const) {
    const value = input[field];
    if (value != null && (!Number.isInteger(value) || value < 0 || value > 36500))
      throw badInput(`${field} must be a whole number of days from 0 to 36500`, field);
  }
  const everyMinutes = input.everyMinutes ?? null;
  if (everyMinutes !== null && (!Number.isInteger(everyMinutes) || everyMinutes < 1 || everyMinutes > 525600))
    throw badInput('everyMinutes must be a whole number of minutes from 1 to 525600', 'everyMinutes');
  const locations = input.locations?.length ? [...new Set(input.locations.map((name) => name.trim()))] : null;
  if (locations) {
    const configured = context.deps.locations.map((location) => location.name);
    const unknown = locations.filter((name) => !configured.includes(name));
    if (unknown.length)
      throw badInput(
        `No such archive location: ${unknown.join(', ')} (configured: ${configured.join(', ') || 'none'})`,
        'locations',
      );
  }
  const metadataField = input.metadataField?.trim() || null;
  if (metadataField !== null && !/^[a-z][a-z0-9_]{0,62}$/.test(metadataField))
    throw badInput('metadataField must be a field key (lower-case letters, digits, underscores)', 'metadataField');
  if ((metadataField === null) !== (input.metadataValue === undefined || input.metadataValue === null))
    throw badInput('A metadata trigger needs both metadataField and metadataValue', 'metadataValue');
  if (!input.collectionId && input.olderThanDays == null && metadataField === null && input.daysAfterDelivery == null)
    throw badInput(
      'A policy selects by a collection, an age, a metadata value, days after delivery, or several',
      'collectionId',
    );
  return context.dataSource.transaction(async (manager) => {
    const policy = await policiesRepository.insert(manager, {
      id: uuidv7(),
      workspaceId: identity.workspaceId,
      name,
      collectionId: input.collectionId ?? null,
      olderThanDays: input.olderThanDays ?? null,
      retentionDays: input.retentionDays ?? null,
      locations,
      metadataField,
      metadataValue: metadataField === null ? null : input.metadataValue,
      daysAfterDelivery: input.daysAfterDelivery ?? null,
      everyMinutes,
      createdBy: identity.subject,
    });
    if (!policy) throw conflict(`A policy named ${name} exists already`);
    await auditRepository.append(manager, {
      assetId: null,
      actor: identity.subject,
      action: 'policy created',
      detail: { policyId: policy.id, name },
    });
    return policy;
  });
}

export function listPolicies(context: ArchiveContext): Promise<PolicyRow[]> {
  return policiesRepository.list(context.dataSource, requireIdentity(context).workspaceId);
}
