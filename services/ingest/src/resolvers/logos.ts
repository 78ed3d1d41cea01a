import { join } from 'node:path';
import { badInput, isUuid, memberRoleOf, notFound, requireIdentity, requireRole, requireWriter } from '@mam/graphql';
import type { IngestContext } from '../context';
import {
  createLogo as create,
  deleteLogo as remove,
  LogoInputError,
  type LogoInput,
} from '../domain/logos/create-logo';
import { logosRepository, type LogoRow } from '../repositories/logos.repository';

async function toLogos(rows: LogoRow[], context: IngestContext) {
  const images = await logosRepository.imagesOf(
    context.dataSource,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    wordmarks: row.wordmarks,
    imageCount: images.filter((image) => image.logo_id === row.id).length,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  }));
}

export const logoQueries = {
  async logos(_root: unknown, _args: unknown, context: IngestContext) {
    const identity = requireIdentity(context);
    requireRole(memberRoleOf(identity), 'viewer');
    return toLogos(await logosRepository.ofWorkspace(context.dataSource, identity.workspaceId), context);
  },
};

export const logoMutations = {
  async createLogo(_root: unknown, args: { input: LogoInput }, context: IngestContext) {
    const identity = requireWriter(context);
    try {
      const workDir = join(context.config.UPLOAD_DIR, '.work');
      const logo = await create(
        { dataSource: context.dataSource, storage: context.storage, workDir },
        identity.workspaceId,
        args.input,
        identity.subject,
      );
      return (await toLogos([logo], context))[0];
    } catch (error) {
      if (error instanceof LogoInputError) throw badInput(error.message, error.field);
      throw error;
    }
  },
  async deleteLogo(_root: unknown, args: { id: string }, context: IngestContext) {
    const identity = requireWriter(context);
    if (!isUuid(args.id) || !(await remove(context, identity.workspaceId, args.id)))
      throw notFound('No such logo', { id: args.id });
    return args.id;
  },
};
