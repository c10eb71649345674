// The leadership-philosophy screen's operations.
import { graphql } from "../gql";

// A comment on a published version and its thread, as the leader and the
// readers see it (a hidden comment's body is null, except to its author).
export const PhilosophyCommentFields = graphql(`
  fragment AppPhilosophyComment on FeedbackNote {
    id
    subjectId
    body
    hidden
    isMine
    authorName
    createdAt
    replies {
      id
      body
      hidden
      isMine
      authorName
      createdAt
    }
  }
`);

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
      privateNotes
      items {
        id
        text
        createdAt
        doneAt
        comment {
          id
        }
      }
      comments(first: 20) {
        nodes {
          ...AppPhilosophyComment
        }
        pageInfo {
          hasNextPage
          endCursor
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

// A colleague's published philosophy, as staff and managers read it.
export const LeadershipPhilosophyQuery = graphql(`
  query AppLeadershipPhilosophy($leaderId: ID!) {
    leadershipPhilosophy(leaderId: $leaderId) {
      id
      pageLink
      leader {
        id
        jobTitle
        person {
          id
          name
        }
      }
      currentVersion {
        id
        number
        summary
        publishedAt
        pdfUrl
        sections {
          kind
          title
          bodyHtml
        }
      }
      versions(first: 20) {
        nodes {
          id
          number
        }
      }
      comments(first: 20) {
        nodes {
          ...AppPhilosophyComment
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

// The next page of a philosophy's comments ("show more"), after the last one
// shown: the leader's on their own screen, staff's and managers' as readers
// (the same comments each may see on the first page).
export const PhilosophyCommentsQuery = graphql(`
  query AppPhilosophyComments($id: ID!, $after: String!) {
    node(id: $id) {
      id
      ... on LeadershipPhilosophy {
        comments(first: 20, after: $after) {
          nodes {
            ...AppPhilosophyComment
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

export const CommentOnPhilosophyMutation = graphql(`
  mutation AppCommentOnPhilosophy($input: CommentOnPhilosophyInput!) {
    commentOnPhilosophy(input: $input) {
      errors {
        code
        field
        message
      }
      comment {
        id
      }
    }
  }
`);

export const ReplyToPhilosophyCommentMutation = graphql(`
  mutation AppReplyToPhilosophyComment($input: ReplyToFeedbackNoteInput!) {
    replyToFeedbackNote(input: $input) {
      errors {
        code
        field
        message
      }
      note {
        id
      }
    }
  }
`);

export const HidePhilosophyCommentMutation = graphql(`
  mutation AppHidePhilosophyComment($input: FeedbackNoteIdInput!) {
    hideFeedbackNote(input: $input) {
      errors {
        code
        field
        message
      }
      note {
        id
        hidden
        body
      }
    }
  }
`);

// The way back from hiding: a comment hidden by mistake is shown again.
export const UnhidePhilosophyCommentMutation = graphql(`
  mutation AppUnhidePhilosophyComment($input: FeedbackNoteIdInput!) {
    unhideFeedbackNote(input: $input) {
      errors {
        code
        field
        message
      }
      note {
        id
        hidden
        body
      }
    }
  }
`);

export const SetPhilosophyVisibilityMutation = graphql(`
  mutation AppSetPhilosophyVisibility($input: SetPhilosophyVisibilityInput!) {
    setPhilosophyVisibility(input: $input) {
      errors {
        code
        field
        message
      }
      philosophy {
        id
        visibility
        pageLink
      }
    }
  }
`);

export const SavePhilosophyNotesMutation = graphql(`
  mutation AppSavePhilosophyNotes($input: SavePhilosophyNotesInput!) {
    savePhilosophyNotes(input: $input) {
      errors {
        code
        field
        message
      }
      philosophy {
        id
        privateNotes
      }
    }
  }
`);

export const AddPhilosophyItemMutation = graphql(`
  mutation AppAddPhilosophyItem($input: AddPhilosophyItemInput!) {
    addPhilosophyItem(input: $input) {
      errors {
        code
        field
        message
      }
      item {
        id
        text
        createdAt
        doneAt
      }
    }
  }
`);

export const CompletePhilosophyItemMutation = graphql(`
  mutation AppCompletePhilosophyItem($input: CompletePhilosophyItemInput!) {
    completePhilosophyItem(input: $input) {
      errors {
        code
        field
        message
      }
      item {
        id
        doneAt
      }
    }
  }
`);

// The leaders of the organisation who have published, by name (any member).
export const PublishedPhilosophiesQuery = graphql(`
  query AppPublishedPhilosophies($first: Int = 50, $after: String) {
    publishedPhilosophies(first: $first, after: $after) {
      nodes {
        publishedAt
        versionNumber
        leader {
          id
          jobTitle
          person {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Whose philosophy a comment (a feedback note about a version) is about.
export const PhilosophyOfVersionQuery = graphql(`
  query AppPhilosophyOfVersion($id: ID!) {
    node(id: $id) {
      id
      ... on PhilosophyVersion {
        number
        philosophy {
          id
          leader {
            id
          }
        }
      }
    }
  }
`);
