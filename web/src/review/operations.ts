import { graphql } from '../gql';

export const ReviewsQuery = graphql(`
  query Reviews {
    reviews(first: 50) {
      id
      title
      policy
      quorum
      dueAt
      createdBy
      createdAt
      reviewers {
        id
        kind
      }
      assets {
        id
        title
        currentVersion {
          id
          reviewStatus
        }
      }
    }
  }
`);

export const ReviewCommentFields = graphql(`
  fragment ReviewCommentFields on ReviewComment {
    id
    versionId
    parentId
    body
    frameIn
    frameOut
    timecodeIn
    timecodeOut
    internal
    resolved
    createdAt
    author {
      id
      name
      kind
    }
    annotations {
      kind
      color
      text
      points {
        x
        y
      }
    }
  }
`);

export const ReviewVersionQuery = graphql(`
  query ReviewVersion($id: ID!) {
    reviewVersion(id: $id) {
      id
      reviewStatus
      reviewTiming {
        frameRate
        startTimecode
        dropFrame
        durationFrames
      }
      reviewComments {
        ...ReviewCommentFields
      }
    }
  }
`);

export const ReviewPageQuery = graphql(`
  query ReviewPage($id: ID!) {
    review(id: $id) {
      id
      title
      policy
      quorum
      dueAt
      createdBy
      createdAt
      reviewers {
        id
        kind
      }
      assets {
        id
        title
        myRole
        currentVersion {
          id
        }
        versions {
          id
          number
          current
          renditions {
            kind
            status
            url
          }
        }
      }
    }
  }
`);

export const ReviewDecisionsQuery = graphql(`
  query ReviewDecisions($id: ID!, $versionId: ID!) {
    review(id: $id) {
      id
      decisions(versionId: $versionId) {
        id
        reviewer
        decision
        note
        decidedAt
      }
    }
  }
`);

export const ReviewActivitySubscription = graphql(`
  subscription ReviewActivity($reviewId: ID, $assetId: ID) {
    reviewActivity(reviewId: $reviewId, assetId: $assetId) {
      type
      versionId
      commentId
      actor
      actorName
      frame
      decision
      status
      at
    }
  }
`);

export const PostCommentMutation = graphql(`
  mutation PostReviewComment($input: PostCommentInput!) {
    postComment(input: $input) {
      id
    }
  }
`);

export const ResolveCommentMutation = graphql(`
  mutation ResolveReviewComment($id: ID!) {
    resolveComment(id: $id) {
      id
      resolved
    }
  }
`);

export const ReopenCommentMutation = graphql(`
  mutation ReopenReviewComment($id: ID!) {
    reopenComment(id: $id) {
      id
      resolved
    }
  }
`);

export const DecideVersionMutation = graphql(`
  mutation DecideVersion($input: DecideVersionInput!) {
    decideVersion(input: $input) {
      status
      decision {
        id
        decision
      }
    }
  }
`);

export const ReportPresenceMutation = graphql(`
  mutation ReportPresence($versionId: ID!, $frame: Int) {
    reportPresence(versionId: $versionId, frame: $frame)
  }
`);

export const CreateReviewMutation = graphql(`
  mutation CreateReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      id
    }
  }
`);

export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      token
      link {
        id
        permissions
        hasPassword
        expiresAt
      }
    }
  }
`);

export const ReviewersPickerQuery = graphql(`
  query ReviewersPicker {
    workspaceMembers {
      subject
      kind
      active
      email
      name
    }
  }
`);

export const GuestAccessQuery = graphql(`
  query GuestAccess {
    guestAccess {
      linkId
      scope
      reviewId
      assetId
      permissions
      name
      email
      expiresAt
      versions {
        id
        reviewStatus
      }
    }
  }
`);

export const GuestReviewQuery = graphql(`
  query GuestReview($id: ID!) {
    review(id: $id) {
      id
      title
      dueAt
      policy
    }
  }
`);

export const ReviewFilmstripQuery = graphql(`
  query ReviewFilmstrip($assetId: ID!) {
    asset(id: $assetId) {
      id
      versions {
        id
        renditions {
          kind
          status
          url
          details
        }
      }
    }
  }
`);
