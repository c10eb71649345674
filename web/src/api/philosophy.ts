// The leadership-philosophy screen's operations.
import { graphql } from "../gql";

export const MyPhilosophyQuery = graphql(`
  query AppMyPhilosophy {
    myPhilosophy {
      id
      visibility
      pageLink
      currentVersion {
        id
        number
        publishedAt
        pdfUrl
      }
      draft {
        id
        number
        revision
        sections {
          kind
          title
          body
        }
      }
      versions(first: 20) {
        nodes {
          id
          number
          status
          summary
          publishedAt
        }
      }
      comments(first: 20) {
        nodes {
          id
          body
          authorName
          createdAt
        }
      }
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation AppSavePhilosophyDraft($input: SavePhilosophyDraftInput!) {
    savePhilosophyDraft(input: $input) {
      errors {
        code
        field
        message
      }
      philosophy {
        id
      }
      draft {
        id
        revision
      }
    }
  }
`);

export const PublishMutation = graphql(`
  mutation AppPublishPhilosophy($input: PublishPhilosophyInput!) {
    publishPhilosophy(input: $input) {
      errors {
        code
        field
        message
      }
      version {
        id
        number
        status
      }
    }
  }
`);

export const DiffQuery = graphql(`
  query AppPhilosophyDiff($from: ID!, $to: ID!) {
    philosophyDiff(fromVersionId: $from, toVersionId: $to) {
      sections {
        key
        title
        change
        hunks {
          lines {
            kind
            text
          }
        }
      }
    }
  }
`);
