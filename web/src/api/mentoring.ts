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

// The mentors she asked for herself and where each request stands.
export const MyMentorRequestsQuery = graphql(`
  query AppMyMentorRequests {
    myMentorRequests {
      id
      status
      createdAt
      mentor {
        name
      }
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

// Where a mentorship stands: who has accepted, and the assessments so far.
export const MentorshipStateQuery = graphql(`
  query AppMentorshipState($id: ID!) {
    node(id: $id) {
      id
      ... on Mentorship {
        status
        viewerRole
        mentorAcceptedAt
        menteeAcceptedAt
        assessments {
          kind
          text
          updatedAt
          ratings {
            key
            value
          }
        }
      }
    }
  }
`);

export const MyMentorshipsQuery = graphql(`
  query AppMyMentorships {
    myMentorships(first: 20) {
      nodes {
        id
        status
        viewerRole
        startsOn
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

export const AcceptMentorshipMutation = graphql(`
  mutation AppAcceptMentorship($input: MentorshipIdInput!) {
    acceptMentorship(input: $input) {
      errors {
        code
        field
        message
      }
      mentorship {
        id
        status
        mentorAcceptedAt
        menteeAcceptedAt
      }
    }
  }
`);

export const DeclineMentorshipMutation = graphql(`
  mutation AppDeclineMentorship($input: DeclineMentorshipInput!) {
    declineMentorship(input: $input) {
      errors {
        code
        field
        message
      }
      mentorship {
        id
        status
      }
    }
  }
`);

export const ChangeMentorshipStatusMutation = graphql(`
  mutation AppChangeMentorshipStatus($input: ChangeMentorshipStatusInput!) {
    changeMentorshipStatus(input: $input) {
      errors {
        code
        field
        message
      }
      mentorship {
        id
        status
      }
    }
  }
`);

export const SubmitAssessmentMutation = graphql(`
  mutation AppSubmitMentorshipAssessment($input: SubmitMentorshipAssessmentInput!) {
    submitMentorshipAssessment(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

// Only errors: the mentor's page keeps what it showed at opening (the
// "shared since your last visit" items) until it is opened again.
export const MarkMenteeVisitedMutation = graphql(`
  mutation AppMarkMenteeVisited($input: MentorshipIdInput!) {
    markMenteeVisited(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

// The viewer's own mentor profile: whether they offer to mentor, and on
// what terms (saveMentorProfile without membershipId writes one's own).
export const MyMentorProfileQuery = graphql(`
  query AppMyMentorProfile {
    myMentorProfile {
      id
      capacity
      takenPlaces
      isAvailable
      availability
      competencyIds
      tags
      areas
      languages
      location
    }
  }
`);

export const SaveMyMentorProfileMutation = graphql(`
  mutation AppSaveMyMentorProfile($input: SaveMentorProfileInput!) {
    saveMentorProfile(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      profile {
        id
        capacity
        takenPlaces
        isAvailable
        availability
        competencyIds
        tags
        areas
        languages
        location
      }
    }
  }
`);
