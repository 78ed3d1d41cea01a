import type { DistributionContext } from '../context';
import { cancelDelivery } from '../domain/deliveries/cancel-delivery';
import { deliverVersion } from '../domain/deliveries/deliver-version';
import { redeliver } from '../domain/deliveries/redeliver';
import { createDestination } from '../domain/destinations/create-destination';
import { deleteDestination } from '../domain/destinations/delete-destination';
import { createProfile } from '../domain/profiles/create-profile';
import { deleteProfile } from '../domain/profiles/delete-profile';
import { deleteRule, setRuleEnabled } from '../domain/rules/change-rule';
import { createRule } from '../domain/rules/create-rule';
import type { DestinationKind } from '../repositories/destinations.repository';
import { TRIGGER_NAMES } from './delivery-rule';

type Ctx = DistributionContext;

export const MutationResolvers = {
  createDeliveryProfile: (_: unknown, args: { input: { name: string; spec: unknown } }, context: Ctx) =>
    createProfile(context, args.input),
  deleteDeliveryProfile: (_: unknown, args: { id: string }, context: Ctx) => deleteProfile(context, args.id),
  createDestination: (
    _: unknown,
    args: {
      input: {
        name: string;
        kind: string;
        settings: unknown;
        credentials?: unknown;
        territory?: string | null;
        channel?: string | null;
      };
    },
    context: Ctx,
  ) => createDestination(context, { ...args.input, kind: args.input.kind.toLowerCase() as DestinationKind }),
  deleteDestination: (_: unknown, args: { id: string }, context: Ctx) => deleteDestination(context, args.id),
  createDeliveryRule: (
    _: unknown,
    args: {
      input: {
        name: string;
        trigger: string;
        collectionId?: string | null;
        metadataField?: string | null;
        metadataValue?: unknown;
        profileIds: string[];
        destinationIds: string[];
        enabled?: boolean | null;
      };
    },
    context: Ctx,
  ) => createRule(context, { ...args.input, trigger: TRIGGER_NAMES[args.input.trigger] }),
  setDeliveryRuleEnabled: (_: unknown, args: { id: string; enabled: boolean }, context: Ctx) =>
    setRuleEnabled(context, args.id, args.enabled),
  deleteDeliveryRule: (_: unknown, args: { id: string }, context: Ctx) => deleteRule(context, args.id),
  deliverVersion: (
    _: unknown,
    args: { input: { versionId: string; profileIds: string[]; destinationIds: string[] } },
    context: Ctx,
  ) => deliverVersion(context, args.input),
  redeliver: (_: unknown, args: { deliveryId: string }, context: Ctx) => redeliver(context, args.deliveryId),
  cancelDelivery: (_: unknown, args: { deliveryId: string }, context: Ctx) => cancelDelivery(context, args.deliveryId),
};
