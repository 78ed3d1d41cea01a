import type { DistributionContext } from '../context';
import { destinationsByIds } from '../domain/read-references';
import type { TransferRecord } from '../repositories/deliveries.repository';

export const TransferResolvers = {
  destination: async (transfer: TransferRecord, _args: unknown, context: DistributionContext) =>
    (await destinationsByIds(context, [transfer.destinationId]))[0] ?? null,
};
