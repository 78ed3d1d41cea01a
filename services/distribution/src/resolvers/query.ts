import type { DistributionContext } from '../context';
import { readDelivery, recentDeliveries } from '../domain/deliveries/read-deliveries';
import { listDestinations } from '../domain/destinations/list-destinations';
import { listProfiles } from '../domain/profiles/list-profiles';
import { listRules } from '../domain/rules/list-rules';

export const QueryResolvers = {
  deliveryProfiles: (_: unknown, _args: unknown, context: DistributionContext) => listProfiles(context),
  destinations: (_: unknown, _args: unknown, context: DistributionContext) => listDestinations(context),
  deliveryRules: (_: unknown, _args: unknown, context: DistributionContext) => listRules(context),
  delivery: (_: unknown, args: { id: string }, context: DistributionContext) => readDelivery(context, args.id),
  deliveries: (_: unknown, args: { first: number }, context: DistributionContext) =>
    recentDeliveries(context, args.first),
};
