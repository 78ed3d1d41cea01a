import type { DataSource } from '@mam/db';
import type { BlobStorage } from '@mam/storage';
import { facesRepository, peopleRepository } from '../../repositories/people.repository';
import { rebuildPersonSegments } from './rebuild';

/**
 * Deletes every face, face image and person of a workspace, and every appearance search knows of;
 * returns how many faces were deleted. Face recognition itself stays as switched.
 */
export async function deleteFaceData(
  dataSource: DataSource,
  storage: BlobStorage,
  workspaceId: string,
): Promise<number> {
  const faces = await dataSource.transaction(async (manager) => {
    await peopleRepository.lockWorkspace(manager, workspaceId);
    const deleted = await facesRepository.deleteWorkspace(manager, workspaceId);
    await peopleRepository.deleteWorkspace(manager, workspaceId);
    await rebuildPersonSegments(
      manager,
      deleted.map((face) => face.version_id),
    );
    return deleted;
  });
  for (const face of faces) if (face.crop_key) await storage.delete(face.crop_key);
  return faces.length;
}
