// Every operation the app sends. codegen types them and writes their sha256
// into src/gql/persisted-documents.json, which the server allows.
import { graphql } from "../gql";

export const ActivityFields = graphql(`
  fragment AppActivityFields on EnrolmentActivity {
    status
    startedAt
    completedAt
    dueOn
    overdue
    activity {
      id
      kind
      title
      bodyHtml
      estimatedMinutes
      module {
        id
        position
        title
      }
    }
    reflection {
      id
      text
      sharedWith
      writtenAt
    }
    evidence {
      id
      text
      recordedAt
      file {
        title
        url
        contentType
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query AppViewer {
    viewer {
      roles
      person {
        id
        name
        locale
      }
      membership {
        id
        jobTitle
        isNewLeader
        isLeaderOfLeaders
        manager {
          id
          person {
            id
            name
            email
          }
        }
      }
    }
  }
`);

export const HomeQuery = graphql(`
  query AppHome {
    viewer {
      roles
      person {
        id
        name
        locale
      }
      membership {
        id
        isNewLeader
      }
    }
    home {
      enrolments {
        id
        status
        startsOn
        programme {
          id
          title
        }
        progress {
          total
          started
          completed
          percent
        }
      }
      nextActivities {
        enrolment {
          id
        }
        activity {
          id
          kind
          title
        }
        dueOn
        overdue
        status
      }
      mentor {
        name
        jobTitle
      }
      proposalsToDecide
      unreadFeedback {
        id
        title
        authorName
        createdAt
      }
      checkpointsToHold {
        id
        kind
        dueOn
        isOpen
        enrolment {
          id
          leader {
            name
          }
          developmentGoals {
            id
            title
          }
        }
      }
      pending360Tasks {
        id
        kind
        evaluationId
        title
      }
    }
  }
`);

export const EnrolmentQuery = graphql(`
  query AppEnrolment($id: ID!) {
    node(id: $id) {
      id
      ... on Enrolment {
        status
        programme {
          id
          title
          descriptionHtml
          modules {
            id
            position
            title
            introduction
          }
        }
        progress {
          total
          started
          completed
          percent
        }
        activities {
          ...AppActivityFields
        }
      }
    }
  }
`);

export const SyncProgressMutation = graphql(`
  mutation AppSyncProgress($input: SyncProgressInput!) {
    syncProgress(input: $input) {
      errors {
        code
        field
        message
      }
      results {
        clientEventId
        status
        code
        message
      }
      enrolments {
        id
        progress {
          total
          started
          completed
          percent
        }
        activities {
          ...AppActivityFields
        }
      }
    }
  }
`);

export const RequestEvidenceUploadMutation = graphql(`
  mutation AppRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {
    requestEvidenceUpload(input: $input) {
      errors {
        code
        field
        message
      }
      upload {
        objectKey
        url
        method
        headers
        fields
      }
    }
  }
`);

export const FeedbackNotesQuery = graphql(`
  query AppFeedbackNotes {
    unreadFeedbackCount
    feedbackNotes(first: 50) {
      nodes {
        id
        subjectKind
        subjectId
        createdAt
        body
        authorName
        leaderName
        isMine
        isRead
        replies {
          id
          body
          authorName
          createdAt
          isMine
        }
      }
    }
  }
`);

export const ReplyToFeedbackNoteMutation = graphql(`
  mutation AppReplyToFeedbackNote($input: ReplyToFeedbackNoteInput!) {
    replyToFeedbackNote(input: $input) {
      errors {
        code
        field
        message
      }
      note {
        id
        replies {
          id
          body
          authorName
          createdAt
          isMine
        }
      }
    }
  }
`);

export const MarkFeedbackNotesReadMutation = graphql(`
  mutation AppMarkFeedbackNotesRead($input: MarkFeedbackNotesReadInput!) {
    markFeedbackNotesRead(input: $input) {
      errors {
        code
        message
      }
    }
  }
`);

export const GiveFeedbackNoteMutation = graphql(`
  mutation AppGiveFeedbackNote($input: GiveFeedbackNoteInput!) {
    giveFeedbackNote(input: $input) {
      errors {
        code
        field
        message
      }
      note {
        id
        body
      }
    }
  }
`);

export const MenteesQuery = graphql(`
  query AppMentees {
    mentees(first: 50) {
      nodes {
        lastVisitAt
        mentorship {
          id
          status
        }
        person {
          name
          jobTitle
          membershipId
        }
        progress {
          activeEnrolments
          completedActivities
          totalActivities
          percent
        }
        sharedSinceLastVisit {
          count
          items {
            kind
            reference
            title
            sharedAt
          }
        }
      }
    }
  }
`);

export const SharedReflectionQuery = graphql(`
  query AppSharedItem($id: ID!) {
    node(id: $id) {
      id
      ... on Reflection {
        text
        sharedWith
        writtenAt
        activity {
          id
          title
        }
      }
      ... on ActionEvidence {
        text
        recordedAt
        file {
          title
          url
          contentType
        }
      }
    }
  }
`);

export const CompleteCheckpointMutation = graphql(`
  mutation AppCompleteCheckpoint($input: CompleteCheckpointInput!) {
    completeCheckpoint(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const RequestMagicLinkMutation = graphql(`
  mutation AppRequestMagicLink($input: RequestMagicLinkInput!) {
    requestMagicLink(input: $input) {
      message
      errors {
        code
        field
        message
      }
    }
  }
`);

export const MentorshipQuery = graphql(`
  query AppMentorship($id: ID!) {
    node(id: $id) {
      id
      ... on Mentorship {
        status
        startsOn
        goals
        meetingFrequency
        viewerRole
        mentor {
          name
          jobTitle
        }
        mentee {
          name
          jobTitle
        }
      }
    }
  }
`);

export const MatchProposalQuery = graphql(`
  query AppMatchProposal($id: ID!) {
    node(id: $id) {
      id
      ... on MatchProposal {
        status
        viewerMayDecide
        fit
        createdAt
        mentor {
          name
          jobTitle
        }
        mentee {
          name
          jobTitle
        }
      }
    }
  }
`);

export const ApproveMatchProposalMutation = graphql(`
  mutation AppApproveMatchProposal($input: DecideMatchProposalInput!) {
    approveMatchProposal(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const RejectMatchProposalMutation = graphql(`
  mutation AppRejectMatchProposal($input: DecideMatchProposalInput!) {
    rejectMatchProposal(input: $input) {
      errors {
        code
        field
        message
      }
      proposal {
        id
        status
      }
    }
  }
`);

// The proposals waiting for the manager's decision (their direct reports';
// all of the organisation's for HR), oldest first; home says how many.
export const MatchProposalsToDecideQuery = graphql(`
  query AppMatchProposalsToDecide($first: Int!) {
    matchProposalsToDecide(first: $first) {
      nodes {
        id
        status
        fit
        createdAt
        mentee {
          name
          jobTitle
        }
        mentor {
          name
          jobTitle
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

// The manager's leaders' check-ins, held in order whenever they meet (home
// lists only those due soon).
export const LeadersCheckpointsQuery = graphql(`
  query AppLeadersCheckpoints {
    enrolments(directOnly: true, first: 50) {
      nodes {
        id
        status
        leader {
          name
          membershipId
        }
        developmentGoals {
          id
          title
        }
        checkpoints {
          id
          kind
          dueOn
          completedAt
          leadershipPhilosophy {
            versionId
            number
          }
        }
      }
    }
  }
`);
