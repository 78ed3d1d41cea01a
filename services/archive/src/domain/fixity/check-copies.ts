import { timestampNow } from '@bufbuild/protobuf/wkt';
import { FixityFailedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox } from '@mam/events';
import { hashStream } from '../../bag/stream-to-sinks';
import { fixityRepository } from '../../repositories/fixity.repository';
import { packagesRepository, type CopyRow, type PackageFile } from '../../repositories/packages.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { SYSTEM_ACTOR, type ArchiveDeps } from '../archive-deps';

interface Failure {
  file: PackageFile;
  problem: 'mismatch' | 'missing';
  actual: string;
  repairedFrom: string | null;
}

/**
 * One fixity run: claims the copies checked longest ago whose bytes fit the budget, re-hashes
 * every file of each against the manifest recorded at archive time, and records the check. A
 * file that is missing or does not match raises `fixity.failed`, and is repaired from another
 * copy whose file still matches; a copy that cannot be repaired is marked corrupt.
 */
export async function checkDueCopies(
  deps: ArchiveDeps,
  budgetBytes: number,
): Promise<{ checked: number; failed: number; repaired: number }> {
  const copies = await fixityRepository.claimDue(deps.dataSource, budgetBytes, 3600);
  const totals = { checked: 0, failed: 0, repaired: 0 };
  for (const copy of copies) {
    const result = await checkCopy(deps, copy);
    totals.checked++;
    if (result === 'failed') totals.failed++;
    if (result === 'repaired') totals.repaired++;
  }
  return totals;
}

async function checkCopy(deps: ArchiveDeps, copy: CopyRow): Promise<'ok' | 'repaired' | 'failed'> {
  const location = deps.locations.find((l) => l.name === copy.location);
  const files = await packagesRepository.files(deps.dataSource, copy.package_id);
  const failures: Failure[] = [];
  let bytes = 0;
  for (const file of files) {
    if (!location || !(await location.exists(copy.bag, file.path))) {
      failures.push({ file, problem: 'missing', actual: '', repairedFrom: null });
      continue;
    }
    const read = await hashStream(location.read(copy.bag, file.path));
    bytes += read.size;
    if (read.sha256 !== file.sha256)
      failures.push({ file, problem: 'mismatch', actual: read.sha256, repairedFrom: null });
  }
  if (location && failures.length) {
    const others = (await packagesRepository.copiesOfPackage(deps.dataSource, copy.package_id)).filter(
      (other) => other.id !== copy.id && other.status === 'good',
    );
    for (const failure of failures) {
      for (const other of others) {
        const source = deps.locations.find((l) => l.name === other.location);
        if (!source) continue;
        try {
          await location.replaceFile(
            copy.bag,
            failure.file.path,
            source.read(other.bag, failure.file.path),
            failure.file.sha256,
          );
          failure.repairedFrom = other.location;
          break;
        } catch (error) {
          deps.logger.warn(
            { err: error, copy: other.id, path: failure.file.path },
            'repair source did not serve a matching file',
          );
        }
      }
    }
  }
  const result = failures.length === 0 ? 'ok' : failures.every((f) => f.repairedFrom) ? 'repaired' : 'failed';
  const detail = failures.length
    ? failures
        .map(
          (f) =>
            `${f.file.path}: ${f.problem}${f.repairedFrom ? `, repaired from ${f.repairedFrom}` : ', not repaired'}`,
        )
        .join('; ')
    : null;
  await deps.dataSource.transaction(async (manager) => {
    await fixityRepository.record(manager, copy.id, { result, files: files.length, bytes, detail });
    if (!failures.length) return;
    await auditRepository.append(manager, {
      assetId: copy.asset_id,
      actor: 'archive',
      action: `fixity ${result}`,
      detail: { location: copy.location, packageId: copy.package_id, detail },
    });
    for (const failure of failures) {
      await appendToOutbox(manager, TOPICS.archiveAsset, {
        type: 'fixity.failed',
        aggregateId: copy.asset_id,
        actor: SYSTEM_ACTOR,
        schema: FixityFailedSchema,
        payload: {
          assetId: copy.asset_id,
          workspaceId: copy.workspace_id,
          packageId: copy.package_id,
          location: copy.location,
          path: failure.file.path,
          problem: failure.problem,
          expectedSha256: failure.file.sha256,
          actualSha256: failure.actual,
          repaired: failure.repairedFrom !== null,
          checkedAt: timestampNow(),
        },
      });
    }
  });
  return result;
}
