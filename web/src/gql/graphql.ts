/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityInput = {
  body?: string;
  dueOffsetDays?: number;
  estimatedMinutes?: number;
  kind: ActivityKind;
  media?: Array<MediaItemInput>;
  title: string;
};

/** Knowledge, reflection or action. */
export type ActivityKind =
  | 'ACTION'
  | 'KNOWLEDGE'
  | 'REFLECTION';

/** Where a leader is with one activity. */
export type ActivityStatus =
  | 'COMPLETED'
  | 'NOT_STARTED'
  | 'STARTED';

export type AddLeadersToEvaluationCycleInput = {
  clientMutationId?: string | null | undefined;
  cycleId: string | number;
  leaderIds: Array<string | number>;
};

export type AddPhilosophyItemInput = {
  clientMutationId?: string | null | undefined;
  /** A FeedbackNote on the philosophy to turn into an item. */
  commentId?: string | number | null | undefined;
  philosophyId: string | number;
  /** Empty: the comment's text. */
  text?: string;
};

export type ApproveNominationsInput = {
  clientMutationId?: string | null | undefined;
  evaluationId: string | number;
  rejectedNominationIds?: Array<string | number>;
};

/** A mentee's wish about area. */
export type AreaPreference =
  | 'ANY'
  | 'OTHER_AREA'
  | 'SAME_AREA';

/** Which assessment. */
export type AssessmentKind =
  | 'END_SELF'
  | 'MENTEE_EVALUATION'
  | 'MENTOR_EVALUATION'
  | 'START_SELF';

export type ChangeEvaluationCycleDeadlineInput = {
  clientMutationId?: string | null | undefined;
  closesAt: string;
  cycleId: string | number;
};

/** Change the questionnaire of a cycle; refused once it has opened. */
export type ChangeEvaluationQuestionnaireInput = {
  allRatersMinimum?: number | null | undefined;
  clientMutationId?: string | null | undefined;
  commentMinimum?: number | null | undefined;
  cycleId: string | number;
  directReportMinimum?: number | null | undefined;
  externalMinimum?: number | null | undefined;
  frameworkId?: string | number | null | undefined;
  peerMinimum?: number | null | undefined;
};

/** The days before the close on which raters are reminded. */
export type ChangeEvaluationReminderDaysInput = {
  clientMutationId?: string | null | undefined;
  cycleId: string | number;
  reminderDaysBeforeClose: Array<number>;
};

export type ChangeMentorshipStatusInput = {
  clientMutationId?: string | null | undefined;
  mentorshipId: string | number;
  reason?: string;
  status: MentorshipStatus;
};

export type ChangePasswordInput = {
  clientMutationId?: string | null | undefined;
  currentPassword?: string | null | undefined;
  newPassword: string;
};

/** BEFORE, DURING or AFTER. */
export type CheckpointKind =
  | 'AFTER'
  | 'BEFORE'
  | 'DURING';

export type CheckpointRatingInput = {
  developmentGoalId: string | number;
  rating: number;
};

export type CommentOnPhilosophyInput = {
  body: string;
  clientMutationId?: string | null | undefined;
  /** A published PhilosophyVersion. */
  versionId: string | number;
};

export type CompetencyFrameworkIdInput = {
  clientMutationId?: string | null | undefined;
  id: string | number;
};

export type CompetencyInput = {
  /** A competency of an earlier version of the same framework (family) that this one continues, renamed or not: learning effect and a follow-up's baseline then compare the two. Omitted: a new competency, compared with nothing before it. */
  continues?: string | number | null | undefined;
  descriptionDa?: string;
  descriptionEn?: string;
  items: Array<CompetencyItemInput>;
  titleDa: string;
  titleEn: string;
};

export type CompetencyItemInput = {
  required?: boolean;
  textDa: string;
  textEn: string;
};

export type CompleteCheckpointInput = {
  clientMutationId?: string | null | undefined;
  /** BEFORE and DURING may (re)agree the goals. */
  developmentGoals?: Array<DevelopmentGoalInput> | null | undefined;
  enrolmentId: string | number;
  feedback?: string;
  kind: CheckpointKind;
  notes?: string;
  practiceAgreed?: string;
  ratings?: Array<CheckpointRatingInput>;
};

export type CompletePhilosophyItemInput = {
  clientMutationId?: string | null | undefined;
  done?: boolean;
  itemId: string | number;
};

export type CreateCohortInput = {
  clientMutationId?: string | null | undefined;
  name: string;
  programmeId: string | number;
  startsOn: string;
};

export type CreateCompetencyFrameworkInput = {
  clientMutationId?: string | null | undefined;
  competencies: Array<CompetencyInput>;
  descriptionDa?: string;
  descriptionEn?: string;
  /** Key shared by the versions, e.g. 'ledelse'. */
  family: string;
  nameDa: string;
  nameEn: string;
  openQuestions?: Array<OpenQuestionInput>;
  publish?: boolean;
  scaleLabelsDa: Array<string>;
  scaleLabelsEn: Array<string>;
};

export type CreateEvaluationCycleInput = {
  allRatersMinimum?: number;
  baselineCycleId?: string | number | null | undefined;
  clientMutationId?: string | null | undefined;
  closesAt: string;
  /** Evaluate every leader enrolled in this programme cohort. */
  cohortId?: string | number | null | undefined;
  commentMinimum?: number;
  directReportMinimum?: number;
  externalMinimum?: number;
  frameworkId: string | number;
  /** Memberships evaluated: a list, or a cohort's members. */
  leaderIds?: Array<string | number>;
  name: string;
  nominationLimits?: Array<NominationLimitInput>;
  opensAt: string;
  peerMinimum?: number;
  profile?: CycleProfile;
  purpose?: CyclePurpose;
  reminderDaysBeforeClose?: Array<number>;
  /** Evaluate every leader of this unit. */
  unitId?: string | number | null | undefined;
};

export type CreateGoalInput = {
  clientMutationId?: string | null | undefined;
  description?: string;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  status?: GoalStatus;
  title: string;
  /** None: the whole organisation. */
  unitIds?: Array<string | number>;
};

export type CreatePersonInput = {
  clientMutationId?: string | null | undefined;
  email: string;
  jobTitle?: string;
  leaderSince?: string | null | undefined;
  locale?: Language;
  /** The manager, a Person of the same organisation. */
  managerId?: string | number | null | undefined;
  name: string;
  roles?: Array<Role>;
  unitId?: string | number | null | undefined;
};

/** A programme saved whole; it must serve at least one goal. */
export type CreateProgrammeInput = {
  audience?: ProgrammeAudience;
  clientMutationId?: string | null | undefined;
  description?: string;
  goalIds: Array<string | number>;
  modules: Array<ModuleInput>;
  title: string;
};

export type CreateStructureImportInput = {
  clientMutationId?: string | null | undefined;
  /** As the browser reports the file's type. */
  contentType: string;
  filename: string;
  /** In bytes. */
  size: number;
};

export type CreateUnitInput = {
  clientMutationId?: string | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
};

/** DANISH_PUBLIC_SECTOR follows ledelsesevaluering.dk: no individual report below 5 employees, at most two reminders. */
export type CycleProfile =
  | 'DANISH_PUBLIC_SECTOR'
  | 'STANDARD';

export type CyclePurpose =
  | 'BASELINE'
  | 'FOLLOW_UP';

export type CycleStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PLANNED';

export type DecideMatchProposalInput = {
  clientMutationId?: string | null | undefined;
  note?: string;
  proposalId: string | number;
};

export type DeclineMentorshipInput = {
  clientMutationId?: string | null | undefined;
  mentorshipId: string | number;
  reason?: string;
};

/** Without id a new goal; with id an existing one, changed. */
export type DevelopmentGoalInput = {
  description?: string;
  id?: string | number | null | undefined;
  organisationGoalId: string | number;
  title: string;
};

export type DiffLineKind =
  | 'ADDED'
  | 'CONTEXT'
  | 'REMOVED';

export type EffectExportFormat =
  | 'CSV'
  | 'PDF';

export type EffectExportStatus =
  | 'FAILED'
  | 'PENDING'
  | 'READY';

/** Everyone below the viewer, or the whole organisation (HR). */
export type EffectScope =
  | 'AREA'
  | 'ORGANISATION';

export type EnrolLeaderInput = {
  clientMutationId?: string | null | undefined;
  cohortId?: string | number | null | undefined;
  developmentGoals?: Array<DevelopmentGoalInput>;
  /** The leader's Membership ID. */
  leaderId: string | number;
  programmeId: string | number;
  startsOn?: string | null | undefined;
};

export type EnrolmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

/** Erase a person of your organisation (HR). */
export type ErasePersonInput = {
  clientMutationId?: string | null | undefined;
  /** The person's e-mail address, typed again to confirm. */
  confirmEmail: string;
  personId: string | number;
};

/** What went wrong, for a client to act on. */
export type ErrorCode =
  | 'ACCOUNT_DISABLED'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'EMAIL_NOT_VERIFIED'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'RULE_VIOLATED'
  /** The access token has expired: refresh it, then retry. */
  | 'TOKEN_EXPIRED'
  /** The access token is not valid: sign in again. */
  | 'TOKEN_INVALID'
  | 'TOO_LONG'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'UNKNOWN_PERSON';

export type EvaluationCycleIdInput = {
  clientMutationId?: string | null | undefined;
  cycleId: string | number;
};

export type EvaluationIdInput = {
  clientMutationId?: string | null | undefined;
  evaluationId: string | number;
};

/** A CSV or a PDF with charts, rendered in the background. */
export type ExportLearningEffectInput = {
  clientMutationId?: string | null | undefined;
  filter?: LearningEffectFilter | null | undefined;
  format: EffectExportFormat;
  scope?: EffectScope;
};

export type FeedbackNoteIdInput = {
  clientMutationId?: string | null | undefined;
  noteId: string | number;
};

export type FoundationPrincipleInput = {
  description?: string;
  kind: PrincipleKind;
  title: string;
};

/** A draft version may change; a published one is frozen. */
export type FrameworkStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type GiveFeedbackNoteInput = {
  body: string;
  clientMutationId?: string | null | undefined;
  /** The leader's Membership ID. */
  leaderId: string | number;
  /** Membership IDs of others who may see the subject. */
  shareWithIds?: Array<string | number>;
  /** The reflection, evidence or checkpoint; null for GENERAL. */
  subjectId?: string | number | null | undefined;
  subjectKind: SubjectKind;
};

/** Where a goal stands. */
export type GoalStatus =
  | 'ACHIEVED'
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

/** Kirkpatrick's level of evaluating training a figure belongs to. */
export type KirkpatrickLevel =
  | 'BEHAVIOUR'
  | 'LEARNING'
  | 'REACTION'
  | 'RESULTS';

/** The language a person reads Ledelyst in. */
export type Language =
  | 'DA'
  | 'EN';

/** Narrow the figures; every part is optional. */
export type LearningEffectFilter = {
  cohortId?: string | number | null | undefined;
  /** Enrolments starting within this year or quarter. */
  period?: LearningEffectPeriod | null | undefined;
  programmeId?: string | number | null | undefined;
  /**
   * Enrolments starting from the first day of this day's quarter.
   * @deprecated Use period: periods are whole quarters or years.
   */
  startsFrom?: string | null | undefined;
  /**
   * Enrolments starting until the last day of this day's quarter.
   * @deprecated Use period: periods are whole quarters or years.
   */
  startsUntil?: string | null | undefined;
  /** The unit and every unit below it. */
  unitId?: string | number | null | undefined;
};

/** A whole year, or one quarter of it: periods are fixed. */
export type LearningEffectPeriod = {
  /** 1-4; none for the whole year. */
  quarter?: number | null | undefined;
  year: number;
};

export type MarkFeedbackNotesReadInput = {
  clientMutationId?: string | null | undefined;
  noteIds: Array<string | number>;
};

export type MatchingWeightsInput = {
  area?: number;
  experience?: number;
  focus?: number;
  language?: number;
  location?: number;
};

/** A file already uploaded with requestActivityMediaUpload. */
export type MediaItemInput = {
  contentType: string;
  objectKey: string;
  title: string;
};

export type MentorshipIdInput = {
  clientMutationId?: string | null | undefined;
  mentorshipId: string | number;
};

/** The viewer's part in a mentorship. */
export type MentorshipRole =
  | 'MENTEE'
  | 'MENTOR'
  | 'OVERSEER';

/** Where a mentorship stands. */
export type MentorshipStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PAUSED'
  | 'PROPOSED'
  | 'REJECTED';

/** A module must hold at least one activity of each kind. */
export type ModuleInput = {
  activities: Array<ActivityInput>;
  introduction?: string;
  title: string;
};

/** Where a mentoring need stands. */
export type NeedStatus =
  | 'MATCHED'
  | 'OPEN'
  | 'WITHDRAWN';

export type NominateRatersInput = {
  clientMutationId?: string | null | undefined;
  evaluationId: string | number;
  nominees: Array<NomineeInput>;
};

export type NominationLimitInput = {
  group: RaterGroup;
  maximum?: number | null | undefined;
  minimum?: number | null | undefined;
};

export type NominationState =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'NOMINATING';

export type NominationStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

export type NomineeInput = {
  email?: string | null | undefined;
  group: RaterGroup;
  locale?: string;
  membershipId?: string | number | null | undefined;
  name?: string | null | undefined;
};

/** Where the mentor watched the new leader. */
export type ObservationSetting =
  | 'CHANGE_PROCESS'
  | 'DIFFICULT_CONVERSATION'
  | 'ONE_TO_ONE'
  | 'OTHER'
  | 'PRESENTATION'
  | 'STAFF_MEETING';

export type OpenQuestionInput = {
  textDa: string;
  textEn: string;
};

/** What an open 360 task asks of the viewer. */
export type Pending360TaskKind =
  | 'APPROVE_NOMINATIONS'
  | 'GIVE_MANAGER_ASSESSMENT'
  | 'GIVE_SELF_ASSESSMENT'
  | 'NOMINATE_RATERS'
  | 'RATE_OTHER'
  | 'READ_REPORT';

export type PersonalDataExportStatus =
  | 'FAILED'
  | 'PENDING'
  | 'READY';

/** How a section changed. */
export type PhilosophySectionChange =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED'
  | 'UNCHANGED';

/** A section: Markdown (no HTML), with what it cites. */
export type PhilosophySectionInput = {
  body: string;
  /** OrganisationGoal IDs. */
  goalIds?: Array<string | number>;
  kind: PhilosophySectionKind;
  /** FoundationPrinciple IDs of the current leadership foundation. */
  principleIds?: Array<string | number>;
  /** Required for CUSTOM; optional for the required sections. */
  title?: string;
};

/** The three required sections, or one the leader adds (CUSTOM). */
export type PhilosophySectionKind =
  | 'CUSTOM'
  | 'FOUNDATION'
  | 'STRATEGY'
  | 'VALUES';

/** DRAFT while written, PUBLISHING while the page is made, then PUBLISHED; FAILED if the page could not be made (the previous version stays current). */
export type PhilosophyVersionStatus =
  | 'DRAFT'
  | 'FAILED'
  | 'PUBLISHED'
  | 'PUBLISHING';

