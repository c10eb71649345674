// The 360 screens' operations (nominations, approval, the own form, reports).
import { graphql } from "../gql";

export const TasksQuery = graphql(`
  query AppPending360Tasks {
    home {
      pending360Tasks {
        id
        kind
        evaluationId
        title
        dueAt
      }
    }
    myEvaluations {
      id
      nominationState
      reportStatus
      cycle {
        id
        name
      }
    }
  }
`);

export const EvaluationQuery = graphql(`
  query AppEvaluation($id: ID!) {
    viewer {
      membership {
        id
      }
    }
    node(id: $id) {
      id
      ... on Evaluation {
        nominationState
        reportStatus
        enoughAnswers
        cycle {
          id
          name
        }
        leader {
          membershipId
          name
        }
        sharedWith {
          membershipId
          name
        }
        nominations {
          id
          group
          raterName
          raterEmail
          status
          invited
          outsideDirectory
        }
        progress {
          group
          invited
          minimum
          enoughAnswers
        }
        report {
          status
          withheldReason
          downloadUrl
          figures {
            responses {
              group
              count
            }
            competencies {
              competencyId
              title
              figures {
                group
                count
                mean
              }
            }
          }
        }
      }
    }
  }
`);

export const DirectoryQuery = graphql(`
  query AppDirectory($search: String!) {
    people(search: $search, first: 8) {
      nodes {
        id
        name
        membership {
          id
          jobTitle
        }
      }
    }
  }
`);

export const NominateMutation = graphql(`
  mutation AppNominateRaters($input: NominateRatersInput!) {
    nominateRaters(input: $input) {
      errors {
        code
        field
        message
      }
      evaluation {
        id
        nominationState
        nominations {
          id
          group
          raterName
          raterEmail
          status
          invited
          outsideDirectory
        }
      }
    }
  }
`);

export const SubmitNominationsMutation = graphql(`
  mutation AppSubmitNominations($input: EvaluationIdInput!) {
    submitNominations(input: $input) {
      errors {
        code
        field
        message
      }
      evaluation {
        id
        nominationState
      }
    }
  }
`);

export const ApproveNominationsMutation = graphql(`
  mutation AppApproveNominations($input: ApproveNominationsInput!) {
    approveNominations(input: $input) {
      errors {
        code
        field
        message
      }
      evaluation {
        id
        nominationState
        nominations {
          id
          status
        }
      }
    }
  }
`);

export const OpenMyRaterFormMutation = graphql(`
  mutation AppOpenMyRaterForm($input: EvaluationIdInput!) {
    openMyRaterForm(input: $input) {
      errors {
        code
        field
        message
      }
      url
      raterGroup
    }
  }
`);

export const WithdrawNominationMutation = graphql(`
  mutation AppWithdrawNomination($input: WithdrawNominationInput!) {
    withdrawNomination(input: $input) {
      errors {
        code
        field
        message
      }
      evaluation {
        id
        nominations {
          id
          group
          raterName
          raterEmail
          status
          invited
          outsideDirectory
        }
      }
    }
  }
`);

export const ShareReportMutation = graphql(`
  mutation AppShareEvaluationReport($input: ShareEvaluationReportInput!) {
    shareEvaluationReport(input: $input) {
      errors {
        code
        field
        message
      }
      evaluation {
        id
        sharedWith {
          membershipId
          name
        }
      }
    }
  }
`);

// The leader's mentor (an active or paused mentorship), to share the report with.
export const MyMentorQuery = graphql(`
  query AppMyMentorForReport {
    myMentorships(statuses: [ACTIVE, PAUSED], first: 5) {
      nodes {
        id
        viewerRole
        mentor {
          name
          membershipId
        }
      }
    }
  }
`);
