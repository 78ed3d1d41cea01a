import { graphql } from '../gql';

export const MembersQuery = graphql(`
  query Members {
    workspaceMembers { subject kind role active createdAt email name }
    invites { id email role expiresAt createdAt }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email role expiresAt url }
  }
`);

export const RevokeInviteMutation = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id)
  }
`);
