// The signed-in person's own settings: their language (the app's texts,
// numbers, dates and the mails they get) and their password.
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

// Their e-mail, for the password form's (hidden) username field: a password
// manager then knows which saved sign-in the new password belongs to; and
// whether they have a password yet (the form asks for it only then).
export const MyEmailQuery = graphql(`
  query AppMyEmail {
    viewer {
      hasPassword
      person {
        id
        email
      }
    }
  }
`);

// The current password is needed when they have one; without one (signed in
// by mail link or their organisation so far) the new one is their first.
export const ChangePasswordMutation = graphql(`
  mutation AppChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);