/** Who reads a published philosophy: the organisation (INTERNAL) or anyone with the address (PUBLIC). Comments stay inside the organisation either way. */
export type PhilosophyVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

/** A principle of the leadership foundation, or one of its values. */
export type PrincipleKind =
  | 'PRINCIPLE'
  | 'VALUE';

export type PrivacyAuditAction =
  | 'DATA_ERASED'
  | 'DATA_EXPORTED'
  | 'DATA_EXPORT_REQUESTED'
  | 'REPORT_DOWNLOADED'
  | 'REPORT_VIEWED';

export type ProgrammeAudience =
  | 'ALL_LEADERS'
  | 'EXPERIENCED_LEADERS'
  | 'LEADERS_OF_LEADERS'
  | 'NEW_LEADERS';

export type ProgrammeIdInput = {
  clientMutationId?: string | null | undefined;
  programmeId: string | number;
};

export type ProgrammeStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ProgrammeVersionStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SUPERSEDED';

/** One change a phone queued while offline. */
export type ProgressEventInput = {
  activityId: string | number;
  clientEventId: string;
  enrolmentId: string | number;
  objectKey?: string | null | undefined;
  occurredAt: string;
  sharedWith?: Array<ShareTarget> | null | undefined;
  text?: string | null | undefined;
  type: ProgressEventType;
};

export type ProgressEventStatus =
  | 'APPLIED'
  | 'CONFLICT'
  | 'DUPLICATE';

export type ProgressEventType =
  | 'COMPLETED'
  | 'EVIDENCE_SAVED'
  | 'REFLECTION_SAVED'
  | 'STARTED';

/** Where a proposal stands. */
export type ProposalStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'SUPERSEDED';

export type PublishLeadershipFoundationInput = {
  clientMutationId?: string | null | undefined;
  introduction?: string;
  /** Principles and values, in the order shown. */
  principles: Array<FoundationPrincipleInput>;
  title: string;
};

export type PublishPhilosophyInput = {
  clientMutationId?: string | null | undefined;
  philosophyId: string | number;
  /** What changed; required from the second version on. */
  summary?: string;
  visibility?: PhilosophyVisibility | null | undefined;
};

/** The viewer's 1-5 rating of an activity; again replaces it. */
export type RateActivityInput = {
  activityId: string | number;
  clientMutationId?: string | null | undefined;
  comment?: string;
  rating: number;
};

/** Who a rater is to the leader. */
export type RaterGroup =
  | 'DIRECT_REPORT'
  | 'EXTERNAL'
  | 'MANAGER'
  | 'PEER'
  | 'SELF';

export type RatingInput = {
  /** The focus area rated: `tag:` and a focus tag (e.g. `tag:feedback`, at most 80 characters), or `competency:` and a Competency's global ID. Each once. */
  key: string;
  /** 1 (not yet) to 5 (fully). */
  value: number;
};

export type RecordMentoringObservationInput = {
  clientMutationId?: string | null | undefined;
  mentorshipId: string | number;
  observedOn: string;
  ratings?: Array<RatingInput>;
  setting: ObservationSetting;
  sharedWithMentee?: boolean;
  situation?: string;
  suggestion?: string;
  toDevelop?: string;
  wentWell?: string;
};

/** Remind now every rater of an open cycle who has not answered. */
export type RemindEvaluationRatersInput = {
  clientMutationId?: string | null | undefined;
  cycleId: string | number;
};

export type ReplyToFeedbackNoteInput = {
  body: string;
  clientMutationId?: string | null | undefined;
  noteId: string | number;
};

/** A rater group in a report, or all others than the leader combined. */
export type ReportGroup =
  | 'ALL_OTHERS'
  | 'DIRECT_REPORT'
  | 'EXTERNAL'
  | 'MANAGER'
  | 'PEER'
  | 'SELF';

export type ReportStatus =
  | 'PENDING'
  | 'READY'
  | 'RENDERING'
  | 'WITHHELD';

export type RequestEvidenceUploadInput = {
  activityId: string | number;
  byteSize: number;
  clientMutationId?: string | null | undefined;
  contentType: string;
  enrolmentId: string | number;
  filename: string;
};

export type RequestMagicLinkInput = {
  clientMutationId?: string | null | undefined;
  email: string;
};

export type RequestMentorInput = {
  clientMutationId?: string | null | undefined;
  mentorProfileId: string | number;
};

/** Export everything held about a person: yourself, or (HR) a person of your organisation. */
export type RequestPersonalDataExportInput = {
  clientMutationId?: string | null | undefined;
  /** Leave out for yourself. */
  personId?: string | number | null | undefined;
};

/** What a person does in an organisation. */
export type Role =
  | 'ADMIN'
  | 'HR'
  | 'LEADER'
  | 'MENTOR';

/** Where a matching run stands. */
export type RunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING';

export type SaveMeetingNoteInput = {
  clientMutationId?: string | null | undefined;
  meetingId: string | number;
  shared?: boolean;
  text: string;
};

export type SaveMentorProfileInput = {
  areas?: Array<string>;
  availability?: string;
  capacity: number;
  clientMutationId?: string | null | undefined;
  competencyIds?: Array<string | number>;
  frameworkId?: string | number | null | undefined;
  isAvailable?: boolean;
  languages?: Array<string>;
  location?: string;
  /** HR: the member the profile is for; the viewer when null. */
  membershipId?: string | number | null | undefined;
  tags?: Array<string>;
};

export type SaveMentoringNeedInput = {
  area?: string;
  areaPreference?: AreaPreference;
  clientMutationId?: string | null | undefined;
  competencyIds?: Array<string | number>;
  frameworkId?: string | number | null | undefined;
  language?: string;
  location?: string;
  membershipId?: string | number | null | undefined;
  notes?: string;
  tags?: Array<string>;
};

export type SavePhilosophyDraftInput = {
  clientMutationId?: string | null | undefined;
  /** The draft's revision the client edited (0: no draft yet); CONFLICT if it changed meanwhile. */
  expectedRevision?: number | null | undefined;
  /** The viewer's philosophy; made on the first save when absent. */
  philosophyId?: string | number | null | undefined;
  sections: Array<PhilosophySectionInput>;
};

export type SavePhilosophyNotesInput = {
  clientMutationId?: string | null | undefined;
  notes: string;
  philosophyId?: string | number | null | undefined;
};

export type ScheduleMentoringMeetingInput = {
  agenda?: string;
  clientMutationId?: string | null | undefined;
  mentorshipId: string | number;
  place?: string;
  startsAt: string;
};

export type SetDevelopmentGoalsInput = {
  clientMutationId?: string | null | undefined;
  enrolmentId: string | number;
  goals: Array<DevelopmentGoalInput>;
};

export type SetMentorshipAgreementInput = {
  clientMutationId?: string | null | undefined;
  endsOn?: string | null | undefined;
  goals: string;
  meetingFrequency: string;
  mentorshipId: string | number;
};

/** The signed-in person's own language. */
export type SetMyLocaleInput = {
  clientMutationId?: string | null | undefined;
  locale: Language;
};

export type SetPhilosophyVisibilityInput = {
  clientMutationId?: string | null | undefined;
  philosophyId: string | number;
  visibility: PhilosophyVisibility;
};

export type SetReportingLineInput = {
  clientMutationId?: string | null | undefined;
  /** null: no manager. */
  managerId?: string | number | null | undefined;
  personId: string | number;
};

export type ShareEvaluationReportInput = {
  clientMutationId?: string | null | undefined;
  evaluationId: string | number;
  membershipId: string | number;
  shared?: boolean;
};

export type ShareTarget =
  | 'MANAGER'
  | 'MENTOR';

export type StartMatchingRunInput = {
  candidatesPerMentee?: number;
  clientMutationId?: string | null | undefined;
  /** Memberships of the new leaders; every open need when null. */
  menteeIds?: Array<string | number> | null | undefined;
  /** Memberships of the mentor pool; every available one when null. */
  mentorIds?: Array<string | number> | null | undefined;
  useSharedPool?: boolean;
  weights?: MatchingWeightsInput | null | undefined;
};

export type StartStructureImportInput = {
  clientMutationId?: string | null | undefined;
  /** The StructureImport whose file is uploaded. */
  id: string | number;
};

/** Where a structure import stands. */
export type StructureImportStatus =
  | 'AWAITING_UPLOAD'
  | 'DONE'
  | 'FAILED'
  | 'PENDING';

/** What a feedback note is about. */
export type SubjectKind =
  | 'ACTION_EVIDENCE'
  | 'CHECKPOINT'
  | 'GENERAL'
  | 'PHILOSOPHY_VERSION'
  | 'REFLECTION';

export type SubmitMentorshipAssessmentInput = {
  clientMutationId?: string | null | undefined;
  kind: AssessmentKind;
  mentorshipId: string | number;
  ratings?: Array<RatingInput>;
  text?: string;
};

export type SyncProgressInput = {
  clientMutationId?: string | null | undefined;
  events: Array<ProgressEventInput>;
};

export type UpdateGoalInput = {
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  status?: GoalStatus | null | undefined;
  title?: string | null | undefined;
  unitIds?: Array<string | number> | null | undefined;
};

export type UpdateMembershipInput = {
  clientMutationId?: string | null | undefined;
  /** false: the person has left; their sessions end. */
  isActive?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  leaderSince?: string | null | undefined;
  personId: string | number;
  roles?: Array<Role> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UpdatePersonInput = {
  clientMutationId?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  locale?: Language | null | undefined;
  name?: string | null | undefined;
};

/** Rewrites the draft; a published programme gets a new draft. */
export type UpdateProgrammeInput = {
  audience?: ProgrammeAudience;
  clientMutationId?: string | null | undefined;
  description?: string;
  goalIds: Array<string | number>;
  modules: Array<ModuleInput>;
  programmeId: string | number;
  title: string;
};

export type UpdateUnitInput = {
  clientMutationId?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** null moves the unit to the top. */
  parentId?: string | number | null | undefined;
};

export type WithdrawNominationInput = {
  clientMutationId?: string | null | undefined;
  nominationId: string | number;
};

export type AppActivityFieldsFragment = { __typename: 'EnrolmentActivity', status: ActivityStatus, startedAt: string | null, completedAt: string | null, dueOn: string, overdue: boolean, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string, bodyHtml: string, estimatedMinutes: number, module: { __typename: 'Module', id: string, position: number, title: string } | null }, reflection: { __typename: 'Reflection', id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: string } | null, evidence: { __typename: 'ActionEvidence', id: string, text: string, recordedAt: string, file: { __typename: 'StoredFile', title: string, url: string, contentType: string } | null } | null };

export type AppViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', roles: Array<Role>, person: { __typename: 'Person', id: string, name: string, locale: Language }, membership: { __typename: 'Membership', id: string, jobTitle: string, isNewLeader: boolean, isLeaderOfLeaders: boolean, manager: { __typename: 'Membership', id: string, person: { __typename: 'Person', id: string, name: string, email: string } } | null } } | null };

export type AppHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AppHomeQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', roles: Array<Role>, person: { __typename: 'Person', id: string, name: string, locale: Language }, membership: { __typename: 'Membership', id: string, isNewLeader: boolean } } | null, home: { __typename: 'Home', proposalsToDecide: number, enrolments: Array<{ __typename: 'Enrolment', id: string, status: EnrolmentStatus, startsOn: string, programme: { __typename: 'ProgrammeVersion', id: string, title: string } | null, progress: { __typename: 'ProgressSummary', total: number, started: number, completed: number, percent: number } }>, nextActivities: Array<{ __typename: 'DueActivity', dueOn: string, overdue: boolean, status: ActivityStatus, enrolment: { __typename: 'Enrolment', id: string }, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string } }>, mentor: { __typename: 'MentorInfo', name: string, jobTitle: string } | null, unreadFeedback: Array<{ __typename: 'FeedbackNoteSummary', id: string, title: string, authorName: string | null, createdAt: string }>, checkpointsToHold: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, isOpen: boolean, enrolment: { __typename: 'Enrolment', id: string, leader: { __typename: 'LeaderSummary', name: string } | null, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, title: string }> } | null }>, pending360Tasks: Array<{ __typename: 'PendingTaskSummary', id: string, kind: Pending360TaskKind, evaluationId: string, title: string }> } };

export type AppEnrolmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AppEnrolmentQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', status: EnrolmentStatus, id: string, programme: { __typename: 'ProgrammeVersion', id: string, title: string, descriptionHtml: string, modules: Array<{ __typename: 'Module', id: string, position: number, title: string, introduction: string }> } | null, progress: { __typename: 'ProgressSummary', total: number, started: number, completed: number, percent: number }, activities: Array<{ __typename: 'EnrolmentActivity', status: ActivityStatus, startedAt: string | null, completedAt: string | null, dueOn: string, overdue: boolean, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string, bodyHtml: string, estimatedMinutes: number, module: { __typename: 'Module', id: string, position: number, title: string } | null }, reflection: { __typename: 'Reflection', id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: string } | null, evidence: { __typename: 'ActionEvidence', id: string, text: string, recordedAt: string, file: { __typename: 'StoredFile', title: string, url: string, contentType: string } | null } | null }> }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppSyncProgressMutationVariables = Exact<{
  input: SyncProgressInput;
}>;


