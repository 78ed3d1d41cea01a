import { uuidv7 } from '@mam/events';
import { badInput, conflict, requireAdmin } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { destinationsRepository, type DestinationKind } from '../../repositories/destinations.repository';
import { cleanName } from '../clean-name';
import { sealSecret } from './destination-secrets';
import { parseDestination, parseRightsTarget } from './destination-settings';
import { destinationView, type DestinationView } from './list-destinations';

/** Saves a destination; its credentials are encrypted with the service's key and never shown again. Admins only. */
export async function createDestination(
  context: DistributionContext,
  input: {
    name: string;
    kind: DestinationKind;
    settings: unknown;
    credentials?: unknown;
    territory?: string | null;
    channel?: string | null;
  },
): Promise<DestinationView> {
  const identity = requireAdmin(context);
  const name = cleanName(input.name);
  const { settings, credentials } = parseDestination(input.kind, input.settings, input.credentials);
  const { territory, channel } = parseRightsTarget(input);
  if (credentials && !context.config.DESTINATION_SECRET_KEY)
    throw badInput(
      'Destination credentials cannot be stored: the service has no DESTINATION_SECRET_KEY',
      'credentials',
    );
  if (input.kind === 'webhook' && !context.config.DOWNLOAD_SIGNING_SECRET)
    throw badInput('Webhook destinations need download URLs: the service has no DOWNLOAD_SIGNING_SECRET', 'kind');
  const row = await destinationsRepository.insert(context.dataSource, {
    id: uuidv7(),
    workspace_id: identity.workspaceId,
    name,
    kind: input.kind,
    settings,
    sealed_secret: credentials ? sealSecret(context.config.DESTINATION_SECRET_KEY, credentials) : null,
    territory,
    channel,
  });
  if (!row) throw conflict(`A destination named ${name} exists already`);
  return destinationView(row);
}
