// Meetings, observations and the agreement of a mentorship.
import { graphql } from "../gql";

export const MentorshipLogQuery = graphql(`
  query AppMentorshipLog($id: ID!) {
    node(id: $id) {
      id
      ... on Mentorship {
        status
        viewerRole
        goals
        meetingFrequency
        endsOn
        agreedAt
        meetings {
          id
          startsAt
          place
          agenda
          notes {
            text
            shared
            isMine
          }
        }
        observations {
          observedOn
          setting
          situation
          wentWell
          toDevelop
          suggestion
          sharedWithMentee
        }
      }
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation AppScheduleMentoringMeeting($input: ScheduleMentoringMeetingInput!) {
    scheduleMentoringMeeting(input: $input) {
      errors {
        code
        field
        message
      }
      meeting {
        id
      }
    }
  }
`);

export const SaveMeetingNoteMutation = graphql(`
  mutation AppSaveMeetingNote($input: SaveMeetingNoteInput!) {
    saveMeetingNote(input: $input) {
      errors {
        code
        field
        message
      }
      meeting {
        id
      }
    }
  }
`);

export const RecordObservationMutation = graphql(`
  mutation AppRecordMentoringObservation($input: RecordMentoringObservationInput!) {
    recordMentoringObservation(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SetAgreementMutation = graphql(`
  mutation AppSetMentorshipAgreement($input: SetMentorshipAgreementInput!) {
    setMentorshipAgreement(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const MentoringNeedQuery = graphql(`
  query AppMyMentoringNeed {
    myMentoringNeed {
      id
      notes
      location
      status
    }
  }
`);

export const ShortlistQuery = graphql(`
  query AppMentorShortlist {
    mentorShortlist(first: 5) {
      fit
      profile {
        id
      }
      explanation {
        text
      }
      person {
        name
        jobTitle
        unitName
      }
    }
  }
`);

export const SaveNeedMutation = graphql(`
  mutation AppSaveMentoringNeed($input: SaveMentoringNeedInput!) {
    saveMentoringNeed(input: $input) {
      errors {
        code
        field
        message
      }
      need {
        id
        notes
        location
        status
      }
    }
  }
`);

export const RequestMentorMutation = graphql(`
  mutation AppRequestMentor($input: RequestMentorInput!) {
    requestMentor(input: $input) {
      errors {
        code
        field
        message
      }
      proposal {
        id
      }
    }
  }
`);
