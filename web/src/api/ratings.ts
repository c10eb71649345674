// A leader's own 1-5 rating of an activity (learning effect sums them).
import { graphql } from "../gql";

export const MyActivityRatingQuery = graphql(`
  query AppMyActivityRating($activityIds: [ID!]!) {
    myActivityRatings(activityIds: $activityIds) {
      id
      activityId
      rating
      comment
    }
  }
`);

export const RateActivityMutation = graphql(`
  mutation AppRateActivity($input: RateActivityInput!) {
    rateActivity(input: $input) {
      errors {
        code
        field
        message
      }
      rating {
        id
        activityId
        rating
        comment
      }
    }
  }
`);
