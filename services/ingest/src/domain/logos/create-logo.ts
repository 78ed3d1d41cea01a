import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { readStill } from '@mam/media';
import { storageKeys, type BlobStorage } from '@mam/storage';
import { logosRepository, type LogoImageRow, type LogoRow } from '../../repositories/logos.repository';

export const LOGO_LIMITS = { name: 100, wordmarks: 10, wordmark: 100, images: 5, imageBytes: 5 * 1024 * 1024 };

/** Why a logo cannot be added; said as bad input on `field`. */
export class LogoInputError extends Error {
  override name = 'LogoInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export interface LogoInput {
  name: string;
  wordmarks?: string[] | null;
  images?: { filename: string; contentBase64: string }[] | null;
}

const FORMATS: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * Adds a logo to a workspace's library: a name, the texts that spell it, reference images
 * (PNG, JPEG or WebP, each checked by decoding). It needs a wordmark or an image to be found by.
 */
export async function createLogo(
  deps: { dataSource: DataSource; storage: BlobStorage; workDir: string },
  workspaceId: string,
  input: LogoInput,
  by: string,
): Promise<LogoRow> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new LogoInputError('A logo needs a name', 'name');
  if (name.length > LOGO_LIMITS.name)
    throw new LogoInputError(`A name is at most ${LOGO_LIMITS.name} characters`, 'name');
  const wordmarks = [...new Set((input.wordmarks ?? []).map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean))];
  if (wordmarks.length > LOGO_LIMITS.wordmarks)
    throw new LogoInputError(`At most ${LOGO_LIMITS.wordmarks} wordmarks`, 'wordmarks');
  if (wordmarks.some((w) => w.length > LOGO_LIMITS.wordmark))
    throw new LogoInputError(`A wordmark is at most ${LOGO_LIMITS.wordmark} characters`, 'wordmarks');
  const images = input.images ?? [];
  if (images.length > LOGO_LIMITS.images) throw new LogoInputError(`At most ${LOGO_LIMITS.images} images`, 'images');
  if (wordmarks.length === 0 && images.length === 0)
    throw new LogoInputError('A logo needs a wordmark or a reference image to be found by', 'images');
  if (await logosRepository.named(deps.dataSource, workspaceId, name))
    throw new LogoInputError(`The library already has a logo named "${name}"`, 'name');

  const logoId = uuidv7();
  const dir = join(deps.workDir, `logo-${logoId}`);
  await mkdir(dir, { recursive: true });
  const stored: LogoImageRow[] = [];
  try {
    for (const [i, image] of images.entries()) {
      const bytes = Buffer.from(image.contentBase64, 'base64');
      if (bytes.length === 0) throw new LogoInputError(`${image.filename} is empty or not base64`, 'images');
      if (bytes.length > LOGO_LIMITS.imageBytes)
        throw new LogoInputError(
          `${image.filename} is larger than ${LOGO_LIMITS.imageBytes / 1024 / 1024} MiB`,
          'images',
        );
      let still;
      try {
        still = await readStill(bytes);
      } catch (error) {
        throw new LogoInputError(`${image.filename} is ${(error as Error).message}`, 'images');
      }
      const contentType = FORMATS[still.format];
      if (!contentType)
        throw new LogoInputError(`${image.filename} is ${still.format}: use PNG, JPEG or WebP`, 'images');
      const id = uuidv7();
      const file = join(dir, `${i}`);
      await writeFile(file, bytes);
      const key = storageKeys.logoImage(workspaceId, logoId, id);
      await deps.storage.importFile(key, file);
      stored.push({
        id,
        logo_id: logoId,
        storage_key: key,
        content_type: contentType,
        width: still.width,
        height: still.height,
        byte_size: bytes.length,
      });
    }
    const logo = { id: logoId, workspace_id: workspaceId, name, wordmarks, created_by: by };
    await logosRepository.insert(deps.dataSource, logo, stored);
    return (await logosRepository.find(deps.dataSource, logoId))!;
  } catch (error) {
    for (const image of stored) await deps.storage.delete(image.storage_key);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes a logo and its reference images; false when the workspace has no such logo. */
export async function deleteLogo(
  deps: { dataSource: DataSource; storage: BlobStorage },
  workspaceId: string,
  logoId: string,
): Promise<boolean> {
  const logo = await logosRepository.find(deps.dataSource, logoId);
  if (!logo || logo.workspace_id !== workspaceId) return false;
  const images = await logosRepository.imagesOf(deps.dataSource, [logoId]);
  await logosRepository.delete(deps.dataSource, logoId);
  for (const image of images) await deps.storage.delete(image.storage_key);
  return true;
}
