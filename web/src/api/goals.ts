// Development goals tied to organisational goals, and the leader's checkpoints.
import { graphql } from "../gql";

export const DevelopmentQuery = graphql(`
  query AppDevelopment($enrolmentId: ID!) {
    node(id: $enrolmentId) {
      id
      ... on Enrolment {
        programme {
          id
          title
        }
        developmentGoals {
          id
          position
          title
          description
          agreedAt
          attainmentRating
          organisationGoal {
            id
            title
          }
        }
        checkpoints {
          id
          kind
          dueOn
          completedAt
          practiceAgreed
          notes
          feedback
          isOpen
        }
      }
    }
    goals(status: ACTIVE, first: 50) {
      nodes {
        id
        title
      }
    }
  }
`);

export const SetGoalsMutation = graphql(`
  mutation AppSetDevelopmentGoals($input: SetDevelopmentGoalsInput!) {
    setDevelopmentGoals(input: $input) {
      errors {
        code
        field
        message
      }
      developmentGoals {
        id
        position
        title
        description
        agreedAt
        attainmentRating
        organisationGoal {
          id
          title
        }
      }
    }
  }
`);