export type AppSyncProgressMutation = { __typename: 'Mutation', syncProgress: { __typename: 'SyncProgressPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, results: Array<{ __typename: 'ProgressEventResult', clientEventId: string, status: ProgressEventStatus, code: ErrorCode | null, message: string | null }>, enrolments: Array<{ __typename: 'Enrolment', id: string, progress: { __typename: 'ProgressSummary', total: number, started: number, completed: number, percent: number }, activities: Array<{ __typename: 'EnrolmentActivity', status: ActivityStatus, startedAt: string | null, completedAt: string | null, dueOn: string, overdue: boolean, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string, bodyHtml: string, estimatedMinutes: number, module: { __typename: 'Module', id: string, position: number, title: string } | null }, reflection: { __typename: 'Reflection', id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: string } | null, evidence: { __typename: 'ActionEvidence', id: string, text: string, recordedAt: string, file: { __typename: 'StoredFile', title: string, url: string, contentType: string } | null } | null }> }> } };

export type AppRequestEvidenceUploadMutationVariables = Exact<{
  input: RequestEvidenceUploadInput;
}>;


export type AppRequestEvidenceUploadMutation = { __typename: 'Mutation', requestEvidenceUpload: { __typename: 'RequestUploadPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, upload: { __typename: 'UploadTicket', objectKey: string, url: string, method: string, headers: unknown, fields: unknown } | null } };

export type AppFeedbackNotesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppFeedbackNotesQuery = { __typename: 'Query', unreadFeedbackCount: number, feedbackNotes: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, subjectKind: SubjectKind, subjectId: string | null, createdAt: string, body: string | null, authorName: string | null, leaderName: string | null, isMine: boolean, isRead: boolean, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, authorName: string | null, createdAt: string, isMine: boolean }> }> } };

export type AppReplyToFeedbackNoteMutationVariables = Exact<{
  input: ReplyToFeedbackNoteInput;
}>;


export type AppReplyToFeedbackNoteMutation = { __typename: 'Mutation', replyToFeedbackNote: { __typename: 'FeedbackNotePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, note: { __typename: 'FeedbackNote', id: string, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, authorName: string | null, createdAt: string, isMine: boolean }> } | null } };

export type AppMarkFeedbackNotesReadMutationVariables = Exact<{
  input: MarkFeedbackNotesReadInput;
}>;


export type AppMarkFeedbackNotesReadMutation = { __typename: 'Mutation', markFeedbackNotesRead: { __typename: 'MarkFeedbackNotesReadPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, message: string }> } };

export type AppGiveFeedbackNoteMutationVariables = Exact<{
  input: GiveFeedbackNoteInput;
}>;


export type AppGiveFeedbackNoteMutation = { __typename: 'Mutation', giveFeedbackNote: { __typename: 'FeedbackNotePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, note: { __typename: 'FeedbackNote', id: string, body: string | null } | null } };

export type AppMenteesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMenteesQuery = { __typename: 'Query', mentees: { __typename: 'MenteeConnection', nodes: Array<{ __typename: 'Mentee', lastVisitAt: string | null, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus }, person: { __typename: 'MentoringPerson', name: string, jobTitle: string, membershipId: string }, progress: { __typename: 'MenteeProgress', activeEnrolments: number, completedActivities: number, totalActivities: number, percent: number }, sharedSinceLastVisit: { __typename: 'SharedSinceLastVisit', count: number, items: Array<{ __typename: 'SharedItem', kind: string, reference: string, title: string, sharedAt: string }> } }> } };

export type AppSharedItemQueryVariables = Exact<{
  id: string | number;
}>;


export type AppSharedItemQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', text: string, recordedAt: string, id: string, file: { __typename: 'StoredFile', title: string, url: string, contentType: string } | null }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', text: string, sharedWith: Array<ShareTarget>, writtenAt: string, id: string, activity: { __typename: 'Activity', id: string, title: string } | null }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppCompleteCheckpointMutationVariables = Exact<{
  input: CompleteCheckpointInput;
}>;


export type AppCompleteCheckpointMutation = { __typename: 'Mutation', completeCheckpoint: { __typename: 'CompleteCheckpointPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppRequestMagicLinkMutationVariables = Exact<{
  input: RequestMagicLinkInput;
}>;


export type AppRequestMagicLinkMutation = { __typename: 'Mutation', requestMagicLink: { __typename: 'RequestMagicLinkPayload', message: string | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppMentorshipQueryVariables = Exact<{
  id: string | number;
}>;


export type AppMentorshipQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', status: MentorshipStatus, startsOn: string | null, goals: string, meetingFrequency: string, viewerRole: MentorshipRole, id: string, mentor: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null, mentee: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppMatchProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type AppMatchProposalQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', status: ProposalStatus, viewerMayDecide: boolean, fit: number, createdAt: string, id: string, mentor: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null, mentee: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppApproveMatchProposalMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;


export type AppApproveMatchProposalMutation = { __typename: 'Mutation', approveMatchProposal: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppRejectMatchProposalMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;


export type AppRejectMatchProposalMutation = { __typename: 'Mutation', rejectMatchProposal: { __typename: 'MatchProposalPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, proposal: { __typename: 'MatchProposal', id: string, status: ProposalStatus } | null } };

export type AppMatchProposalsToDecideQueryVariables = Exact<{
  first: number;
}>;


export type AppMatchProposalsToDecideQuery = { __typename: 'Query', matchProposalsToDecide: { __typename: 'MatchProposalConnection', nodes: Array<{ __typename: 'MatchProposal', id: string, status: ProposalStatus, fit: number, createdAt: string, mentee: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null, mentor: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type AppLeadersCheckpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLeadersCheckpointsQuery = { __typename: 'Query', enrolments: { __typename: 'EnrolmentConnection', nodes: Array<{ __typename: 'Enrolment', id: string, status: EnrolmentStatus, leader: { __typename: 'LeaderSummary', name: string, membershipId: string } | null, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, title: string }>, checkpoints: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, completedAt: string | null, leadershipPhilosophy: { __typename: 'CheckpointPhilosophy', versionId: string, number: number } | null }> }> } };

export type AppLearningEffectScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLearningEffectScopesQuery = { __typename: 'Query', learningEffectScopes: Array<EffectScope> };

export type AppAreaQueryVariables = Exact<{
  personId: string | number;
}>;


export type AppAreaQuery = { __typename: 'Query', reports: { __typename: 'Reports', spanOfControl: number, totalCount: number }, spansOfControl: { __typename: 'SpanOfControlConnection', nodes: Array<{ __typename: 'SpanOfControl', directReports: number, leader: { __typename: 'Membership', id: string, jobTitle: string, person: { __typename: 'Person', id: string, name: string }, unit: { __typename: 'Unit', id: string, name: string } | null } | null }> }, enrolments: { __typename: 'EnrolmentConnection', nodes: Array<{ __typename: 'Enrolment', id: string, status: EnrolmentStatus, leader: { __typename: 'LeaderSummary', name: string, membershipId: string } | null, programme: { __typename: 'ProgrammeVersion', id: string, title: string } | null, progress: { __typename: 'ProgressSummary', completed: number, total: number, percent: number }, checkpoints: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, completedAt: string | null }> }> }, philosophyOverview: { __typename: 'PhilosophyOverview', totalLeaders: number, publishedCount: number, leaders: { __typename: 'PhilosophyStatusConnection', nodes: Array<{ __typename: 'PhilosophyStatus', publishedAt: string | null, leader: { __typename: 'Membership', id: string } }> } } };

export type AppEffectFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppEffectFilterOptionsQuery = { __typename: 'Query', organisation: { __typename: 'Organisation', id: string, units: { __typename: 'UnitConnection', nodes: Array<{ __typename: 'Unit', id: string, name: string }> } }, programmes: { __typename: 'ProgrammeConnection', nodes: Array<{ __typename: 'Programme', id: string, currentVersion: { __typename: 'ProgrammeVersion', id: string, title: string } | null }> } };

export type AppEffectRatingFragment = { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null };

export type AppEffectChangeFragment = { __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null };

export type AppEffectParticipationFragment = { __typename: 'LearningParticipation', kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ __typename: 'ActivityKindProgress', kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ __typename: 'CheckpointProgress', kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> };

export type AppEffectSpansFragment = { __typename: 'SpanOfControlFigures', leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number };

export type AppLearningEffectSummaryQueryVariables = Exact<{
  scope: EffectScope;
  filter?: LearningEffectFilter | null | undefined;
}>;


export type AppLearningEffectSummaryQuery = { __typename: 'Query', learningEffectSummary: { __typename: 'LearningEffectSummary', scope: EffectScope, asOf: string, computedAt: string, notes: Array<string>, participation: { __typename: 'LearningParticipation', kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ __typename: 'ActivityKindProgress', kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ __typename: 'CheckpointProgress', kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, behaviourChange: { __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, reaction: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, spanOfControl: { __typename: 'SpanOfControlFigures', leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number } } };

export type AppEffectFiguresFragment = { __typename: 'LearningEffect', scope: EffectScope, asOf: string, notes: Array<string>, participation: { __typename: 'LearningParticipation', kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ __typename: 'ActivityKindProgress', kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ __typename: 'CheckpointProgress', kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { __typename: 'GoalAttainment', kirkpatrickLevel: KirkpatrickLevel, overall: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, goals: Array<{ __typename: 'OrganisationGoalAttainment', goalId: string, title: string, attainment: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null } }> }, behaviourChange: { __typename: 'BehaviourChange', kirkpatrickLevel: KirkpatrickLevel, minimumLeaders: number, overall: { __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, competencies: Array<{ __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }> }, reaction: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, spanOfControl: { __typename: 'SpanOfControlFigures', leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number } };

export type AppLearningEffectQueryVariables = Exact<{
  filter?: LearningEffectFilter | null | undefined;
}>;


export type AppLearningEffectQuery = { __typename: 'Query', learningEffect: { __typename: 'LearningEffect', scope: EffectScope, asOf: string, notes: Array<string>, participation: { __typename: 'LearningParticipation', kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ __typename: 'ActivityKindProgress', kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ __typename: 'CheckpointProgress', kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { __typename: 'GoalAttainment', kirkpatrickLevel: KirkpatrickLevel, overall: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, goals: Array<{ __typename: 'OrganisationGoalAttainment', goalId: string, title: string, attainment: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null } }> }, behaviourChange: { __typename: 'BehaviourChange', kirkpatrickLevel: KirkpatrickLevel, minimumLeaders: number, overall: { __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, competencies: Array<{ __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }> }, reaction: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, spanOfControl: { __typename: 'SpanOfControlFigures', leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number } } };

export type AppOrganisationLearningEffectQueryVariables = Exact<{
  filter?: LearningEffectFilter | null | undefined;
}>;


export type AppOrganisationLearningEffectQuery = { __typename: 'Query', organisationLearningEffect: { __typename: 'LearningEffect', scope: EffectScope, asOf: string, notes: Array<string>, participation: { __typename: 'LearningParticipation', kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ __typename: 'ActivityKindProgress', kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ __typename: 'CheckpointProgress', kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { __typename: 'GoalAttainment', kirkpatrickLevel: KirkpatrickLevel, overall: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, goals: Array<{ __typename: 'OrganisationGoalAttainment', goalId: string, title: string, attainment: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null } }> }, behaviourChange: { __typename: 'BehaviourChange', kirkpatrickLevel: KirkpatrickLevel, minimumLeaders: number, overall: { __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, competencies: Array<{ __typename: 'CompetencyChange', key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }> }, reaction: { __typename: 'RatingFigure', kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, suppressedReason: string | null, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { __typename: 'ConfidenceInterval', low: number, high: number } | null }, spanOfControl: { __typename: 'SpanOfControlFigures', leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number } } };

export type AppExportLearningEffectMutationVariables = Exact<{
  input: ExportLearningEffectInput;
}>;


export type AppExportLearningEffectMutation = { __typename: 'Mutation', exportLearningEffect: { __typename: 'ExportLearningEffectPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, export: { __typename: 'EffectExport', id: string, format: EffectExportFormat, status: EffectExportStatus, downloadUrl: string | null } | null } };

export type AppLearningEffectExportQueryVariables = Exact<{
  id: string | number;
}>;


export type AppLearningEffectExportQuery = { __typename: 'Query', learningEffectExport: { __typename: 'EffectExport', id: string, format: EffectExportFormat, status: EffectExportStatus, downloadUrl: string | null } | null };

export type AppPending360TasksQueryVariables = Exact<{ [key: string]: never; }>;


export type AppPending360TasksQuery = { __typename: 'Query', home: { __typename: 'Home', pending360Tasks: Array<{ __typename: 'PendingTaskSummary', id: string, kind: Pending360TaskKind, evaluationId: string, title: string, dueAt: string | null }> }, myEvaluations: Array<{ __typename: 'Evaluation', id: string, nominationState: NominationState, reportStatus: ReportStatus, cycle: { __typename: 'EvaluationCycle', id: string, name: string } }> };

export type AppEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type AppEvaluationQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', membership: { __typename: 'Membership', id: string } } | null, node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', nominationState: NominationState, reportStatus: ReportStatus, enoughAnswers: boolean, id: string, cycle: { __typename: 'EvaluationCycle', id: string, name: string }, leader: { __typename: 'EvaluationPerson', membershipId: string, name: string }, sharedWith: Array<{ __typename: 'EvaluationPerson', membershipId: string, name: string }> | null, nominations: Array<{ __typename: 'Nomination', id: string, group: RaterGroup, raterName: string, raterEmail: string, status: NominationStatus, invited: boolean, outsideDirectory: boolean }>, progress: Array<{ __typename: 'GroupProgress', group: RaterGroup, invited: number, minimum: number, enoughAnswers: boolean }>, report: { __typename: 'EvaluationReport', status: ReportStatus, withheldReason: string | null, downloadUrl: string | null, figures: { __typename: 'ReportFigures', responses: Array<{ __typename: 'GroupCount', group: ReportGroup, count: number }>, competencies: Array<{ __typename: 'CompetencyResult', competencyId: string, title: string, figures: Array<{ __typename: 'Figure', group: ReportGroup, count: number, mean: number }> }> } | null } | null }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppDirectoryQueryVariables = Exact<{
  search: string;
}>;


export type AppDirectoryQuery = { __typename: 'Query', people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, name: string, membership: { __typename: 'Membership', id: string, jobTitle: string } }> } };

export type AppNominateRatersMutationVariables = Exact<{
  input: NominateRatersInput;
}>;


export type AppNominateRatersMutation = { __typename: 'Mutation', nominateRaters: { __typename: 'NominateRatersPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { __typename: 'Evaluation', id: string, nominationState: NominationState, nominations: Array<{ __typename: 'Nomination', id: string, group: RaterGroup, raterName: string, raterEmail: string, status: NominationStatus, invited: boolean, outsideDirectory: boolean }> } | null } };

export type AppSubmitNominationsMutationVariables = Exact<{
  input: EvaluationIdInput;
}>;


export type AppSubmitNominationsMutation = { __typename: 'Mutation', submitNominations: { __typename: 'EvaluationPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { __typename: 'Evaluation', id: string, nominationState: NominationState } | null } };

export type AppApproveNominationsMutationVariables = Exact<{
  input: ApproveNominationsInput;
}>;


export type AppApproveNominationsMutation = { __typename: 'Mutation', approveNominations: { __typename: 'EvaluationPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { __typename: 'Evaluation', id: string, nominationState: NominationState, nominations: Array<{ __typename: 'Nomination', id: string, status: NominationStatus }> } | null } };

export type AppOpenMyRaterFormMutationVariables = Exact<{
  input: EvaluationIdInput;
}>;


export type AppOpenMyRaterFormMutation = { __typename: 'Mutation', openMyRaterForm: { __typename: 'OpenMyRaterFormPayload', url: string | null, raterGroup: RaterGroup | null, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppWithdrawNominationMutationVariables = Exact<{
  input: WithdrawNominationInput;
}>;


export type AppWithdrawNominationMutation = { __typename: 'Mutation', withdrawNomination: { __typename: 'EvaluationPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { __typename: 'Evaluation', id: string, nominations: Array<{ __typename: 'Nomination', id: string, group: RaterGroup, raterName: string, raterEmail: string, status: NominationStatus, invited: boolean, outsideDirectory: boolean }> } | null } };

export type AppShareEvaluationReportMutationVariables = Exact<{
  input: ShareEvaluationReportInput;
}>;


export type AppShareEvaluationReportMutation = { __typename: 'Mutation', shareEvaluationReport: { __typename: 'EvaluationPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { __typename: 'Evaluation', id: string, sharedWith: Array<{ __typename: 'EvaluationPerson', membershipId: string, name: string }> | null } | null } };

export type AppMyMentorForReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyMentorForReportQuery = { __typename: 'Query', myMentorships: { __typename: 'MentorshipConnection', nodes: Array<{ __typename: 'Mentorship', id: string, viewerRole: MentorshipRole, mentor: { __typename: 'MentoringPerson', name: string, membershipId: string } | null }> } };

export type AppDevelopmentQueryVariables = Exact<{
  enrolmentId: string | number;
}>;


export type AppDevelopmentQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string, programme: { __typename: 'ProgrammeVersion', id: string, title: string } | null, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, position: number, title: string, description: string, agreedAt: string | null, attainmentRating: number | null, organisationGoal: { __typename: 'OrganisationGoalSummary', id: string, title: string } | null }>, checkpoints: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, completedAt: string | null, practiceAgreed: string, notes: string, feedback: string, isOpen: boolean }> }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null, goals: { __typename: 'OrganisationGoalConnection', nodes: Array<{ __typename: 'OrganisationGoal', id: string, title: string }> } };

export type AppSetDevelopmentGoalsMutationVariables = Exact<{
  input: SetDevelopmentGoalsInput;
}>;


export type AppSetDevelopmentGoalsMutation = { __typename: 'Mutation', setDevelopmentGoals: { __typename: 'SetDevelopmentGoalsPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, position: number, title: string, description: string, agreedAt: string | null, attainmentRating: number | null, organisationGoal: { __typename: 'OrganisationGoalSummary', id: string, title: string } | null }> } };

export type HrFrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type HrFrameworksQuery = { __typename: 'Query', competencyFrameworks: { __typename: 'CompetencyFrameworkConnection', nodes: Array<{ __typename: 'CompetencyFramework', id: string, family: string, version: number, name: string, status: FrameworkStatus, publishedAt: string | null, competencies: Array<{ __typename: 'Competency', id: string, title: string }> }> } };

export type HrCreateFrameworkMutationVariables = Exact<{
  input: CreateCompetencyFrameworkInput;
}>;


export type HrCreateFrameworkMutation = { __typename: 'Mutation', createCompetencyFramework: { __typename: 'CompetencyFrameworkPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, framework: { __typename: 'CompetencyFramework', id: string, status: FrameworkStatus, version: number } | null } };

export type HrFrameworkTextsQueryVariables = Exact<{
  id: string | number;
}>;


export type HrFrameworkTextsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', family: string, version: number, id: string, competencies: Array<{ __typename: 'Competency', id: string, title: string }>, texts: { __typename: 'CompetencyFrameworkTexts', nameDa: string, nameEn: string, descriptionDa: string, descriptionEn: string, scaleLabelsDa: Array<string>, scaleLabelsEn: Array<string>, competencies: Array<{ __typename: 'CompetencyTexts', competencyId: string, titleDa: string, titleEn: string, descriptionDa: string, descriptionEn: string, items: Array<{ __typename: 'CompetencyItemTexts', textDa: string, textEn: string, required: boolean }> }>, openQuestions: Array<{ __typename: 'OpenQuestionTexts', textDa: string, textEn: string }> } | null }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type HrChangeQuestionnaireMutationVariables = Exact<{
  input: ChangeEvaluationQuestionnaireInput;
}>;


export type HrChangeQuestionnaireMutation = { __typename: 'Mutation', changeEvaluationQuestionnaire: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, framework: { __typename: 'CompetencyFramework', id: string, name: string, version: number } | null, anonymityPolicy: { __typename: 'AnonymityPolicy', peerMinimum: number, directReportMinimum: number, externalMinimum: number, allRatersMinimum: number, commentMinimum: number } } | null } };

export type HrPublishFrameworkMutationVariables = Exact<{
  input: CompetencyFrameworkIdInput;
}>;


export type HrPublishFrameworkMutation = { __typename: 'Mutation', publishCompetencyFramework: { __typename: 'CompetencyFrameworkPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, framework: { __typename: 'CompetencyFramework', id: string, status: FrameworkStatus, publishedAt: string | null } | null } };

export type HrCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type HrCyclesQuery = { __typename: 'Query', evaluationCycles: { __typename: 'EvaluationCycleConnection', nodes: Array<{ __typename: 'EvaluationCycle', id: string, name: string, status: CycleStatus, purpose: CyclePurpose, opensAt: string, closesAt: string, closedAt: string | null, framework: { __typename: 'CompetencyFramework', id: string, name: string, version: number } | null }> } };

export type HrCycleQueryVariables = Exact<{
  id: string | number;
}>;


export type HrCycleQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', name: string, status: CycleStatus, purpose: CyclePurpose, opensAt: string, closesAt: string, closedAt: string | null, reminderDaysBeforeClose: Array<number>, id: string, anonymityPolicy: { __typename: 'AnonymityPolicy', peerMinimum: number, directReportMinimum: number, externalMinimum: number, allRatersMinimum: number, commentMinimum: number }, framework: { __typename: 'CompetencyFramework', id: string, name: string, version: number } | null, responseRates: { __typename: 'CycleResponseRates', invited: number, answered: number | null, declined: number | null, groups: Array<{ __typename: 'GroupRate', group: RaterGroup, invited: number, answered: number | null, declined: number | null }> }, evaluations: { __typename: 'EvaluationConnection', nodes: Array<{ __typename: 'Evaluation', id: string, nominationState: NominationState, reportStatus: ReportStatus, leader: { __typename: 'EvaluationPerson', membershipId: string, name: string } }> } }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type HrCreateCycleMutationVariables = Exact<{
  input: CreateEvaluationCycleInput;
}>;


export type HrCreateCycleMutation = { __typename: 'Mutation', createEvaluationCycle: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, status: CycleStatus } | null } };

export type HrAddLeadersMutationVariables = Exact<{
  input: AddLeadersToEvaluationCycleInput;
}>;


export type HrAddLeadersMutation = { __typename: 'Mutation', addLeadersToEvaluationCycle: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string } | null } };

export type HrOpenCycleMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type HrOpenCycleMutation = { __typename: 'Mutation', openEvaluationCycle: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, status: CycleStatus, opensAt: string } | null } };

export type HrCloseCycleMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type HrCloseCycleMutation = { __typename: 'Mutation', closeEvaluationCycle: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, status: CycleStatus, closedAt: string | null } | null } };

export type HrInviteRatersMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type HrInviteRatersMutation = { __typename: 'Mutation', inviteRaters: { __typename: 'InviteRatersPayload', invited: number, errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }> } };

export type HrChangeDeadlineMutationVariables = Exact<{
  input: ChangeEvaluationCycleDeadlineInput;
}>;


export type HrChangeDeadlineMutation = { __typename: 'Mutation', changeEvaluationCycleDeadline: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, closesAt: string } | null } };

export type HrRemindRatersMutationVariables = Exact<{
  input: RemindEvaluationRatersInput;
}>;


export type HrRemindRatersMutation = { __typename: 'Mutation', remindEvaluationRaters: { __typename: 'RemindEvaluationRatersPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string } | null } };

export type HrChangeReminderDaysMutationVariables = Exact<{
  input: ChangeEvaluationReminderDaysInput;
}>;


export type HrChangeReminderDaysMutation = { __typename: 'Mutation', changeEvaluationReminderDays: { __typename: 'EvaluationCyclePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cycle: { __typename: 'EvaluationCycle', id: string, reminderDaysBeforeClose: Array<number> } | null } };

export type HrLeadersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HrLeadersQuery = { __typename: 'Query', people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, name: string, membership: { __typename: 'Membership', id: string, jobTitle: string, unit: { __typename: 'Unit', id: string, name: string } | null } }> } };

export type HrOrganisationQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HrOrganisationQuery = { __typename: 'Query', organisation: { __typename: 'Organisation', id: string, name: string, units: { __typename: 'UnitConnection', nodes: Array<{ __typename: 'Unit', id: string, name: string, parent: { __typename: 'Unit', id: string } | null }> } }, people: { __typename: 'PersonConnection', nodes: Array<{ __typename: 'Person', id: string, name: string, email: string, locale: Language, membership: { __typename: 'Membership', id: string, jobTitle: string, roles: Array<Role>, isActive: boolean, unit: { __typename: 'Unit', id: string, name: string } | null, manager: { __typename: 'Membership', id: string, person: { __typename: 'Person', id: string, name: string } } | null } }> } };

export type HrCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type HrCreateUnitMutation = { __typename: 'Mutation', createUnit: { __typename: 'UnitPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, unit: { __typename: 'Unit', id: string, name: string } | null } };

export type HrUpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type HrUpdateUnitMutation = { __typename: 'Mutation', updateUnit: { __typename: 'UnitPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, unit: { __typename: 'Unit', id: string, name: string, parent: { __typename: 'Unit', id: string } | null } | null } };

export type HrCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type HrCreatePersonMutation = { __typename: 'Mutation', createPerson: { __typename: 'PersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, person: { __typename: 'Person', id: string, name: string } | null } };

export type HrUpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type HrUpdatePersonMutation = { __typename: 'Mutation', updatePerson: { __typename: 'PersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, person: { __typename: 'Person', id: string, name: string, email: string, locale: Language } | null } };

export type HrUpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type HrUpdateMembershipMutation = { __typename: 'Mutation', updateMembership: { __typename: 'PersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, person: { __typename: 'Person', id: string, membership: { __typename: 'Membership', id: string, jobTitle: string, roles: Array<Role>, isActive: boolean, unit: { __typename: 'Unit', id: string, name: string } | null } } | null } };

export type HrSetReportingLineMutationVariables = Exact<{
  input: SetReportingLineInput;
}>;


export type HrSetReportingLineMutation = { __typename: 'Mutation', setReportingLine: { __typename: 'PersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, person: { __typename: 'Person', id: string, membership: { __typename: 'Membership', id: string, manager: { __typename: 'Membership', id: string, person: { __typename: 'Person', id: string, name: string } } | null } } | null } };

export type HrCreateImportMutationVariables = Exact<{
  input: CreateStructureImportInput;
}>;


export type HrCreateImportMutation = { __typename: 'Mutation', createStructureImport: { __typename: 'StructureImportPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, structureImport: { __typename: 'StructureImport', id: string, status: StructureImportStatus, upload: { __typename: 'UploadTarget', url: string, method: string, headers: Array<{ __typename: 'HttpField', name: string, value: string }>, fields: Array<{ __typename: 'HttpField', name: string, value: string }> } | null } | null } };

export type HrStartImportMutationVariables = Exact<{
  input: StartStructureImportInput;
}>;


export type HrStartImportMutation = { __typename: 'Mutation', startStructureImport: { __typename: 'StructureImportPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, structureImport: { __typename: 'StructureImport', id: string, status: StructureImportStatus } | null } };

export type HrImportQueryVariables = Exact<{
  id: string | number;
}>;


export type HrImportQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', status: StructureImportStatus, createdLines: Array<number>, updatedLines: Array<number>, unchangedCount: number, unitsCreated: number, error: string | null, id: string, rejected: Array<{ __typename: 'ImportRejection', line: number, email: string | null, message: string }> }
    | { __typename: 'Unit', id: string }
   | null };

export type HrGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type HrGoalsQuery = { __typename: 'Query', goals: { __typename: 'OrganisationGoalConnection', nodes: Array<{ __typename: 'OrganisationGoal', id: string, title: string, description: string, status: GoalStatus, periodStart: string | null, periodEnd: string | null }> }, leadershipFoundation: { __typename: 'LeadershipFoundation', id: string, version: number, title: string, introduction: string, publishedAt: string | null, principles: Array<{ __typename: 'FoundationPrinciple', id: string, kind: PrincipleKind, title: string, description: string }> } | null };

export type HrCreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type HrCreateGoalMutation = { __typename: 'Mutation', createGoal: { __typename: 'GoalPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, goal: { __typename: 'OrganisationGoal', id: string, title: string, status: GoalStatus } | null } };

export type HrUpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type HrUpdateGoalMutation = { __typename: 'Mutation', updateGoal: { __typename: 'GoalPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, goal: { __typename: 'OrganisationGoal', id: string, title: string, description: string, status: GoalStatus } | null } };

export type HrPublishFoundationMutationVariables = Exact<{
  input: PublishLeadershipFoundationInput;
}>;


export type HrPublishFoundationMutation = { __typename: 'Mutation', publishLeadershipFoundation: { __typename: 'LeadershipFoundationPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, leadershipFoundation: { __typename: 'LeadershipFoundation', id: string, version: number } | null } };

export type HrProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type HrProgrammesQuery = { __typename: 'Query', programmes: { __typename: 'ProgrammeConnection', nodes: Array<{ __typename: 'Programme', id: string, status: ProgrammeStatus, archivedAt: string | null, currentVersion: { __typename: 'ProgrammeVersion', id: string, version: number, title: string } | null, draft: { __typename: 'ProgrammeVersion', id: string, version: number, title: string } | null }> } };

export type HrProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type HrProgrammeQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', status: ProgrammeStatus, archivedAt: string | null, id: string, currentVersion: { __typename: 'ProgrammeVersion', id: string, version: number, title: string } | null, draft: { __typename: 'ProgrammeVersion', id: string, version: number, title: string, description: string, audience: ProgrammeAudience, goals: Array<{ __typename: 'OrganisationGoalSummary', id: string }>, modules: Array<{ __typename: 'Module', id: string, title: string, introduction: string, activities: Array<{ __typename: 'Activity', id: string, kind: ActivityKind, title: string, body: string, bodyHtml: string, estimatedMinutes: number, dueOffsetDays: number }> }> } | null, versions: Array<{ __typename: 'ProgrammeVersion', id: string, version: number, status: ProgrammeVersionStatus, title: string, publishedAt: string | null }> }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null, goals: { __typename: 'OrganisationGoalConnection', nodes: Array<{ __typename: 'OrganisationGoal', id: string, title: string }> } };

export type HrCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type HrCreateProgrammeMutation = { __typename: 'Mutation', createProgramme: { __typename: 'CreateProgrammePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, programme: { __typename: 'Programme', id: string, status: ProgrammeStatus } | null } };

export type HrUpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type HrUpdateProgrammeMutation = { __typename: 'Mutation', updateProgramme: { __typename: 'UpdateProgrammePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, programme: { __typename: 'Programme', id: string, status: ProgrammeStatus } | null } };

export type HrPublishProgrammeMutationVariables = Exact<{
  input: ProgrammeIdInput;
}>;


export type HrPublishProgrammeMutation = { __typename: 'Mutation', publishProgramme: { __typename: 'PublishProgrammePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, programme: { __typename: 'Programme', id: string, status: ProgrammeStatus } | null } };

export type HrArchiveProgrammeMutationVariables = Exact<{
  input: ProgrammeIdInput;
}>;


export type HrArchiveProgrammeMutation = { __typename: 'Mutation', archiveProgramme: { __typename: 'ArchiveProgrammePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, programme: { __typename: 'Programme', id: string, status: ProgrammeStatus, archivedAt: string | null } | null } };

export type HrProgrammeCohortsQueryVariables = Exact<{
  id: string | number;
}>;


export type HrProgrammeCohortsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string, cohorts: Array<{ __typename: 'Cohort', id: string, name: string, startsOn: string, enrolledLeaders: number | null }> }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type HrCreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type HrCreateCohortMutation = { __typename: 'Mutation', createCohort: { __typename: 'CreateCohortPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, cohort: { __typename: 'Cohort', id: string, name: string, startsOn: string } | null } };

export type HrEnrolLeaderMutationVariables = Exact<{
  input: EnrolLeaderInput;
}>;


export type HrEnrolLeaderMutation = { __typename: 'Mutation', enrolLeader: { __typename: 'EnrolLeaderPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, enrolment: { __typename: 'Enrolment', id: string } | null } };

export type HrMentoringQueryVariables = Exact<{ [key: string]: never; }>;


export type HrMentoringQuery = { __typename: 'Query', mentorProfiles: { __typename: 'MentorProfileConnection', nodes: Array<{ __typename: 'MentorProfile', id: string, capacity: number, takenPlaces: number, isAvailable: boolean, tags: Array<string>, areas: Array<string>, languages: Array<string>, location: string, availability: string, competencyIds: Array<string>, person: { __typename: 'MentoringPerson', membershipId: string, name: string, jobTitle: string } | null }> }, mentoringNeeds: { __typename: 'MentoringNeedConnection', nodes: Array<{ __typename: 'MentoringNeed', id: string, tags: Array<string>, area: string, language: string, location: string, status: NeedStatus, person: { __typename: 'MentoringPerson', membershipId: string, name: string, jobTitle: string } | null }> }, matchingRuns: { __typename: 'MatchingRunConnection', nodes: Array<{ __typename: 'MatchingRun', id: string, status: RunStatus, createdAt: string, finishedAt: string | null, error: string | null, result: { __typename: 'MatchingRunResult', mentees: number, mentors: number, matched: number, unmatched: number } | null, proposals: { __typename: 'MatchProposalConnection', nodes: Array<{ __typename: 'MatchProposal', id: string, fit: number, status: ProposalStatus, explanation: { __typename: 'FitExplanation', text: string }, mentee: { __typename: 'MentoringPerson', membershipId: string, name: string } | null, mentor: { __typename: 'MentoringPerson', membershipId: string, name: string } | null }> } }> } };

export type HrStartMatchingRunMutationVariables = Exact<{
  input: StartMatchingRunInput;
}>;


export type HrStartMatchingRunMutation = { __typename: 'Mutation', startMatchingRun: { __typename: 'MatchingRunPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, run: { __typename: 'MatchingRun', id: string, status: RunStatus } | null } };

export type HrApproveProposalMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;


export type HrApproveProposalMutation = { __typename: 'Mutation', approveMatchProposal: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, mentorship: { __typename: 'Mentorship', id: string } | null } };

export type HrRejectProposalMutationVariables = Exact<{
  input: DecideMatchProposalInput;
}>;


export type HrRejectProposalMutation = { __typename: 'Mutation', rejectMatchProposal: { __typename: 'MatchProposalPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, proposal: { __typename: 'MatchProposal', id: string, status: ProposalStatus } | null } };

export type HrAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type HrAuditLogQuery = { __typename: 'Query', privacyAuditLog: { __typename: 'PrivacyAuditEntryConnection', nodes: Array<{ __typename: 'PrivacyAuditEntry', action: PrivacyAuditAction, at: string, actorMembershipId: string | null, subjectMembershipId: string, objectKind: string, objectId: string | null }> } };

export type HrRequestExportMutationVariables = Exact<{
  input: RequestPersonalDataExportInput;
}>;


export type HrRequestExportMutation = { __typename: 'Mutation', requestPersonalDataExport: { __typename: 'RequestPersonalDataExportPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, export: { __typename: 'PersonalDataExport', id: string, status: PersonalDataExportStatus } | null } };

export type HrExportQueryVariables = Exact<{
  id: string | number;
}>;


export type HrExportQuery = { __typename: 'Query', personalDataExport: { __typename: 'PersonalDataExport', id: string, status: PersonalDataExportStatus, downloadUrl: string | null } | null };

export type HrErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;


export type HrErasePersonMutation = { __typename: 'Mutation', erasePerson: { __typename: 'ErasePersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }> } };

export type HrSaveMentorProfileMutationVariables = Exact<{
  input: SaveMentorProfileInput;
}>;


export type HrSaveMentorProfileMutation = { __typename: 'Mutation', saveMentorProfile: { __typename: 'MentorProfilePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, profile: { __typename: 'MentorProfile', id: string, capacity: number, isAvailable: boolean, availability: string } | null } };

export type AppMentorshipLogQueryVariables = Exact<{
  id: string | number;
}>;


export type AppMentorshipLogQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', status: MentorshipStatus, viewerRole: MentorshipRole, goals: string, meetingFrequency: string, endsOn: string | null, agreedAt: string | null, id: string, meetings: Array<{ __typename: 'MentoringMeeting', id: string, startsAt: string, place: string, agenda: string, notes: Array<{ __typename: 'MeetingNote', text: string, shared: boolean, isMine: boolean }> }>, observations: Array<{ __typename: 'MentoringObservation', observedOn: string, setting: ObservationSetting, situation: string, wentWell: string, toDevelop: string, suggestion: string, sharedWithMentee: boolean }> }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppScheduleMentoringMeetingMutationVariables = Exact<{
  input: ScheduleMentoringMeetingInput;
}>;


export type AppScheduleMentoringMeetingMutation = { __typename: 'Mutation', scheduleMentoringMeeting: { __typename: 'MentoringMeetingPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, meeting: { __typename: 'MentoringMeeting', id: string } | null } };

export type AppSaveMeetingNoteMutationVariables = Exact<{
  input: SaveMeetingNoteInput;
}>;


export type AppSaveMeetingNoteMutation = { __typename: 'Mutation', saveMeetingNote: { __typename: 'MentoringMeetingPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, meeting: { __typename: 'MentoringMeeting', id: string } | null } };

export type AppRecordMentoringObservationMutationVariables = Exact<{
  input: RecordMentoringObservationInput;
}>;


export type AppRecordMentoringObservationMutation = { __typename: 'Mutation', recordMentoringObservation: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppSetMentorshipAgreementMutationVariables = Exact<{
  input: SetMentorshipAgreementInput;
}>;


export type AppSetMentorshipAgreementMutation = { __typename: 'Mutation', setMentorshipAgreement: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppMyMentoringNeedQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyMentoringNeedQuery = { __typename: 'Query', myMentoringNeed: { __typename: 'MentoringNeed', id: string, notes: string, location: string, status: NeedStatus } | null };

export type AppMyMentorRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyMentorRequestsQuery = { __typename: 'Query', myMentorRequests: Array<{ __typename: 'MatchProposal', id: string, status: ProposalStatus, createdAt: string, mentor: { __typename: 'MentoringPerson', name: string } | null }> };

export type AppMentorShortlistQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMentorShortlistQuery = { __typename: 'Query', mentorShortlist: Array<{ __typename: 'MentorCandidate', fit: number, profile: { __typename: 'MentorProfile', id: string }, explanation: { __typename: 'FitExplanation', text: string }, person: { __typename: 'MentoringPerson', name: string, jobTitle: string, unitName: string | null } | null }> };

export type AppSaveMentoringNeedMutationVariables = Exact<{
  input: SaveMentoringNeedInput;
}>;


export type AppSaveMentoringNeedMutation = { __typename: 'Mutation', saveMentoringNeed: { __typename: 'MentoringNeedPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, need: { __typename: 'MentoringNeed', id: string, notes: string, location: string, status: NeedStatus } | null } };

export type AppRequestMentorMutationVariables = Exact<{
  input: RequestMentorInput;
}>;


export type AppRequestMentorMutation = { __typename: 'Mutation', requestMentor: { __typename: 'MatchProposalPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, proposal: { __typename: 'MatchProposal', id: string } | null } };

export type AppMentorshipStateQueryVariables = Exact<{
  id: string | number;
}>;


export type AppMentorshipStateQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', status: MentorshipStatus, viewerRole: MentorshipRole, mentorAcceptedAt: string | null, menteeAcceptedAt: string | null, id: string, assessments: Array<{ __typename: 'MentorshipAssessment', kind: AssessmentKind, text: string, updatedAt: string, ratings: Array<{ __typename: 'Rating', key: string, value: number }> }> }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppMyMentorshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyMentorshipsQuery = { __typename: 'Query', myMentorships: { __typename: 'MentorshipConnection', nodes: Array<{ __typename: 'Mentorship', id: string, status: MentorshipStatus, viewerRole: MentorshipRole, startsOn: string | null, mentor: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null, mentee: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null }> } };

export type AppAcceptMentorshipMutationVariables = Exact<{
  input: MentorshipIdInput;
}>;


export type AppAcceptMentorshipMutation = { __typename: 'Mutation', acceptMentorship: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, mentorAcceptedAt: string | null, menteeAcceptedAt: string | null } | null } };

export type AppDeclineMentorshipMutationVariables = Exact<{
  input: DeclineMentorshipInput;
}>;


export type AppDeclineMentorshipMutation = { __typename: 'Mutation', declineMentorship: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } };

export type AppChangeMentorshipStatusMutationVariables = Exact<{
  input: ChangeMentorshipStatusInput;
}>;


export type AppChangeMentorshipStatusMutation = { __typename: 'Mutation', changeMentorshipStatus: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } };

export type AppSubmitMentorshipAssessmentMutationVariables = Exact<{
  input: SubmitMentorshipAssessmentInput;
}>;


export type AppSubmitMentorshipAssessmentMutation = { __typename: 'Mutation', submitMentorshipAssessment: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppMarkMenteeVisitedMutationVariables = Exact<{
  input: MentorshipIdInput;
}>;


export type AppMarkMenteeVisitedMutation = { __typename: 'Mutation', markMenteeVisited: { __typename: 'MentorshipPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export type AppMyMentorProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyMentorProfileQuery = { __typename: 'Query', myMentorProfile: { __typename: 'MentorProfile', id: string, capacity: number, takenPlaces: number, isAvailable: boolean, availability: string, competencyIds: Array<string>, tags: Array<string>, areas: Array<string>, languages: Array<string>, location: string } | null };

export type AppSaveMyMentorProfileMutationVariables = Exact<{
  input: SaveMentorProfileInput;
}>;


export type AppSaveMyMentorProfileMutation = { __typename: 'Mutation', saveMentorProfile: { __typename: 'MentorProfilePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string, reason: string }>, profile: { __typename: 'MentorProfile', id: string, capacity: number, takenPlaces: number, isAvailable: boolean, availability: string, competencyIds: Array<string>, tags: Array<string>, areas: Array<string>, languages: Array<string>, location: string } | null } };

export type AppPhilosophyCommentFragment = { __typename: 'FeedbackNote', id: string, subjectId: string | null, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string }> };

export type AppMyPhilosophyQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyPhilosophyQuery = { __typename: 'Query', myPhilosophy: { __typename: 'LeadershipPhilosophy', id: string, visibility: PhilosophyVisibility, pageLink: string | null, privateNotes: string | null, currentVersion: { __typename: 'PhilosophyVersion', id: string, number: number, publishedAt: string | null, pdfUrl: string | null } | null, draft: { __typename: 'PhilosophyVersion', id: string, number: number, revision: number, sections: Array<{ __typename: 'PhilosophySection', kind: PhilosophySectionKind, title: string, body: string }> } | null, versions: { __typename: 'PhilosophyVersionConnection', nodes: Array<{ __typename: 'PhilosophyVersion', id: string, number: number, status: PhilosophyVersionStatus, summary: string, publishedAt: string | null }> }, items: Array<{ __typename: 'PhilosophyItem', id: string, text: string, createdAt: string, doneAt: string | null, comment: { __typename: 'FeedbackNote', id: string } | null }>, comments: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, subjectId: string | null, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string }> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type AppSavePhilosophyDraftMutationVariables = Exact<{
  input: SavePhilosophyDraftInput;
}>;


export type AppSavePhilosophyDraftMutation = { __typename: 'Mutation', savePhilosophyDraft: { __typename: 'SavePhilosophyDraftPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { __typename: 'LeadershipPhilosophy', id: string } | null, draft: { __typename: 'PhilosophyVersion', id: string, revision: number } | null } };

export type AppPublishPhilosophyMutationVariables = Exact<{
  input: PublishPhilosophyInput;
}>;


export type AppPublishPhilosophyMutation = { __typename: 'Mutation', publishPhilosophy: { __typename: 'PublishPhilosophyPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, version: { __typename: 'PhilosophyVersion', id: string, number: number, status: PhilosophyVersionStatus } | null } };

export type AppPhilosophyDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type AppPhilosophyDiffQuery = { __typename: 'Query', philosophyDiff: { __typename: 'PhilosophyDiff', sections: Array<{ __typename: 'PhilosophySectionDiff', key: string, title: string, change: PhilosophySectionChange, hunks: Array<{ __typename: 'DiffHunk', lines: Array<{ __typename: 'DiffLine', kind: DiffLineKind, text: string }> }> }> } };

export type AppLeadershipPhilosophyQueryVariables = Exact<{
  leaderId: string | number;
}>;


export type AppLeadershipPhilosophyQuery = { __typename: 'Query', leadershipPhilosophy: { __typename: 'LeadershipPhilosophy', id: string, pageLink: string | null, leader: { __typename: 'Membership', id: string, jobTitle: string, person: { __typename: 'Person', id: string, name: string } } | null, currentVersion: { __typename: 'PhilosophyVersion', id: string, number: number, summary: string, publishedAt: string | null, pdfUrl: string | null, sections: Array<{ __typename: 'PhilosophySection', kind: PhilosophySectionKind, title: string, bodyHtml: string }> } | null, versions: { __typename: 'PhilosophyVersionConnection', nodes: Array<{ __typename: 'PhilosophyVersion', id: string, number: number }> }, comments: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, subjectId: string | null, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string }> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type AppPhilosophyCommentsQueryVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type AppPhilosophyCommentsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string, comments: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, subjectId: string | null, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, hidden: boolean, isMine: boolean, authorName: string | null, createdAt: string }> }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppCommentOnPhilosophyMutationVariables = Exact<{
  input: CommentOnPhilosophyInput;
}>;


export type AppCommentOnPhilosophyMutation = { __typename: 'Mutation', commentOnPhilosophy: { __typename: 'CommentOnPhilosophyPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, comment: { __typename: 'FeedbackNote', id: string } | null } };

export type AppReplyToPhilosophyCommentMutationVariables = Exact<{
  input: ReplyToFeedbackNoteInput;
}>;


export type AppReplyToPhilosophyCommentMutation = { __typename: 'Mutation', replyToFeedbackNote: { __typename: 'FeedbackNotePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, note: { __typename: 'FeedbackNote', id: string } | null } };

export type AppHidePhilosophyCommentMutationVariables = Exact<{
  input: FeedbackNoteIdInput;
}>;


export type AppHidePhilosophyCommentMutation = { __typename: 'Mutation', hideFeedbackNote: { __typename: 'FeedbackNotePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, note: { __typename: 'FeedbackNote', id: string, hidden: boolean, body: string | null } | null } };

export type AppUnhidePhilosophyCommentMutationVariables = Exact<{
  input: FeedbackNoteIdInput;
}>;


export type AppUnhidePhilosophyCommentMutation = { __typename: 'Mutation', unhideFeedbackNote: { __typename: 'FeedbackNotePayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, note: { __typename: 'FeedbackNote', id: string, hidden: boolean, body: string | null } | null } };

export type AppSetPhilosophyVisibilityMutationVariables = Exact<{
  input: SetPhilosophyVisibilityInput;
}>;


export type AppSetPhilosophyVisibilityMutation = { __typename: 'Mutation', setPhilosophyVisibility: { __typename: 'PhilosophyPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { __typename: 'LeadershipPhilosophy', id: string, visibility: PhilosophyVisibility, pageLink: string | null } | null } };

export type AppSavePhilosophyNotesMutationVariables = Exact<{
  input: SavePhilosophyNotesInput;
}>;


export type AppSavePhilosophyNotesMutation = { __typename: 'Mutation', savePhilosophyNotes: { __typename: 'PhilosophyPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { __typename: 'LeadershipPhilosophy', id: string, privateNotes: string | null } | null } };

export type AppAddPhilosophyItemMutationVariables = Exact<{
  input: AddPhilosophyItemInput;
}>;


export type AppAddPhilosophyItemMutation = { __typename: 'Mutation', addPhilosophyItem: { __typename: 'PhilosophyItemPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, item: { __typename: 'PhilosophyItem', id: string, text: string, createdAt: string, doneAt: string | null } | null } };

export type AppCompletePhilosophyItemMutationVariables = Exact<{
  input: CompletePhilosophyItemInput;
}>;


export type AppCompletePhilosophyItemMutation = { __typename: 'Mutation', completePhilosophyItem: { __typename: 'PhilosophyItemPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, item: { __typename: 'PhilosophyItem', id: string, doneAt: string | null } | null } };

export type AppPublishedPhilosophiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppPublishedPhilosophiesQuery = { __typename: 'Query', publishedPhilosophies: { __typename: 'PhilosophyStatusConnection', nodes: Array<{ __typename: 'PhilosophyStatus', publishedAt: string | null, versionNumber: number | null, leader: { __typename: 'Membership', id: string, jobTitle: string, person: { __typename: 'Person', id: string, name: string }, unit: { __typename: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AppPhilosophyOfVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type AppPhilosophyOfVersionQuery = { __typename: 'Query', node:
    | { __typename: 'ActionEvidence', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'ActivityRating', id: string }
    | { __typename: 'Cohort', id: string }
    | { __typename: 'Competency', id: string }
    | { __typename: 'CompetencyFramework', id: string }
    | { __typename: 'CompetencyItem', id: string }
    | { __typename: 'DevelopmentGoal', id: string }
    | { __typename: 'EffectExport', id: string }
    | { __typename: 'Enrolment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'EvaluationCycle', id: string }
    | { __typename: 'FeedbackNote', id: string }
    | { __typename: 'FoundationPrinciple', id: string }
    | { __typename: 'LeadershipFoundation', id: string }
    | { __typename: 'LeadershipPhilosophy', id: string }
    | { __typename: 'ManagerCheckpoint', id: string }
    | { __typename: 'MatchProposal', id: string }
    | { __typename: 'MatchingRun', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'MentoringMeeting', id: string }
    | { __typename: 'MentoringNeed', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'Module', id: string }
    | { __typename: 'Nomination', id: string }
    | { __typename: 'OpenQuestion', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'OrganisationGoal', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataExport', id: string }
    | { __typename: 'PhilosophyItem', id: string }
    | { __typename: 'PhilosophyVersion', number: number, id: string, philosophy: { __typename: 'LeadershipPhilosophy', id: string, leader: { __typename: 'Membership', id: string } | null } | null }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeVersion', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'StructureImport', id: string }
    | { __typename: 'Unit', id: string }
   | null };

export type AppMyActivityRatingQueryVariables = Exact<{
  activityIds: Array<string | number> | string | number;
}>;


export type AppMyActivityRatingQuery = { __typename: 'Query', myActivityRatings: Array<{ __typename: 'ActivityRating', id: string, activityId: string, rating: number, comment: string }> };

export type AppRateActivityMutationVariables = Exact<{
  input: RateActivityInput;
}>;


export type AppRateActivityMutation = { __typename: 'Mutation', rateActivity: { __typename: 'RateActivityPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, rating: { __typename: 'ActivityRating', id: string, activityId: string, rating: number, comment: string } | null } };

export type AppSetMyLocaleMutationVariables = Exact<{
  input: SetMyLocaleInput;
}>;


export type AppSetMyLocaleMutation = { __typename: 'Mutation', setMyLocale: { __typename: 'PersonPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }>, person: { __typename: 'Person', id: string, locale: Language } | null } };

export type AppMyEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyEmailQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', hasPassword: boolean, person: { __typename: 'Person', id: string, email: string } } | null };

export type AppChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AppChangePasswordMutation = { __typename: 'Mutation', changePassword: { __typename: 'ChangePasswordPayload', errors: Array<{ __typename: 'UserError', code: ErrorCode, field: Array<string> | null, message: string }> } };

export const AppActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppActivityFieldsFragment, unknown>;
export const AppEffectParticipationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningParticipation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<AppEffectParticipationFragment, unknown>;
export const AppEffectRatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<AppEffectRatingFragment, unknown>;
export const AppEffectChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<AppEffectChangeFragment, unknown>;
export const AppEffectSpansFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectSpans"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpanOfControlFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]} as unknown as DocumentNode<AppEffectSpansFragment, unknown>;
export const AppEffectFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectSpans"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningParticipation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectSpans"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpanOfControlFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]} as unknown as DocumentNode<AppEffectFiguresFragment, unknown>;
export const AppPhilosophyCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppPhilosophyComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AppPhilosophyCommentFragment, unknown>;
export const AppViewerDocument = {"__meta__":{"hash":"sha256:1fbee07b67a717e83abd80bc511b0e6b57e743c75b648274ec30b92addaa0c3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderOfLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppViewerQuery, AppViewerQueryVariables>;
export const AppHomeDocument = {"__meta__":{"hash":"sha256:01838fd2a3f4e58142085955c635cc4fea26f59cc4023358f42ff38c4401e610"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposalsToDecide"}},{"kind":"Field","name":{"kind":"Name","value":"unreadFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsToHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AppHomeQuery, AppHomeQueryVariables>;
export const AppEnrolmentDocument = {"__meta__":{"hash":"sha256:67a92ca557eb5792dfbe9889cb49d0d45ae55f321c69227a167964b95e073fc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppActivityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppEnrolmentQuery, AppEnrolmentQueryVariables>;
export const AppSyncProgressDocument = {"__meta__":{"hash":"sha256:a0e144313cc8b3a0e69663845cc9a5187d0d7da0fbd84af097c3b8cd5fee74b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientEventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppActivityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppSyncProgressMutation, AppSyncProgressMutationVariables>;
export const AppRequestEvidenceUploadDocument = {"__meta__":{"hash":"sha256:3e914410a5759a810c7b8941cb45873f4f267bcfc1221eb0219c24bbb295e1b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestEvidenceUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEvidenceUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestEvidenceUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestEvidenceUploadMutation, AppRequestEvidenceUploadMutationVariables>;
export const AppFeedbackNotesDocument = {"__meta__":{"hash":"sha256:feba1169b0fb2f9bc917a6037518d59093de0a4886178e96a5ba1dac3097f804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppFeedbackNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadFeedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppFeedbackNotesQuery, AppFeedbackNotesQueryVariables>;
export const AppReplyToFeedbackNoteDocument = {"__meta__":{"hash":"sha256:80fadff4ac993e101a4ea5661767ed98d01e3518d4d8ed687a5834b626059e41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppReplyToFeedbackNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replyToFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppReplyToFeedbackNoteMutation, AppReplyToFeedbackNoteMutationVariables>;
export const AppMarkFeedbackNotesReadDocument = {"__meta__":{"hash":"sha256:1494f0aba72adb45e6e4c321cdccedfc1e74e2043c0a81ede3988e6a8954ddfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppMarkFeedbackNotesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkFeedbackNotesReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markFeedbackNotesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppMarkFeedbackNotesReadMutation, AppMarkFeedbackNotesReadMutationVariables>;
export const AppGiveFeedbackNoteDocument = {"__meta__":{"hash":"sha256:6601002c7d2c729ee4cbad1009bf06e258271bd67ab42364a13d8f7abf8c87a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppGiveFeedbackNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"giveFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<AppGiveFeedbackNoteMutation, AppGiveFeedbackNoteMutationVariables>;
export const AppMenteesDocument = {"__meta__":{"hash":"sha256:8c560e7d91e3010ed1f0826831f8f919fe521d1e38390ecea37b12b045e0bfe2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"completedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"totalActivities"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSinceLastVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMenteesQuery, AppMenteesQueryVariables>;
export const AppSharedItemDocument = {"__meta__":{"hash":"sha256:ddfca09cb235633e6130b3a67e515508649c01a01b9907c7ba46a9e76bdbaa76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppSharedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppSharedItemQuery, AppSharedItemQueryVariables>;
export const AppCompleteCheckpointDocument = {"__meta__":{"hash":"sha256:2e9b8e25ec405d637b2e629f64fb2b2f1a07e21b9e7ce08819d4419bebc387be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppCompleteCheckpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCheckpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeCheckpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppCompleteCheckpointMutation, AppCompleteCheckpointMutationVariables>;
export const AppRequestMagicLinkDocument = {"__meta__":{"hash":"sha256:65de9b347ca9a0af253fc2f0dfb1600f1e395af96e820df84ea4ceeb1297939c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestMagicLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMagicLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestMagicLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestMagicLinkMutation, AppRequestMagicLinkMutationVariables>;
export const AppMentorshipDocument = {"__meta__":{"hash":"sha256:59344373487fdf0ed0443aa3f0441b759a5a3dbc85e9cf8f6a821cbabd34eea5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"meetingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorshipQuery, AppMentorshipQueryVariables>;
export const AppMatchProposalDocument = {"__meta__":{"hash":"sha256:df2178488af9ca5f10ee18d6ee2c73dcd1edbcbc19cb39e538f236bf248b514f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMatchProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMatchProposalQuery, AppMatchProposalQueryVariables>;
export const AppApproveMatchProposalDocument = {"__meta__":{"hash":"sha256:85b6a5a80203617f255579ca672b44f859db3c97831df38ee63c74ee82237f9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppApproveMatchProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatchProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveMatchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppApproveMatchProposalMutation, AppApproveMatchProposalMutationVariables>;
export const AppRejectMatchProposalDocument = {"__meta__":{"hash":"sha256:2b796bdb2917dbacea6c2edf336c94c9a5830b8c7fde9b7656f39dec96fceab2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRejectMatchProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatchProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectMatchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppRejectMatchProposalMutation, AppRejectMatchProposalMutationVariables>;
export const AppMatchProposalsToDecideDocument = {"__meta__":{"hash":"sha256:3e8304ff7d3b6261e9c7136c26c636bc43713cf82552aceb0a2b2a365a63fb71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMatchProposalsToDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"matchProposalsToDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AppMatchProposalsToDecideQuery, AppMatchProposalsToDecideQueryVariables>;
export const AppLeadersCheckpointsDocument = {"__meta__":{"hash":"sha256:985ada8a9519f9d1fc7f3ba1d515b16992dd69afbdf60e29d8ca3a92c8dd6b25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLeadersCheckpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppLeadersCheckpointsQuery, AppLeadersCheckpointsQueryVariables>;
export const AppLearningEffectScopesDocument = {"__meta__":{"hash":"sha256:3a040d76a5760655b31bef5c72019cdbc4ab1f21dd91420dae536d5d841d73fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffectScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffectScopes"}}]}}]} as unknown as DocumentNode<AppLearningEffectScopesQuery, AppLearningEffectScopesQueryVariables>;
export const AppAreaDocument = {"__meta__":{"hash":"sha256:569d5ae8d4208cbfb27a8a96dadc2feecd5c61247fe6d6de9573afebe7c34d29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"direct"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spansOfControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"directReports"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportsOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophyOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"publishedCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppAreaQuery, AppAreaQueryVariables>;
export const AppEffectFilterOptionsDocument = {"__meta__":{"hash":"sha256:0cd6b6a33aa16752a03d6bba9c3735d1c455fa2ad71c919b926a09a8c9a25ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEffectFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppEffectFilterOptionsQuery, AppEffectFilterOptionsQueryVariables>;
export const AppLearningEffectSummaryDocument = {"__meta__":{"hash":"sha256:9dd6c6cf6bacf89e0861a63d61b65b42f55bbd87ed2e69372c4ae732458d41f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffectSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EffectScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffectSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectSpans"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningParticipation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectSpans"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpanOfControlFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]} as unknown as DocumentNode<AppLearningEffectSummaryQuery, AppLearningEffectSummaryQueryVariables>;
export const AppLearningEffectDocument = {"__meta__":{"hash":"sha256:bea19fd21a055324803dcb93bc5a9faaa3bdcfd38110921595b3b79d6024b977"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningParticipation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectSpans"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpanOfControlFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectSpans"}}]}}]}}]} as unknown as DocumentNode<AppLearningEffectQuery, AppLearningEffectQueryVariables>;
export const AppOrganisationLearningEffectDocument = {"__meta__":{"hash":"sha256:2e68c10fe41cd752054aa4b73efc2f90c966178510b7c74e45590415a9b5a96e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppOrganisationLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisationLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningParticipation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectSpans"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpanOfControlFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectSpans"}}]}}]}}]} as unknown as DocumentNode<AppOrganisationLearningEffectQuery, AppOrganisationLearningEffectQueryVariables>;
export const AppExportLearningEffectDocument = {"__meta__":{"hash":"sha256:ff816354f45526a1c7a5e8e0be08126b7d688dad7befa943a74892346d460f56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppExportLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLearningEffectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AppExportLearningEffectMutation, AppExportLearningEffectMutationVariables>;
export const AppLearningEffectExportDocument = {"__meta__":{"hash":"sha256:3ccbe763d8547eb26d7aafaefb72ea167a022a36f0fb1b055b56126b6cceccfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffectExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffectExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<AppLearningEffectExportQuery, AppLearningEffectExportQueryVariables>;
export const AppPending360TasksDocument = {"__meta__":{"hash":"sha256:608fdc0c04a569795a27eb63b6cda4628a1c77c9cd4d93fdced6dfb4d9cd3a95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppPending360TasksQuery, AppPending360TasksQueryVariables>;
export const AppEvaluationDocument = {"__meta__":{"hash":"sha256:e3d8dc5cac3cd95507b54326ea31022c5e584fe70aa6e92ed4b19dea97ab9567"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"enoughAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"raterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDirectory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"enoughAnswers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppEvaluationQuery, AppEvaluationQueryVariables>;
export const AppDirectoryDocument = {"__meta__":{"hash":"sha256:08ed9dbf22e3310c573e1d3a1ab2b82c3cfff989ddf5bf4cbdf3ca5583db2780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppDirectoryQuery, AppDirectoryQueryVariables>;
export const AppNominateRatersDocument = {"__meta__":{"hash":"sha256:ba2dc4b03703f37788a0c5172849b689a553834a08255f4fb333d356f943894d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppNominateRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateRatersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nominateRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"raterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDirectory"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppNominateRatersMutation, AppNominateRatersMutationVariables>;
export const AppSubmitNominationsDocument = {"__meta__":{"hash":"sha256:763f04cb00233ccf71b4857e34a436314ffb9d85edd4fceb9a5b3dc0b1ea042c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSubmitNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}}]}}]}}]}}]} as unknown as DocumentNode<AppSubmitNominationsMutation, AppSubmitNominationsMutationVariables>;
export const AppApproveNominationsDocument = {"__meta__":{"hash":"sha256:679d0b0ca0870051de02127ec4f262dd038d7da42cb9e56b76eccb1bbd76016e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppApproveNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveNominationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppApproveNominationsMutation, AppApproveNominationsMutationVariables>;
export const AppOpenMyRaterFormDocument = {"__meta__":{"hash":"sha256:9a97e1a90d24bd133d3cbc2bdc0de0da68033d9197fe78224cc853d78166b512"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppOpenMyRaterForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openMyRaterForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"raterGroup"}}]}}]}}]} as unknown as DocumentNode<AppOpenMyRaterFormMutation, AppOpenMyRaterFormMutationVariables>;
export const AppWithdrawNominationDocument = {"__meta__":{"hash":"sha256:ee818d6fd15aa2a3248cc27379b7bdcbf3497735a2cb1d04b5aa1eb1728af49b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppWithdrawNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"raterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDirectory"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppWithdrawNominationMutation, AppWithdrawNominationMutationVariables>;
export const AppShareEvaluationReportDocument = {"__meta__":{"hash":"sha256:ba18e4a7f80e873a58e56ff7440729dc09f57b256a000a7d16e3dbf429eba6dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppShareEvaluationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareEvaluationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"shareEvaluationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppShareEvaluationReportMutation, AppShareEvaluationReportMutationVariables>;
export const AppMyMentorForReportDocument = {"__meta__":{"hash":"sha256:2d03d67811adf578956dd11b3653ea84ef9405afc7b64337d53b4c8419968acb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentorForReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PAUSED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMyMentorForReportQuery, AppMyMentorForReportQueryVariables>;
export const AppDevelopmentDocument = {"__meta__":{"hash":"sha256:0f9ac8bc92d5e750021096307ca7193afda9c4a5e937b3f42121cb2500784874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppDevelopment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practiceAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AppDevelopmentQuery, AppDevelopmentQueryVariables>;
export const AppSetDevelopmentGoalsDocument = {"__meta__":{"hash":"sha256:7766c2a5b3857ef28412710ce5f1acc49c9bc5088e3b626debc1431a23da46b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetDevelopmentGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDevelopmentGoalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDevelopmentGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppSetDevelopmentGoalsMutation, AppSetDevelopmentGoalsMutationVariables>;
export const HrFrameworksDocument = {"__meta__":{"hash":"sha256:bd5bb0e27c6ac48c4eafda8a54d38461ff305c7d2f30f5cfe89526aac7eb5012"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrFrameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"competencyFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrFrameworksQuery, HrFrameworksQueryVariables>;
export const HrCreateFrameworkDocument = {"__meta__":{"hash":"sha256:24012157c2903d298b6aa2ccd397ee6656baf224116ceaa956895713c910fbd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompetencyFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateFrameworkMutation, HrCreateFrameworkMutationVariables>;
export const HrFrameworkTextsDocument = {"__meta__":{"hash":"sha256:4cb617add626fe893d28ec1390dc71066a2c769e39ecebd49b327fdda2401338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrFrameworkTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDa"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLabelsDa"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLabelsEn"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"titleDa"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDa"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrFrameworkTextsQuery, HrFrameworkTextsQueryVariables>;
export const HrChangeQuestionnaireDocument = {"__meta__":{"hash":"sha256:9f5cbf1a238fb510486f61450473284af59c394bf79fa9d87394c2c42f9b34b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrChangeQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvaluationQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeEvaluationQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anonymityPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"peerMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"directReportMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"externalMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"allRatersMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"commentMinimum"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrChangeQuestionnaireMutation, HrChangeQuestionnaireMutationVariables>;
export const HrPublishFrameworkDocument = {"__meta__":{"hash":"sha256:e6d84d37406e095e3ba6f1eb5e690965a58e86513eaf8dff8148a80f5065ccc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrPublishFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFrameworkIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HrPublishFrameworkMutation, HrPublishFrameworkMutationVariables>;
export const HrCyclesDocument = {"__meta__":{"hash":"sha256:c09934762b528e7487474c4d523af21b1448dfd894062228d5129ce6d16459e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrCyclesQuery, HrCyclesQueryVariables>;
export const HrCycleDocument = {"__meta__":{"hash":"sha256:f68b2ce0d7dfbafd7fe1cbddf4f871d0f6e4f5f1bdcf9f5a3425ba08958d7d76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBeforeClose"}},{"kind":"Field","name":{"kind":"Name","value":"anonymityPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"peerMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"directReportMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"externalMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"allRatersMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"commentMinimum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrCycleQuery, HrCycleQueryVariables>;
export const HrCreateCycleDocument = {"__meta__":{"hash":"sha256:97b826d90e158a58c6e62572b6ecec95e61800a9c9491ed50c079a1a55f375fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateCycleMutation, HrCreateCycleMutationVariables>;
export const HrAddLeadersDocument = {"__meta__":{"hash":"sha256:4f5e814005d9dc5e97088d6540252fabd1c213be9115785e356a24739d644285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrAddLeaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLeadersToEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addLeadersToEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HrAddLeadersMutation, HrAddLeadersMutationVariables>;
export const HrOpenCycleDocument = {"__meta__":{"hash":"sha256:515e447507cf65c27807f515140818224af3b20526d2d463b8121fd54fdd57ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrOpenCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}}]}}]}}]}}]} as unknown as DocumentNode<HrOpenCycleMutation, HrOpenCycleMutationVariables>;
export const HrCloseCycleDocument = {"__meta__":{"hash":"sha256:82ce7d5f62e8d3cbc6a9c7e92e75f06c2304cb2135bc8bee1d690f169a3ceea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCloseCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HrCloseCycleMutation, HrCloseCycleMutationVariables>;
export const HrInviteRatersDocument = {"__meta__":{"hash":"sha256:345011c86f6be83565ee8ad6911f8af2bf0eefa88c094bc6f111eff6aa8a173c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrInviteRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]} as unknown as DocumentNode<HrInviteRatersMutation, HrInviteRatersMutationVariables>;
export const HrChangeDeadlineDocument = {"__meta__":{"hash":"sha256:298aa7de9c7359390cd553d49022a9b63315073f28913f24d1ad10a6416449be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrChangeDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvaluationCycleDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeEvaluationCycleDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<HrChangeDeadlineMutation, HrChangeDeadlineMutationVariables>;
export const HrRemindRatersDocument = {"__meta__":{"hash":"sha256:cd451338546e8225ac450bf723ea0abbabb64f88b19c802b488dde0b22512216"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrRemindRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindEvaluationRatersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindEvaluationRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HrRemindRatersMutation, HrRemindRatersMutationVariables>;
export const HrChangeReminderDaysDocument = {"__meta__":{"hash":"sha256:9d3e2e796dfdc770a5712456223a286104fbb937eab8366d121f41d6cc7c7bab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrChangeReminderDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvaluationReminderDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeEvaluationReminderDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBeforeClose"}}]}}]}}]}}]} as unknown as DocumentNode<HrChangeReminderDaysMutation, HrChangeReminderDaysMutationVariables>;
export const HrLeadersDocument = {"__meta__":{"hash":"sha256:5212985b1567a072fa3cf6523940dd1c1b1842c74e5dd7838ce281da12d319df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrLeaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"LEADER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrLeadersQuery, HrLeadersQueryVariables>;
export const HrOrganisationDocument = {"__meta__":{"hash":"sha256:3a7e2b92815a4afed5b5d8ae46d87ef53162cd2a8304611728a90ca21029314b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrOrganisationQuery, HrOrganisationQueryVariables>;
export const HrCreateUnitDocument = {"__meta__":{"hash":"sha256:f62f74b4ebf9c6d4f85499586d3c6d61154c21f695d32b110cfcda9707f525ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateUnitMutation, HrCreateUnitMutationVariables>;
export const HrUpdateUnitDocument = {"__meta__":{"hash":"sha256:d302cae88a0e5dc4d4f523c3a3dd6618f395b0032e43483d07ff154e6e5b90fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrUpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrUpdateUnitMutation, HrUpdateUnitMutationVariables>;
export const HrCreatePersonDocument = {"__meta__":{"hash":"sha256:b808b78e2096f75bfd59ff7187e0b971f86a13d5478da4afd41abfc73f11256f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreatePersonMutation, HrCreatePersonMutationVariables>;
export const HrUpdatePersonDocument = {"__meta__":{"hash":"sha256:a3b030a4d3023447dd7b060f3f13b5c4ce4aa7cf19e108f5e619fe6fd26cc9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrUpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<HrUpdatePersonMutation, HrUpdatePersonMutationVariables>;
export const HrUpdateMembershipDocument = {"__meta__":{"hash":"sha256:05477bb6fd524981f943ca7fc513f3ae4a709ad10691ab81f4d90a84da838900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrUpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrUpdateMembershipMutation, HrUpdateMembershipMutationVariables>;
export const HrSetReportingLineDocument = {"__meta__":{"hash":"sha256:cd564d90e1fa80acf2bbb9ed46eb6736b4bf20152f914b6eb667b6a827c1c744"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrSetReportingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReportingLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setReportingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrSetReportingLineMutation, HrSetReportingLineMutationVariables>;
export const HrCreateImportDocument = {"__meta__":{"hash":"sha256:d501a3dcb18aed669a10243532b326c3e8039416314302ab9f1d3647a2b641bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStructureImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createStructureImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structureImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateImportMutation, HrCreateImportMutationVariables>;
export const HrStartImportDocument = {"__meta__":{"hash":"sha256:c233de74e53137fa076d18aaaea0a74fa056b6feafe21d20f749f99ee5528790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrStartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartStructureImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startStructureImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structureImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrStartImportMutation, HrStartImportMutationVariables>;
export const HrImportDocument = {"__meta__":{"hash":"sha256:3505629da7cb2c916d93319f2b1a8a91db02123e584d5a75eed25e522a03a050"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StructureImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdLines"}},{"kind":"Field","name":{"kind":"Name","value":"updatedLines"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<HrImportQuery, HrImportQueryVariables>;
export const HrGoalsDocument = {"__meta__":{"hash":"sha256:2ea2305e39582dd246c5d8087e573167c727c6b2f86a8a4e45f9c2f8df327ee9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipFoundation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<HrGoalsQuery, HrGoalsQueryVariables>;
export const HrCreateGoalDocument = {"__meta__":{"hash":"sha256:2823c09a90cbfba0ec13974a9f5dacdc6f6f8614765911d53a9e401db4fc03d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateGoalMutation, HrCreateGoalMutationVariables>;
export const HrUpdateGoalDocument = {"__meta__":{"hash":"sha256:193c8bfc99fd7cf6ae17f000830457c6d2940a9619b43a9bc030cdbddb6d7dfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrUpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrUpdateGoalMutation, HrUpdateGoalMutationVariables>;
export const HrPublishFoundationDocument = {"__meta__":{"hash":"sha256:474f777bd634bf188c4c78501d1a2289cb5d00fb79b24e665227a15904978a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrPublishFoundation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishLeadershipFoundationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishLeadershipFoundation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipFoundation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<HrPublishFoundationMutation, HrPublishFoundationMutationVariables>;
export const HrProgrammesDocument = {"__meta__":{"hash":"sha256:ea8933c6e688e8591ae8b6da007fac510e402d73ddb4ee43b4e17524772558a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrProgrammesQuery, HrProgrammesQueryVariables>;
export const HrProgrammeDocument = {"__meta__":{"hash":"sha256:1de1e8625a866b2b97f737c0c20485ac4024130c29a605e9b30fc38740e66ce8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueOffsetDays"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<HrProgrammeQuery, HrProgrammeQueryVariables>;
export const HrCreateProgrammeDocument = {"__meta__":{"hash":"sha256:7eb659719584b8db07d52fd67d1af1d500118c96fb7a36777f680af2fa5e4888"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateProgrammeMutation, HrCreateProgrammeMutationVariables>;
export const HrUpdateProgrammeDocument = {"__meta__":{"hash":"sha256:276f1766a460f50866f4150ccf2a9dfd672e803886ca9df71f8eebfc91d69e9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrUpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrUpdateProgrammeMutation, HrUpdateProgrammeMutationVariables>;
export const HrPublishProgrammeDocument = {"__meta__":{"hash":"sha256:b8de815c2f875f30859aac31d45e8403315660f6810673c48b113bcf3d232743"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrPublishProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrPublishProgrammeMutation, HrPublishProgrammeMutationVariables>;
export const HrArchiveProgrammeDocument = {"__meta__":{"hash":"sha256:b69cf7321a19687706dfb1cac43e6f0ac5c1b2c66f8819828d152bcf93c1629a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrArchiveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"archiveProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HrArchiveProgrammeMutation, HrArchiveProgrammeMutationVariables>;
export const HrProgrammeCohortsDocument = {"__meta__":{"hash":"sha256:39a841b5fd0f1bc371d5def51a5cb8b3dbd2f39c797eda0cd3959a7d4f555f3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrProgrammeCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledLeaders"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrProgrammeCohortsQuery, HrProgrammeCohortsQueryVariables>;
export const HrCreateCohortDocument = {"__meta__":{"hash":"sha256:e38bf5996d47decc9e79cef2c0c48dc4b9565fb426a117bfb6c6ae1954162f75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrCreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]} as unknown as DocumentNode<HrCreateCohortMutation, HrCreateCohortMutationVariables>;
export const HrEnrolLeaderDocument = {"__meta__":{"hash":"sha256:e1f74aa83d7407c2d324346e18e67beb52e234c9da00c5981001048576b41cf1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrEnrolLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HrEnrolLeaderMutation, HrEnrolLeaderMutationVariables>;
export const HrMentoringDocument = {"__meta__":{"hash":"sha256:bcedab4ccaca50519e4ccd0059226ef72b37f6647d2670f4b71438ecef74b787"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrMentoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentorProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"takenPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"competencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HrMentoringQuery, HrMentoringQueryVariables>;
export const HrStartMatchingRunDocument = {"__meta__":{"hash":"sha256:9ac7951cb5e2f77ba89400c2bc555c2ce77d769dd2aadcecb1d8b640ede963c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrStartMatchingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMatchingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startMatchingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrStartMatchingRunMutation, HrStartMatchingRunMutationVariables>;
export const HrApproveProposalDocument = {"__meta__":{"hash":"sha256:cf0241f5c15f487bfe6dcdc3dfbe7f319e5671acbd1b38afd1da777839dfc5ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatchProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveMatchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HrApproveProposalMutation, HrApproveProposalMutationVariables>;
export const HrRejectProposalDocument = {"__meta__":{"hash":"sha256:002acf8f3bcf203a32b91a58f686ffa07744243bf807123172016cf8af6ce6cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrRejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatchProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectMatchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrRejectProposalMutation, HrRejectProposalMutationVariables>;
export const HrAuditLogDocument = {"__meta__":{"hash":"sha256:2b4572f1d73668826db3340e6ae5c6b0ea4589e08b0913a31a6b9b8d90eda687"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"privacyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKind"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]} as unknown as DocumentNode<HrAuditLogQuery, HrAuditLogQueryVariables>;
export const HrRequestExportDocument = {"__meta__":{"hash":"sha256:cacc80cd3ce5913fc9cd4f97bee15e384a05ba429e95769869749bcb041a1548"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrRequestExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPersonalDataExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPersonalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HrRequestExportMutation, HrRequestExportMutationVariables>;
export const HrExportDocument = {"__meta__":{"hash":"sha256:2fb44d82d20dcd1b07b9bda48a9184c0394b02aedd947c641a1ac8d2102cf8ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<HrExportQuery, HrExportQueryVariables>;
export const HrErasePersonDocument = {"__meta__":{"hash":"sha256:c83ec92e82f5bfa70247f020e0dbdb861f567d187960276d6f6fcd9b5f400234"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ErasePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<HrErasePersonMutation, HrErasePersonMutationVariables>;
export const HrSaveMentorProfileDocument = {"__meta__":{"hash":"sha256:fbc495dcd1ea05a91b94da7c22d4910ff64f7910614f6a9ca50e389da986a743"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HrSaveMentorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMentorProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMentorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}}]}}]}}]} as unknown as DocumentNode<HrSaveMentorProfileMutation, HrSaveMentorProfileMutationVariables>;
export const AppMentorshipLogDocument = {"__meta__":{"hash":"sha256:b193e31966f26684c5973def314c6ab964234fb3f767d12a4cd85ccb97900ebf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorshipLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"meetingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toDevelop"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorshipLogQuery, AppMentorshipLogQueryVariables>;
export const AppScheduleMentoringMeetingDocument = {"__meta__":{"hash":"sha256:51cc1a7f4fab199642e32ad9691f8d78cdde1fd5612a5ac6448ec72e56355384"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppScheduleMentoringMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMentoringMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleMentoringMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppScheduleMentoringMeetingMutation, AppScheduleMentoringMeetingMutationVariables>;
export const AppSaveMeetingNoteDocument = {"__meta__":{"hash":"sha256:e01e3eea1eafcb5d0fbbc4bec5f1e5a04b3be2e1e61fdabe654da6ecec0222b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSaveMeetingNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMeetingNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMeetingNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppSaveMeetingNoteMutation, AppSaveMeetingNoteMutationVariables>;
export const AppRecordMentoringObservationDocument = {"__meta__":{"hash":"sha256:1c88b69c680445a11f4ab3c3e5bfff3bd53c22f86dee3d984efb6543dcfa3abc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRecordMentoringObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordMentoringObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppRecordMentoringObservationMutation, AppRecordMentoringObservationMutationVariables>;
export const AppSetMentorshipAgreementDocument = {"__meta__":{"hash":"sha256:b3e9f57d9dd4fe9a150c09529f8df44b3f4b5cde4b75d39d089b65008ebdee99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetMentorshipAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMentorshipAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMentorshipAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppSetMentorshipAgreementMutation, AppSetMentorshipAgreementMutationVariables>;
export const AppMyMentoringNeedDocument = {"__meta__":{"hash":"sha256:054a8fc83de8e0ab21e2eb2eae71a6464af1259c058080cf0fae143c650f96b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentoringNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentoringNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AppMyMentoringNeedQuery, AppMyMentoringNeedQueryVariables>;
export const AppMyMentorRequestsDocument = {"__meta__":{"hash":"sha256:43d68086a8ec4776f80454b28a060b729d81c611c86fa8b373eb5804ec67f5ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentorRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentorRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppMyMentorRequestsQuery, AppMyMentorRequestsQueryVariables>;
export const AppMentorShortlistDocument = {"__meta__":{"hash":"sha256:6c5699c026c4ff90cc5c31eb963c0dd7ea823226c5afe2f72101dd7e3270a347"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorShortlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentorShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorShortlistQuery, AppMentorShortlistQueryVariables>;
export const AppSaveMentoringNeedDocument = {"__meta__":{"hash":"sha256:966780a7881c203be610fac57eaf56978b2898cdb5488348f31e00f9610f2c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSaveMentoringNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMentoringNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMentoringNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppSaveMentoringNeedMutation, AppSaveMentoringNeedMutationVariables>;
export const AppRequestMentorDocument = {"__meta__":{"hash":"sha256:1719d80602167b2d4d2c8d6d934b9d94529b586ed25c9c899ede050a0fc9d34d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestMentorMutation, AppRequestMentorMutationVariables>;
export const AppMentorshipStateDocument = {"__meta__":{"hash":"sha256:6ff815ef588c8ac0cc86fe7c14b92ce08c495e90eaf8497452692995df510989"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorshipState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorshipStateQuery, AppMentorshipStateQueryVariables>;
export const AppMyMentorshipsDocument = {"__meta__":{"hash":"sha256:164e9ece4122f8fda84fc2a317652553db32bfc97849ba5bb615fad5b42253f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentorships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMyMentorshipsQuery, AppMyMentorshipsQueryVariables>;
export const AppAcceptMentorshipDocument = {"__meta__":{"hash":"sha256:ea0dedc5e2d60be7a35c26692b829dabbaaddea27e3b34b39e0b67dd8f2e3663"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppAcceptMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAcceptedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AppAcceptMentorshipMutation, AppAcceptMentorshipMutationVariables>;
export const AppDeclineMentorshipDocument = {"__meta__":{"hash":"sha256:693036ebdbea707f4dcf91b0e6d0126bcb054f2177788357777e6149a145962c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppDeclineMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineMentorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppDeclineMentorshipMutation, AppDeclineMentorshipMutationVariables>;
export const AppChangeMentorshipStatusDocument = {"__meta__":{"hash":"sha256:586602eb82e14351d4c85c248ff0cd730a48fde5b328e8e6ff044af7478d509c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppChangeMentorshipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMentorshipStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeMentorshipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppChangeMentorshipStatusMutation, AppChangeMentorshipStatusMutationVariables>;
export const AppSubmitMentorshipAssessmentDocument = {"__meta__":{"hash":"sha256:673deffc3b84e6c12c5dc7a5ea7c3b56ef0c419fd965da5aa91059b92b365b11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSubmitMentorshipAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMentorshipAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitMentorshipAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppSubmitMentorshipAssessmentMutation, AppSubmitMentorshipAssessmentMutationVariables>;
export const AppMarkMenteeVisitedDocument = {"__meta__":{"hash":"sha256:2ced5a9449aeb6beab4074e50080e389ea76a0c8d22a571376e2981cfdc77fbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppMarkMenteeVisited"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markMenteeVisited"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppMarkMenteeVisitedMutation, AppMarkMenteeVisitedMutationVariables>;
export const AppMyMentorProfileDocument = {"__meta__":{"hash":"sha256:e56786822f43f67ccf8ec7694a78dcf2535990abbba6dbfc6116039d122f926c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"takenPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"competencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<AppMyMentorProfileQuery, AppMyMentorProfileQueryVariables>;
export const AppSaveMyMentorProfileDocument = {"__meta__":{"hash":"sha256:4befb1f89c06c3d052c4a1170865d0ed1f2ff972198c2e2e67988d2412779454"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSaveMyMentorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMentorProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMentorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"takenPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"competencyIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<AppSaveMyMentorProfileMutation, AppSaveMyMentorProfileMutationVariables>;
export const AppMyPhilosophyDocument = {"__meta__":{"hash":"sha256:6c7d4f3575717200a07af0b651bbdb80ad9dfd51e4d0e289a7230d78efcf19be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppPhilosophyComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppPhilosophyComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AppMyPhilosophyQuery, AppMyPhilosophyQueryVariables>;
export const AppSavePhilosophyDraftDocument = {"__meta__":{"hash":"sha256:e15e48feca928ec9495646eaba509ed692288721f5ec1c4076512d970fe63a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSavePhilosophyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePhilosophyDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savePhilosophyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<AppSavePhilosophyDraftMutation, AppSavePhilosophyDraftMutationVariables>;
export const AppPublishPhilosophyDocument = {"__meta__":{"hash":"sha256:89429f4fa2bb32d61b7dba63430744acb50277c4ab0efc458caf98e0c60191fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppPublishPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPhilosophyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppPublishPhilosophyMutation, AppPublishPhilosophyMutationVariables>;
export const AppPhilosophyDiffDocument = {"__meta__":{"hash":"sha256:fbfacd60efb7beb87d516fd0dc42fd28b1bf8914c339122ba99c3ad68e473c08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPhilosophyDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"philosophyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"hunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppPhilosophyDiffQuery, AppPhilosophyDiffQueryVariables>;
export const AppLeadershipPhilosophyDocument = {"__meta__":{"hash":"sha256:fa0ed4c6854b978b713304a5c683e95b2941c0c8255d40e20f3c354c6e05f591"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLeadershipPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppPhilosophyComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppPhilosophyComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AppLeadershipPhilosophyQuery, AppLeadershipPhilosophyQueryVariables>;
export const AppPhilosophyCommentsDocument = {"__meta__":{"hash":"sha256:885d9eb5b3a6cea6722ec40a36ef0281eb0168bb050e33fa9e45ac7c75845255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPhilosophyComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadershipPhilosophy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppPhilosophyComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppPhilosophyComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AppPhilosophyCommentsQuery, AppPhilosophyCommentsQueryVariables>;
export const AppCommentOnPhilosophyDocument = {"__meta__":{"hash":"sha256:7a753ff686c945e80b3b2cbf7df9937964816f6d310a29a9683c8c7ef527c72a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppCommentOnPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnPhilosophyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"commentOnPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppCommentOnPhilosophyMutation, AppCommentOnPhilosophyMutationVariables>;
export const AppReplyToPhilosophyCommentDocument = {"__meta__":{"hash":"sha256:9211b4c4900fd1469bafcab59cf0d1c82ce56d6a940219d0db12d410d12f6fbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppReplyToPhilosophyComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replyToFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppReplyToPhilosophyCommentMutation, AppReplyToPhilosophyCommentMutationVariables>;
export const AppHidePhilosophyCommentDocument = {"__meta__":{"hash":"sha256:bc8ea31a3db608a9b02a9d3646cdf94933a14cfba351a01c3c4086d0ce973ed1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppHidePhilosophyComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNoteIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hideFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<AppHidePhilosophyCommentMutation, AppHidePhilosophyCommentMutationVariables>;
export const AppUnhidePhilosophyCommentDocument = {"__meta__":{"hash":"sha256:b160175f57af35d7da0b656e4d53b10f804861b5952947319b6fb9b7c33dba2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppUnhidePhilosophyComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNoteIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unhideFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<AppUnhidePhilosophyCommentMutation, AppUnhidePhilosophyCommentMutationVariables>;
export const AppSetPhilosophyVisibilityDocument = {"__meta__":{"hash":"sha256:f9c9016e800574446201be9aba026148e4f1d02c7ccab5bf3b1db1f0a0171057"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetPhilosophyVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPhilosophyVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setPhilosophyVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}}]}}]}}]}}]} as unknown as DocumentNode<AppSetPhilosophyVisibilityMutation, AppSetPhilosophyVisibilityMutationVariables>;
export const AppSavePhilosophyNotesDocument = {"__meta__":{"hash":"sha256:ca0ee94760b5c6bfdf22bf810f8771b3c6ed273bad75aece2803970d7aac4767"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSavePhilosophyNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePhilosophyNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savePhilosophyNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}}]}}]}}]}}]} as unknown as DocumentNode<AppSavePhilosophyNotesMutation, AppSavePhilosophyNotesMutationVariables>;
export const AppAddPhilosophyItemDocument = {"__meta__":{"hash":"sha256:46e8c01be9c0923eaab1f0ef495e8f1443df758dbedf87aec34f71f969201ef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppAddPhilosophyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhilosophyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addPhilosophyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<AppAddPhilosophyItemMutation, AppAddPhilosophyItemMutationVariables>;
export const AppCompletePhilosophyItemDocument = {"__meta__":{"hash":"sha256:576af83f4f670f00c2c830232fc5d42a4956e99f72b9d721b8ca762c177ad685"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppCompletePhilosophyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletePhilosophyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completePhilosophyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<AppCompletePhilosophyItemMutation, AppCompletePhilosophyItemMutationVariables>;
export const AppPublishedPhilosophiesDocument = {"__meta__":{"hash":"sha256:d840009bebf7bf1cd7f6974e707b22bbee66f2466611a4dcf55de45de4f52b75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPublishedPhilosophies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishedPhilosophies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AppPublishedPhilosophiesQuery, AppPublishedPhilosophiesQueryVariables>;
export const AppPhilosophyOfVersionDocument = {"__meta__":{"hash":"sha256:ee40f1f5026710e76f9cdf97ff3e459447fdb448a1d9359177b54b33ef543360"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPhilosophyOfVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhilosophyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppPhilosophyOfVersionQuery, AppPhilosophyOfVersionQueryVariables>;
export const AppMyActivityRatingDocument = {"__meta__":{"hash":"sha256:790d2e4537285c7dacaa52353d850ba1b8dc997797f68e902562dd82646b375a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyActivityRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myActivityRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<AppMyActivityRatingQuery, AppMyActivityRatingQueryVariables>;
export const AppRateActivityDocument = {"__meta__":{"hash":"sha256:00016790951752e0198a415070351b0595ee614fca66a3058ff395e4026cfa1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<AppRateActivityMutation, AppRateActivityMutationVariables>;
export const AppSetMyLocaleDocument = {"__meta__":{"hash":"sha256:37b1f7008f0c320634cc4185b835fc8b6ed6bd348374ba78863a4ac1e58e51e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyLocaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMyLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<AppSetMyLocaleMutation, AppSetMyLocaleMutationVariables>;
export const AppMyEmailDocument = {"__meta__":{"hash":"sha256:ff4816bc6522d1a6057f11608c6b8dedacef0d49b3aa63997f5d9cca6883772c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AppMyEmailQuery, AppMyEmailQueryVariables>;
export const AppChangePasswordDocument = {"__meta__":{"hash":"sha256:b715592a3dae4b177ee2c0cd312a35cf33fcefaf748ba06ddff4455f8f5f8e6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppChangePasswordMutation, AppChangePasswordMutationVariables>;