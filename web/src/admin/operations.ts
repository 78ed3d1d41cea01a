import { graphql } from '../gql';

export const MembersQuery = graphql(`
  query Members {
    workspaceMembers {
      subject
      kind
      role
      active
      createdAt
      email
      name
    }
    invites {
      id
      email
      role
      expiresAt
      createdAt
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      url
    }
  }
`);

export const RevokeInviteMutation = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id)
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($subject: String!, $role: Role!) {
    setMemberRole(subject: $subject, role: $role) {
      subject
      role
    }
  }
`);

export const AccessGroupsQuery = graphql(`
  query AccessGroups {
    accessGroups {
      id
      name
      members
      createdAt
    }
    workspaceMembers {
      subject
      kind
      role
      active
      email
      name
    }
  }
`);

export const CreateAccessGroupMutation = graphql(`
  mutation CreateAccessGroup($name: String!) {
    createAccessGroup(name: $name) {
      id
      name
      members
    }
  }
`);

export const DeleteAccessGroupMutation = graphql(`
  mutation DeleteAccessGroup($id: ID!) {
    deleteAccessGroup(id: $id)
  }
`);

export const AddAccessGroupMembersMutation = graphql(`
  mutation AddAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {
    addAccessGroupMembers(groupId: $groupId, subjects: $subjects) {
      id
      members
    }
  }
`);

export const RemoveAccessGroupMembersMutation = graphql(`
  mutation RemoveAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {
    removeAccessGroupMembers(groupId: $groupId, subjects: $subjects) {
      id
      members
    }
  }
`);

export const AccessTargetsQuery = graphql(`
  query AccessTargets {
    collections(first: 100) {
      edges {
        node {
          id
          name
          kind
          children {
            id
            name
          }
        }
      }
    }
    assets(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const AccessGrantsQuery = graphql(`
  query AccessGrants($target: AccessTargetInput!) {
    accessGrants(target: $target) {
      id
      target
      principal
      role
      grantedBy
      grantedAt
    }
  }
`);

export const GrantAccessMutation = graphql(`
  mutation GrantAccess($input: GrantAccessInput!) {
    grantAccess(input: $input) {
      id
      target
      principal
      role
    }
  }
`);

export const RevokeAccessMutation = graphql(`
  mutation RevokeAccess($id: ID!) {
    revokeAccess(id: $id)
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      role
      createdBy
      createdAt
      revokedAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        role
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);

export const MetadataAdminQuery = graphql(`
  query MetadataAdmin {
    metadataFields {
      key
      label
      type
      choices
      required
      description
      system
    }
    metadataSchemas {
      id
      name
      assetTypes
      fields {
        key
        label
      }
    }
  }
`);

export const DefineMetadataFieldMutation = graphql(`
  mutation DefineMetadataField($input: DefineMetadataFieldInput!) {
    defineMetadataField(input: $input) {
      key
      label
      type
    }
  }
`);

export const DefineMetadataSchemaMutation = graphql(`
  mutation DefineMetadataSchema($input: DefineMetadataSchemaInput!) {
    defineMetadataSchema(input: $input) {
      id
      name
    }
  }
`);
