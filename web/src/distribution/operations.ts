import { graphql } from '../gql';

export const DeliveryProfilesQuery = graphql(`
  query DeliveryProfiles {
    deliveryProfiles {
      id
      name
      builtIn
      container
      spec
    }
  }
`);

export const CreateDeliveryProfileMutation = graphql(`
  mutation CreateDeliveryProfile($input: CreateDeliveryProfileInput!) {
    createDeliveryProfile(input: $input) {
      id
      name
    }
  }
`);

export const UpdateDeliveryProfileMutation = graphql(`
  mutation UpdateDeliveryProfile($id: ID!, $input: CreateDeliveryProfileInput!) {
    updateDeliveryProfile(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const DeleteDeliveryProfileMutation = graphql(`
  mutation DeleteDeliveryProfile($id: ID!) {
    deleteDeliveryProfile(id: $id)
  }
`);

export const DestinationsQuery = graphql(`
  query Destinations {
    destinations {
      id
      name
      kind
      settings
      hasCredentials
      territory
      channel
      createdAt
    }
  }
`);

export const CreateDestinationMutation = graphql(`
  mutation CreateDestination($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      id
      name
      kind
      hasCredentials
    }
  }
`);

export const DeleteDestinationMutation = graphql(`
  mutation DeleteDestination($id: ID!) {
    deleteDestination(id: $id)
  }
`);

export const DeliveryRulesQuery = graphql(`
  query DeliveryRules {
    deliveryRules {
      id
      name
      trigger
      collectionId
      metadataField
      metadataValue
      enabled
      createdAt
      profiles {
        id
        name
      }
      destinations {
        id
        name
        kind
      }
    }
  }
`);

export const CreateDeliveryRuleMutation = graphql(`
  mutation CreateDeliveryRule($input: CreateDeliveryRuleInput!) {
    createDeliveryRule(input: $input) {
      id
      name
    }
  }
`);

export const SetDeliveryRuleEnabledMutation = graphql(`
  mutation SetDeliveryRuleEnabled($id: ID!, $enabled: Boolean!) {
    setDeliveryRuleEnabled(id: $id, enabled: $enabled) {
      id
      enabled
    }
  }
`);

export const DeleteDeliveryRuleMutation = graphql(`
  mutation DeleteDeliveryRule($id: ID!) {
    deleteDeliveryRule(id: $id)
  }
`);

// A list of deliveries stays within the gateway's cost limit with their outputs' summaries only;
// one delivery (opened, or followed live) has every output's files and transfers too.
export const DeliveryHeadFragment = graphql(`
  fragment DeliveryHead on Delivery {
    id
    ruleId
    requestedBy
    status
    reason
    createdAt
    updatedAt
    masterLoudness {
      integrated
      range
      truePeak
    }
    destinations {
      id
      name
      kind
    }
  }
`);

export const OutputSummaryFragment = graphql(`
  fragment OutputSummary on DeliveryOutput {
    profileId
    profileName
    status
    progress
    reason
    loudnessMode
    loudness {
      integrated
      truePeak
    }
    verification {
      passed
      differences
    }
  }
`);

export const DeliverySummaryFragment = graphql(`
  fragment DeliverySummary on Delivery {
    ...DeliveryHead
    outputs {
      ...OutputSummary
    }
  }
`);

export const DeliveryDetailFragment = graphql(`
  fragment DeliveryDetail on Delivery {
    ...DeliveryHead
    outputs {
      ...OutputSummary
      files
      transfers {
        destinationId
        status
        location
        attempts
        reason
      }
    }
  }
`);

export const DeliveriesQuery = graphql(`
  query Deliveries {
    deliveries(first: 20) {
      ...DeliverySummary
      asset {
        id
        title
      }
      version {
        id
        number
      }
    }
  }
`);

export const DeliveryDetailQuery = graphql(`
  query DeliveryDetail($id: ID!) {
    delivery(id: $id) {
      ...DeliveryDetail
    }
  }
`);

export const AssetDeliveriesQuery = graphql(`
  query AssetDeliveries($id: ID!) {
    asset(id: $id) {
      id
      distributionStatus
      deliveries(first: 10) {
        ...DeliverySummary
        version {
          id
          number
        }
      }
    }
  }
`);

export const DeliveryProgressSubscription = graphql(`
  subscription DeliveryProgress($deliveryId: ID!) {
    deliveryProgress(deliveryId: $deliveryId) {
      ...DeliveryDetail
    }
  }
`);

export const DeliverVersionMutation = graphql(`
  mutation DeliverVersion($input: DeliverVersionInput!) {
    deliverVersion(input: $input) {
      id
      status
    }
  }
`);

export const RedeliverMutation = graphql(`
  mutation Redeliver($deliveryId: ID!) {
    redeliver(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

export const CancelDeliveryMutation = graphql(`
  mutation CancelDelivery($deliveryId: ID!) {
    cancelDelivery(deliveryId: $deliveryId) {
      id
      status
      reason
    }
  }
`);

export const DeliveryTargetsQuery = graphql(`
  query DeliveryTargets($id: ID!) {
    asset(id: $id) {
      id
      title
      versions {
        id
        number
        current
      }
    }
  }
`);

// What a rule's trigger can watch: the workspace's collections (assets are added to hand-made ones) and
// metadata fields.
export const DeliveryRuleTargetsQuery = graphql(`
  query DeliveryRuleTargets {
    collections(first: 100) {
      edges {
        node {
          id
          name
          kind
          children {
            id
            name
            kind
          }
        }
      }
    }
    metadataFields {
      key
      label
      type
      choices
    }
  }
`);
