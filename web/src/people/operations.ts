import { graphql } from '../gql';

export const PeopleQuery = graphql(`
  query People {
    people(first: 200) {
      id
      name
      faceCount
      faces(first: 1) {
        id
        imageUrl
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      name
      faceCount
      faces(first: 48) {
        id
        assetId
        versionId
        startFrame
        timecode
        imageUrl
        confidence
      }
      appearances(first: 50) {
        versionId
        asset {
          id
          title
        }
        segment {
          id
          startFrame
          endFrame
          timecode
        }
      }
    }
  }
`);

export const FaceRecognitionQuery = graphql(`
  query FaceRecognition {
    faceRecognition {
      enabled
      changedBy
      changedAt
    }
  }
`);

export const NamePersonMutation = graphql(`
  mutation NamePerson($personId: ID!, $name: String!) {
    namePerson(personId: $personId, name: $name) {
      id
      name
    }
  }
`);

export const MergePeopleMutation = graphql(`
  mutation MergePeople($keepId: ID!, $mergeId: ID!) {
    mergePeople(keepId: $keepId, mergeId: $mergeId) {
      id
      faceCount
    }
  }
`);

export const SplitPersonMutation = graphql(`
  mutation SplitPerson($personId: ID!, $faceIds: [ID!]!) {
    splitPerson(personId: $personId, faceIds: $faceIds) {
      id
      faceCount
    }
  }
`);

export const NotThisPersonMutation = graphql(`
  mutation NotThisPerson($segmentId: ID!) {
    notThisPerson(segmentId: $segmentId) {
      id
      name
    }
  }
`);

export const SetFaceRecognitionMutation = graphql(`
  mutation SetFaceRecognition($enabled: Boolean!) {
    setFaceRecognition(enabled: $enabled) {
      enabled
      changedBy
      changedAt
    }
  }
`);

export const DeleteFaceDataMutation = graphql(`
  mutation DeleteFaceData {
    deleteFaceData
  }
`);

export const LogosQuery = graphql(`
  query Logos {
    logos {
      id
      name
      wordmarks
      imageCount
      createdBy
      createdAt
    }
  }
`);

export const CreateLogoMutation = graphql(`
  mutation CreateLogo($input: CreateLogoInput!) {
    createLogo(input: $input) {
      id
      name
    }
  }
`);

export const DeleteLogoMutation = graphql(`
  mutation DeleteLogo($id: ID!) {
    deleteLogo(id: $id)
  }
`);
