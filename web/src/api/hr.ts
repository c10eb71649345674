// HR's operations: 360 frameworks and cycles, the organisation and its
// structure import, programmes, mentoring runs and privacy.
import { graphql } from "../gql";

// --- 360 ------------------------------------------------------------------

export const FrameworksQuery = graphql(`
  query HrFrameworks {
    competencyFrameworks(first: 100) {
      nodes {
        id
        family
        version
        name
        status
        publishedAt
        competencies {
          id
          title
        }
      }
    }
  }
`);

export const CreateFrameworkMutation = graphql(`
  mutation HrCreateFramework($input: CreateCompetencyFrameworkInput!) {
    createCompetencyFramework(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      framework {
        id
        status
        version
      }
    }
  }
`);

// A version's texts in both languages, which a new version starts from.
export const FrameworkTextsQuery = graphql(`
  query HrFrameworkTexts($id: ID!) {
    node(id: $id) {
      id
      ... on CompetencyFramework {
        family
        version
        competencies {
          id
          title
        }
        texts {
          nameDa
          nameEn
          descriptionDa
          descriptionEn
          scaleLabelsDa
          scaleLabelsEn
          competencies {
            competencyId
            titleDa
            titleEn
            descriptionDa
            descriptionEn
            items {
              textDa
              textEn
              required
            }
          }
          openQuestions {
            textDa
            textEn
          }
        }
      }
    }
  }
`);

export const ChangeQuestionnaireMutation = graphql(`
  mutation HrChangeQuestionnaire($input: ChangeEvaluationQuestionnaireInput!) {
    changeEvaluationQuestionnaire(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        framework {
          id
          name
          version
        }
        anonymityPolicy {
          peerMinimum
          directReportMinimum
          externalMinimum
          allRatersMinimum
          commentMinimum
        }
      }
    }
  }
`);

export const PublishFrameworkMutation = graphql(`
  mutation HrPublishFramework($input: CompetencyFrameworkIdInput!) {
    publishCompetencyFramework(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      framework {
        id
        status
        publishedAt
      }
    }
  }
`);

export const CyclesQuery = graphql(`
  query HrCycles {
    evaluationCycles(first: 100) {
      nodes {
        id
        name
        status
        purpose
        opensAt
        closesAt
        closedAt
        framework {
          id
          name
          version
        }
      }
    }
  }
`);

export const CycleQuery = graphql(`
  query HrCycle($id: ID!) {
    node(id: $id) {
      id
      ... on EvaluationCycle {
        name
        status
        purpose
        opensAt
        closesAt
        closedAt
        reminderDaysBeforeClose
        anonymityPolicy {
          peerMinimum
          directReportMinimum
          externalMinimum
          allRatersMinimum
          commentMinimum
        }
        framework {
          id
          name
          version
        }
        responseRates {
          invited
          answered
          declined
          groups {
            group
            invited
            answered
            declined
          }
        }
        evaluations(first: 100) {
          nodes {
            id
            nominationState
            reportStatus
            leader {
              membershipId
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateCycleMutation = graphql(`
  mutation HrCreateCycle($input: CreateEvaluationCycleInput!) {
    createEvaluationCycle(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        status
      }
    }
  }
`);

export const AddLeadersMutation = graphql(`
  mutation HrAddLeaders($input: AddLeadersToEvaluationCycleInput!) {
    addLeadersToEvaluationCycle(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
      }
    }
  }
`);

export const OpenCycleMutation = graphql(`
  mutation HrOpenCycle($input: EvaluationCycleIdInput!) {
    openEvaluationCycle(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        status
        opensAt
      }
    }
  }
`);

export const CloseCycleMutation = graphql(`
  mutation HrCloseCycle($input: EvaluationCycleIdInput!) {
    closeEvaluationCycle(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        status
        closedAt
      }
    }
  }
`);

export const InviteRatersMutation = graphql(`
  mutation HrInviteRaters($input: EvaluationCycleIdInput!) {
    inviteRaters(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      invited
    }
  }
