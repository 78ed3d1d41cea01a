import { JSONScalar } from '@mam/graphql';
import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { DeliveryResolvers } from './delivery';
import { DeliveryOutputResolvers } from './delivery-output';
import { DeliveryRuleResolvers } from './delivery-rule';
import { DestinationResolvers } from './destination';
import { MutationResolvers } from './mutation';
import { QueryResolvers } from './query';
import { SubscriptionResolvers } from './subscription';
import { TransferResolvers } from './transfer';

export const resolvers = {
  JSON: JSONScalar,
  Query: QueryResolvers,
  Mutation: MutationResolvers,
  Subscription: SubscriptionResolvers,
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  Delivery: DeliveryResolvers,
  DeliveryOutput: DeliveryOutputResolvers,
  DeliveryRule: DeliveryRuleResolvers,
  DeliveryProfile: { container: (profile: { spec: { container: string } }) => profile.spec.container },
  Destination: DestinationResolvers,
  Transfer: TransferResolvers,
};
