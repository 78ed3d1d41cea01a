import { canChangeAsset } from '@mam/asset-access';
import { conflict, isUuid, notFound, requireIdentity } from '@mam/graphql';
import type { ArchiveContext } from '../../context';
import { archiveJobs } from '../../repositories/archive-jobs.repository';
import { archiveVersions } from '../../repositories/archive-version.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { holdsRepository } from '../../repositories/holds.repository';
import { packagesRepository } from '../../repositories/packages.repository';

/**
 * Deletes an archive package's copies (admins only). Refused under legal hold, before the end
 * of the retention its policy gave it, and while it is the only place a version's master lives.
 * The package's record and the audit stay.
 */
export async function purgePackage(context: ArchiveContext, packageId: string): Promise<boolean> {
  const identity = requireIdentity(context);
  const { dataSource, deps } = context;
  const copies = isUuid(packageId) ? await packagesRepository.copiesOfPackage(dataSource, packageId) : [];
  const assetId = copies[0]?.asset_id;
  if (!assetId || !(await canChangeAsset(dataSource, context, assetId, 'admin')))
    throw notFound('No such archive package');
  await dataSource.transaction(async (manager) => {
    await archiveJobs.lockAsset(manager, assetId);
    const pkg = await packagesRepository.lockForPurge(manager, packageId);
    if (!pkg || pkg.purged_at) throw notFound('No such archive package');
    const hold = await holdsRepository.active(manager, assetId);
    if (hold) throw conflict(`The asset is under legal hold (${hold.reason}); its packages cannot be deleted`);
    if (pkg.retain_until && pkg.retain_until > new Date())
      throw conflict(`The package is retained until ${pkg.retain_until.toISOString()}`);
    const tiers = await archiveVersions.lockTiers(manager, assetId);
    for (const versionId of pkg.version_ids) {
      if (tiers.get(versionId) !== 'HOT' && !(await packagesRepository.otherHolder(manager, versionId, packageId)))
        throw conflict('The package holds the only copy of an archived master; restore it first');
    }
    await packagesRepository.markPurged(manager, packageId);
    await auditRepository.append(manager, {
      assetId,
      actor: identity.subject,
      action: 'package purged',
      detail: { packageId, locations: copies.map((c) => c.location) },
    });
  });
  for (const copy of copies) await deps.locations.find((l) => l.name === copy.location)?.deleteBag(copy.bag);
  return true;
}
