import { graphql } from '../gql';

export const DriveSettingsQuery = graphql(`
  query DriveSettings {
    driveMount {
      url
      macos
      windows
      linux
    }
    myAppPasswords {
      id
      name
      createdAt
      revokedAt
    }
  }
`);

export const CreateAppPasswordMutation = graphql(`
  mutation CreateAppPassword($name: String!) {
    createAppPassword(name: $name) {
      secret
      username
      mountUrl
      appPassword {
        id
        name
      }
    }
  }
`);

export const RevokeAppPasswordMutation = graphql(`
  mutation RevokeAppPassword($id: ID!) {
    revokeAppPassword(id: $id)
  }
`);
