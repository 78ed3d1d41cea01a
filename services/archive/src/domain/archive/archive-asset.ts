import { create } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { Readable } from 'node:stream';
import { AssetArchivedSchema, ArchiveCopyRefSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, uuidv7 } from '@mam/events';
import type { JobRunContext } from '@mam/jobs';
import { versionProjection } from '@mam/versions';
import { payloadFileName } from '../../bag/bagit-files';
import { archiveAssets } from '../../repositories/archive-assets.repository';
import type { ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { archiveVersions } from '../../repositories/archive-version.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { packagesRepository } from '../../repositories/packages.repository';
import type { ArchiveLocation } from '../../locations/archive-location';
import { copyLocations } from '../../locations/copy-locations';
import { PermanentArchiveError, SYSTEM_ACTOR, type ArchiveDeps } from '../archive-deps';
import { assetFacts } from '../../repositories/asset-facts.repository';
import {
  assetSidecar,
  commentsSidecar,
  decisionsSidecar,
  deliveriesSidecar,
  premisEvents,
  type ArchivedVersion,
} from './package-metadata';
import { writeBag, type PayloadSource } from './write-bag';

export interface ArchiveOutput {
  packageId: string;
  bag: string;
  locations: string[];
  payloadBytes: number;
}

/** A package's bag name in every location: the asset, then the package (the job that wrote it, so a retry rewrites the same bag). */
export const bagName = (assetId: string, packageId: string) => `${assetId}/${packageId}`;

const text = (path: string, body: string): PayloadSource => ({
  path,
  open: () => Readable.from([Buffer.from(body, 'utf8')]),
  size: Buffer.byteLength(body),
});

/**
 * Archives the chosen versions of an asset: one bag streamed to the first `copies` locations
 * (masters read once from the online tier, checked against their recorded sha256 while they
 * stream, plus metadata sidecars and a PREMIS-style event log), every copy read back, then the
 * package, its files and its copies recorded with `asset.archived` in one transaction. Only then
 * do the masters leave the online tier; masters ingested in place are read at their storage source
 * through ingest and never removed from it (the source is the studio's own storage). A retry after a crash in between finds the package
 * recorded and only removes the masters.
 */
export async function archiveAsset(deps: ArchiveDeps, job: ArchiveJobRow, run: JobRunContext): Promise<ArchiveOutput> {
  const { dataSource } = deps;
  const packageId = job.id;
  const bag = bagName(job.asset_id, packageId);
  let locations: ArchiveLocation[];
  try {
    locations = copyLocations(deps.locations, deps.copies, job.payload.locations);
  } catch (error) {
    throw new PermanentArchiveError((error as Error).message);
  }
  if (!job.payload.locations?.length && locations.length < deps.copies)
    throw new PermanentArchiveError(
      `${deps.copies} copies are needed but only ${deps.locations.length} archive locations are configured`,
    );
  const versionIds = job.payload.versionIds ?? [];
  const versions = (await versionProjection.listForAsset(dataSource, job.asset_id)).filter((version) =>
    versionIds.includes(version.versionId),
  );

  let payloadBytes = versions.reduce((sum, version) => sum + (version.size ?? 0), 0);
  if (!(await packagesRepository.exists(dataSource, packageId))) {
    const asset = await archiveAssets.find(dataSource, job.asset_id);
    if (!asset) throw new PermanentArchiveError('the asset is not known to archive');
    for (const location of locations) await location.assertWritable(payloadBytes);
    const archivedAt = new Date();
    const archived: ArchivedVersion[] = versions.map((version) => ({
      version,
      path: `data/v${version.number}/${payloadFileName(version.filename, 'master')}`,
    }));
    const masters: PayloadSource[] = archived.map(({ version, path }) => {
      if (!version.sha256) throw new PermanentArchiveError(`version ${version.number} has no recorded master`);
      const key = version.masterKey;
      // A master ingested in place is read at its source, through ingest; it stays there afterwards.
      const open = key ? () => deps.online.read(key) : () => deps.masters.open(version, run.signal);
      return { path, open, sha256: version.sha256, size: version.size ?? 0 };
    });
    const audit = await auditRepository.ofAsset(dataSource, job.asset_id);
    const lifeEvents = await assetFacts.lifeEvents(dataSource, job.asset_id);
    const comments = await assetFacts.comments(dataSource, job.asset_id);
    const deliveries = await assetFacts.deliveries(dataSource, job.asset_id);
    const descriptive = (await assetFacts.descriptive(dataSource, job.asset_id)) ?? {
      description: '',
      tags: [],
      metadata: {},
    };
    const sidecars = [
      text(
        'data/metadata/asset.json',
        assetSidecar({
          assetId: job.asset_id,
          workspaceId: asset.workspace_id ?? '',
          title: asset.title,
          collectionIds: asset.collection_ids,
          descriptive,
          packageId,
          archivedAt,
          versions: archived,
        }),
      ),
      text('data/metadata/decisions.json', decisionsSidecar(lifeEvents)),
      text('data/metadata/comments.json', commentsSidecar(comments)),
      text('data/metadata/deliveries.json', deliveriesSidecar(deliveries)),
      text(
        'data/metadata/premis-events.json',
        premisEvents({
          assetId: job.asset_id,
          packageId,
          archivedAt,
          versions: archived,
          lifeEvents,
          comments,
          deliveries,
          audit,
          locations: locations.map((l) => l.name),
          actor: job.payload.requestedBy ?? 'archive',
        }),
      ),
    ];
    const info = {
      sourceOrganization: asset.workspace_id ?? '',
      externalIdentifier: job.asset_id,
      externalDescription: asset.title ?? '',
      baggingDate: archivedAt,
      extra: [
        ['Title', asset.title ?? ''],
        ['Archive-Package', packageId],
        ['Versions', archived.map((a) => String(a.version.number)).join(' ')],
      ] as [string, string][],
    };
    const written = await writeBag(locations, bag, [...masters, ...sidecars], info, run);
    payloadBytes = written.payload.reduce((sum, file) => sum + file.size, 0);
    const versionOf = new Map(archived.map((a) => [a.path, a.version.versionId]));
    await dataSource.transaction(async (manager) => {
      await packagesRepository.insert(manager, {
        id: packageId,
        assetId: job.asset_id,
        workspaceId: asset.workspace_id ?? '',
        versionIds: versions.map((v) => v.versionId),
        payloadBytes,
        createdBy: job.payload.requestedBy ?? 'archive',
        policyId: job.payload.policyId ?? null,
        retentionDays: job.payload.retentionDays ?? null,
        files: [...written.payload, ...written.tags].map((file) => ({
          ...file,
          versionId: versionOf.get(file.path) ?? null,
        })),
        copies: locations.map((location) => ({ id: uuidv7(), location: location.name, bag })),
      });
      await archiveVersions.setTier(
        manager,
        versions.map((v) => v.versionId),
        'COLD',
      );
      await archiveAssets.settleTier(manager, job.asset_id);
      await auditRepository.append(manager, {
        assetId: job.asset_id,
        actor: job.payload.requestedBy ?? 'archive',
        action: 'archived',
        detail: {
          packageId,
          versions: versions.map((v) => v.number),
          locations: locations.map((l) => l.name),
          payloadBytes,
        },
      });
      await appendToOutbox(manager, TOPICS.archiveAsset, {
        type: 'asset.archived',
        aggregateId: job.asset_id,
        actor: SYSTEM_ACTOR,
        schema: AssetArchivedSchema,
        payload: {
          assetId: job.asset_id,
          workspaceId: asset.workspace_id ?? '',
          packageId,
          versionIds: versions.map((v) => v.versionId),
          copies: locations.map((location) => create(ArchiveCopyRefSchema, { location: location.name, bag })),
          payloadBytes: BigInt(payloadBytes),
          archivedAt: timestampNow(),
        },
      });
    });
  }
  // Verified copies are recorded: the masters leave the online tier (proxies, posters and metadata stay).
  for (const version of versions) {
    if (version.masterKey && (await archiveVersions.storageTier(dataSource, version.versionId)) === 'COLD')
      await deps.online.delete(version.masterKey);
  }
  run.progress(1);
  return { packageId, bag, locations: locations.map((l) => l.name), payloadBytes };
}
