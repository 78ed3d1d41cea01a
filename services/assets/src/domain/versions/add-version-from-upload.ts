import { timestampDate } from '@bufbuild/protobuf/wkt';
import { AssetVersionCreatedSchema, TOPICS, type UploadCompleted } from '@mam/proto';
import { appendToOutbox, PermanentEventError, type DecodedEvent, type EventActor } from '@mam/events';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { AssetVersion } from '../../entities/asset-version.entity';
import type { Asset } from '../../entities/asset.entity';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { lockAgainst } from '../assets/asset-lock';
import { assetTypeOfUpload } from '../assets/asset-types';
import { saveAssetChange } from '../assets/change-asset';
import { insertAsset, newAsset, TITLE_MAX } from '../assets/create-asset';
import { fileIntoCollectionFromUpload } from '../collections/file-into-collection-from-upload';
import { fieldChange, recordHistory } from '../assets/record-history';

export interface AddedVersion {
  asset: Asset;
  version: AssetVersion;
  /** False when the version was held back because someone else has the asset checked out. */
  current: boolean;
}

function checkUpload(upload: UploadCompleted): void {
  const problems = [
    !isUuid(upload.assetId) && 'asset_id is not a UUID',
    !isUuid(upload.versionId) && 'version_id is not a UUID',
    !upload.workspaceId && 'workspace_id is empty',
    !upload.uploadedBy && 'uploaded_by is empty',
    !upload.filename.trim() && 'filename is empty',
    !/^[0-9a-f]{64}$/.test(upload.sha256) && 'sha256 is not 64 lowercase hex digits',
    upload.size < 0n && 'size is negative',
  ].filter(Boolean);
  if (problems.length > 0)
    throw new PermanentEventError(`upload ${upload.uploadId} cannot become a version: ${problems.join('; ')}`);
}

/**
 * Records a completed upload as a new version, in the consumer's inbox transaction.
 *
 * - `new_asset`: creates the asset under the id ingest chose (title: the given one, else the
 *   file name; type from the probed media kind, else the detected MIME type) with this file as version 1, emitting
 *   `asset.created` then `asset.version-created`; with a `collection_id`, files it into that
 *   manual collection of the same workspace (else its history notes that it was not filed).
 * - otherwise: adds version N+1 and makes it current, emitting `asset.version-created`.
 *
 * Ingest refuses uploads to an asset someone else has checked out, but a lock can be taken while
 * a file is in flight. Then the file is still kept, so no upload is lost: the version is
 * recorded as not current, history says `VERSION_HELD`, and the event says `current: false`;
 * the lock holder (or anyone, once the lock is gone) can promote it.
 *
 * A version id seen before changes nothing, so a replay from another event id is harmless too.
 */
export async function addVersionFromUpload(
  manager: EntityManager,
  upload: UploadCompleted,
  event: DecodedEvent,
): Promise<AddedVersion | null> {
  checkUpload(upload);
  const seen = await assetWriteRepository.findVersion(manager, upload.versionId);
  if (seen) {
    if (seen.assetId !== upload.assetId)
      throw new PermanentEventError(`version ${upload.versionId} already belongs to another asset`);
    return null;
  }
  const now = new Date();
  const completedAt = upload.completedAt ? timestampDate(upload.completedAt) : event.occurredAt;
  const actor: EventActor = { ...event.actor, subject: upload.uploadedBy, workspaceId: upload.workspaceId };
  const filename = upload.filename.trim();

  let asset = await assetWriteRepository.lock(manager, upload.assetId);
  if (asset && asset.workspaceId !== upload.workspaceId)
    throw new PermanentEventError(`asset ${upload.assetId} belongs to another workspace`);
  if (!asset && !upload.newAsset) throw new PermanentEventError(`asset ${upload.assetId} does not exist`);
  const created = !asset;
  if (!asset) {
    asset = newAsset({
      id: upload.assetId,
      workspaceId: upload.workspaceId,
      title: (upload.title.trim() || filename).slice(0, TITLE_MAX),
      description: null,
      type: assetTypeOfUpload(upload),
      createdBy: upload.uploadedBy,
      createdAt: completedAt,
    });
    await insertAsset(manager, asset, actor);
  }

  const last = await assetWriteRepository.lastVersionNumber(manager, asset.id);
  const version: AssetVersion = {
    id: upload.versionId,
    assetId: asset.id,
    number: last + 1,
    createdBy: upload.uploadedBy,
    createdAt: completedAt,
    filename,
    sha256: upload.sha256,
    size: Number(upload.size),
    mimeType: upload.mimeType || null,
    note: upload.note.trim() || null,
    uploadId: upload.uploadId || null,
  };
  await assetWriteRepository.insertVersion(manager, version);

  const lock = lockAgainst(asset, upload.uploadedBy, now);
  const previous = asset.currentVersionId
    ? await assetWriteRepository.findVersion(manager, asset.currentVersionId)
    : null;
  if (created) {
    await assetWriteRepository.setFirstVersion(manager, asset.id, version.id);
    asset = { ...asset, currentVersionId: version.id };
  } else {
    asset = await saveAssetChange(
      manager,
      asset,
      lock ? {} : { currentVersionId: version.id },
      upload.uploadedBy,
      now,
      { ignoreLock: true },
    );
  }
  await recordHistory(manager, asset, {
    action: lock ? 'VERSION_HELD' : 'VERSION_ADDED',
    actor: upload.uploadedBy,
    at: completedAt,
    versionId: version.id,
    changes: [
      ...fieldChange('version', null, String(version.number)),
      ...fieldChange('filename', null, filename),
      ...(lock
        ? fieldChange('heldBy', null, `${lock.holder} until ${lock.expiresAt.toISOString()}`)
        : fieldChange('currentVersion', previous && String(previous.number), String(version.number))),
    ],
  });
  if (created && upload.collectionId.trim())
    await fileIntoCollectionFromUpload(manager, asset, upload.collectionId, upload.uploadedBy, completedAt);
  await appendToOutbox(manager, TOPICS.assetsAsset, {
    type: 'asset.version-created',
    aggregateId: asset.id,
    actor,
    schema: AssetVersionCreatedSchema,
    payload: {
      assetId: asset.id,
      versionId: version.id,
      number: version.number,
      workspaceId: asset.workspaceId,
      filename,
      sha256: version.sha256,
      size: BigInt(version.size),
      createdBy: version.createdBy,
      current: !lock,
      masterKey: upload.masterKey,
    },
  });
  return { asset, version, current: !lock };
}
