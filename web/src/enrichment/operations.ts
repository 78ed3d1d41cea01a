import { graphql } from '../gql';

export const VersionTranscriptQuery = graphql(`
  query VersionTranscript($versionId: ID!) {
    assetVersion(id: $versionId) {
      id
      transcript {
        language
        engine {
          engine
          model
        }
        vtt
        srt
        segments {
          id
          index
          startFrame
          endFrame
          timecode
          text
          corrected
          correctedBy
          correctedAt
          words {
            text
            startFrame
            endFrame
            confidence
          }
        }
      }
    }
  }
`);

export const VersionEnrichmentSegmentsQuery = graphql(`
  query VersionEnrichmentSegments($versionId: ID!) {
    assetVersion(id: $versionId) {
      id
      enrichmentSegments(kinds: [PERSON, LABEL, TEXT, LOGO]) {
        id
        kind
        text
        startFrame
        endFrame
        timecode
        confidence
        person {
          id
          name
        }
      }
    }
  }
`);

export const CorrectTranscriptSegmentMutation = graphql(`
  mutation CorrectTranscriptSegment($versionId: ID!, $segmentId: ID!, $text: String!) {
    correctTranscriptSegment(versionId: $versionId, segmentId: $segmentId, text: $text) {
      id
      text
      corrected
      correctedBy
      correctedAt
    }
  }
`);
