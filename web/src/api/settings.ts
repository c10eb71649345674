// The signed-in person's own settings: their language (the app's texts,
// numbers, dates and the mails they get).
import { graphql } from "../gql";

export const SetMyLocaleMutation = graphql(`
  mutation AppSetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) {
      errors {
        code
        field
        message
      }
      person {
        id
        locale
      }
    }
  }
`);