`);

export const ChangeDeadlineMutation = graphql(`
  mutation HrChangeDeadline($input: ChangeEvaluationCycleDeadlineInput!) {
    changeEvaluationCycleDeadline(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        closesAt
      }
    }
  }
`);

export const RemindRatersMutation = graphql(`
  mutation HrRemindRaters($input: RemindEvaluationRatersInput!) {
    remindEvaluationRaters(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
      }
    }
  }
`);

export const ChangeReminderDaysMutation = graphql(`
  mutation HrChangeReminderDays($input: ChangeEvaluationReminderDaysInput!) {
    changeEvaluationReminderDays(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cycle {
        id
        reminderDaysBeforeClose
      }
    }
  }
`);

export const LeadersQuery = graphql(`
  query HrLeaders($search: String) {
    people(search: $search, role: LEADER, first: 20) {
      nodes {
        id
        name
        membership {
          id
          jobTitle
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

// --- organisation ------------------------------------------------------------

export const OrganisationQuery = graphql(`
  query HrOrganisation($search: String) {
    organisation {
      id
      name
      units(first: 100) {
        nodes {
          id
          name
          parent {
            id
          }
        }
      }
    }
    people(search: $search, first: 50) {
      nodes {
        id
        name
        email
        locale
        membership {
          id
          jobTitle
          roles
          isActive
          unit {
            id
            name
          }
          manager {
            id
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation HrCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      unit {
        id
        name
      }
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation HrUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      unit {
        id
        name
        parent {
          id
        }
      }
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation HrCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      person {
        id
        name
      }
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation HrUpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      person {
        id
        name
        email
        locale
      }
    }
  }
`);

export const UpdateMembershipMutation = graphql(`
  mutation HrUpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      person {
        id
        membership {
          id
          jobTitle
          roles
          isActive
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const SetReportingLineMutation = graphql(`
  mutation HrSetReportingLine($input: SetReportingLineInput!) {
    setReportingLine(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      person {
        id
        membership {
          id
          manager {
            id
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateImportMutation = graphql(`
  mutation HrCreateImport($input: CreateStructureImportInput!) {
    createStructureImport(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      structureImport {
        id
        status
        upload {
          url
          method
          headers {
            name
            value
          }
          fields {
            name
            value
          }
        }
      }
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation HrStartImport($input: StartStructureImportInput!) {
    startStructureImport(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      structureImport {
        id
        status
      }
    }
  }
`);

export const ImportQuery = graphql(`
  query HrImport($id: ID!) {
    node(id: $id) {
      id
      ... on StructureImport {
        status
        createdLines
        updatedLines
        unchangedCount
        unitsCreated
        rejected {
          line
          email
          message
        }
        error
      }
    }
  }
`);

export const GoalsQuery = graphql(`
  query HrGoals {
    goals(first: 100) {
      nodes {
        id
        title
        description
        status
        periodStart
        periodEnd
      }
    }
    leadershipFoundation {
      id
      version
      title
      introduction
      publishedAt
      principles {
        id
        kind
        title
        description
      }
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation HrCreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      goal {
        id
        title
        status
      }
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation HrUpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      goal {
        id
        title
        description
        status
      }
    }
  }
`);

export const PublishFoundationMutation = graphql(`
  mutation HrPublishFoundation($input: PublishLeadershipFoundationInput!) {
    publishLeadershipFoundation(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      leadershipFoundation {
        id
        version
      }
    }
  }
`);

// --- programmes ---------------------------------------------------------------

export const ProgrammesQuery = graphql(`
  query HrProgrammes {
    programmes(first: 100) {
      nodes {
        id
        status
        archivedAt
        currentVersion {
          id
          version
          title
        }
        draft {
          id
          version
          title
        }
      }
    }
  }
`);

export const ProgrammeQuery = graphql(`
  query HrProgramme($id: ID!) {
    node(id: $id) {
      id
      ... on Programme {
        status
        archivedAt
        currentVersion {
          id
          version
          title
        }
        draft {
          id
          version
          title
          description
          audience
          goals {
            id
          }
          modules {
            id
            title
            introduction
            activities {
              id
              kind
              title
              body
              bodyHtml
              estimatedMinutes
              dueOffsetDays
            }
          }
        }
        versions {
          id
          version
          status
          title
          publishedAt
        }
      }
    }
    goals(status: ACTIVE, first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation HrCreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      programme {
        id
        status
      }
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation HrUpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      programme {
        id
        status
      }
    }
  }
`);

export const PublishProgrammeMutation = graphql(`
  mutation HrPublishProgramme($input: ProgrammeIdInput!) {
    publishProgramme(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      programme {
        id
        status
      }
    }
  }
`);

export const ArchiveProgrammeMutation = graphql(`
  mutation HrArchiveProgramme($input: ProgrammeIdInput!) {
    archiveProgramme(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      programme {
        id
        status
        archivedAt
      }
    }
  }
`);

export const ProgrammeCohortsQuery = graphql(`
  query HrProgrammeCohorts($id: ID!) {
    node(id: $id) {
      id
      ... on Programme {
        cohorts {
          id
          name
          startsOn
          enrolledLeaders
        }
      }
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation HrCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      cohort {
        id
        name
        startsOn
      }
    }
  }
`);

export const EnrolLeaderMutation = graphql(`
  mutation HrEnrolLeader($input: EnrolLeaderInput!) {
    enrolLeader(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      enrolment {
        id
      }
    }
  }
`);

// --- mentoring ------------------------------------------------------------------

export const MentoringQuery = graphql(`
  query HrMentoring {
    mentorProfiles(first: 100) {
      nodes {
        id
        capacity
        takenPlaces
        isAvailable
        tags
        areas
        languages
        location
        availability
        competencyIds
        person {
          membershipId
          name
          jobTitle
        }
      }
    }
    mentoringNeeds(status: OPEN, first: 100) {
      nodes {
        id
        tags
        area
        language
        location
        status
        person {
          membershipId
          name
          jobTitle
        }
      }
    }
    matchingRuns(first: 3) {
      nodes {
        id
        status
        createdAt
        finishedAt
        error
        result {
          mentees
          mentors
          matched
          unmatched
        }
        proposals(first: 100) {
          nodes {
            id
            fit
            status
            explanation {
              text
            }
            mentee {
              membershipId
              name
            }
            mentor {
              membershipId
              name
            }
          }
        }
      }
    }
  }
`);

export const StartMatchingRunMutation = graphql(`
  mutation HrStartMatchingRun($input: StartMatchingRunInput!) {
    startMatchingRun(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      run {
        id
        status
      }
    }
  }
`);

export const ApproveProposalMutation = graphql(`
  mutation HrApproveProposal($input: DecideMatchProposalInput!) {
    approveMatchProposal(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      mentorship {
        id
      }
    }
  }
`);

export const RejectProposalMutation = graphql(`
  mutation HrRejectProposal($input: DecideMatchProposalInput!) {
    rejectMatchProposal(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      proposal {
        id
        status
      }
    }
  }
`);

// --- privacy -----------------------------------------------------------------------

export const AuditLogQuery = graphql(`
  query HrAuditLog {
    privacyAuditLog(first: 100) {
      nodes {
        action
        at
        actorMembershipId
        subjectMembershipId
        objectKind
        objectId
      }
    }
  }
`);

export const RequestExportMutation = graphql(`
  mutation HrRequestExport($input: RequestPersonalDataExportInput!) {
    requestPersonalDataExport(input: $input) {
      errors {
        code
        field
        message
        reason
      }
      export {
        id
        status
      }
    }
  }
`);

export const ExportQuery = graphql(`
  query HrExport($id: ID!) {
    personalDataExport(id: $id) {
      id
      status
      downloadUrl
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation HrErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      errors {
        code
        field
        message
        reason
      }
    }
  }
`);

export const SaveMentorProfileMutation = graphql(`
  mutation HrSaveMentorProfile($input: SaveMentorProfileInput!) {
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
        isAvailable
        availability
      }
    }
  }
`);
