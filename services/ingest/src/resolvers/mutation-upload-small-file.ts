import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { badInput, requireIdentity } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { IngestContext } from '../context';
import { beginUpload, type UploadRequest } from '../domain/begin-upload';
import { receiveUpload } from '../domain/receive-upload';
import { SMALL_FILE_MAX_BYTES, smallFileTooLarge } from '../domain/small-file-limit';

/** Small files in one GraphQL call; they enter the same pipeline as tus uploads. */
export async function uploadSmallFile(
  _root: unknown,
  args: { input: UploadRequest & { contentBase64: string } },
  context: IngestContext,
) {
  const identity = requireIdentity(context);
  const { contentBase64, ...request } = args.input;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw badInput('contentBase64 is not base64', 'contentBase64');
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > SMALL_FILE_MAX_BYTES) throw badInput(smallFileTooLarge(bytes.length), 'contentBase64');
  const uploadId = uuidv7();
  const accepted = await beginUpload(context.dataSource, identity, 'mutation', uploadId, request);
  await writeFile(join(context.config.UPLOAD_DIR, uploadId), bytes);
  await receiveUpload(context.dataSource, uploadId, bytes.length);
  return accepted;
}
