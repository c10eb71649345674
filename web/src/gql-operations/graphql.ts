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

export type ActivityProgressInput = {
  activityId: string | number;
  clientMutationId?: string | null | undefined;
  enrolmentId: string | number;
  occurredAt?: unknown;
};

/** Where a leader is with one activity. */
export type ActivityStatus =
  | 'COMPLETED'
  | 'NOT_STARTED'
  | 'STARTED';

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
  startsOn: unknown;
};

export type CreateEvaluationCycleInput = {
  allRatersMinimum?: number;
  baselineCycleId?: string | number | null | undefined;
  clientMutationId?: string | null | undefined;
  closesAt: unknown;
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
  opensAt: unknown;
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
  periodEnd?: unknown;
  periodStart?: unknown;
  status?: GoalStatus;
  title: string;
  /** None: the whole organisation. */
  unitIds?: Array<string | number>;
};

export type CreatePersonInput = {
  clientMutationId?: string | null | undefined;
  email: string;
  jobTitle?: string;
  leaderSince?: unknown;
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

export type DeclineRaterInvitationInput = {
  clientMutationId?: string | null | undefined;
  reason?: string;
  token: string;
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

export type DiffSegmentKind =
  | 'ADDED'
  | 'EQUAL'
  | 'REMOVED';

export type EffectBreakdownDimension =
  | 'ACTIVITY_KIND'
  | 'MODULE'
  | 'PROGRAMME';

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
  startsOn?: unknown;
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
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'REQUIRED'
  | 'RULE_VIOLATED'
  | 'TOO_LONG'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE';

export type EvaluationCycleIdInput = {
  clientMutationId?: string | null | undefined;
  cycleId: string | number;
};

export type EvaluationIdInput = {
  clientMutationId?: string | null | undefined;
  evaluationId: string | number;
};

export type EvaluationTaskKind =
  | 'APPROVE_NOMINATIONS'
  | 'GIVE_MANAGER_ASSESSMENT'
  | 'GIVE_SELF_ASSESSMENT'
  | 'NOMINATE_RATERS'
  | 'READ_REPORT';

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
  startsFrom?: unknown;
  /**
   * Enrolments starting until the last day of this day's quarter.
   * @deprecated Use period: periods are whole quarters or years.
   */
  startsUntil?: unknown;
  /** The unit and every unit below it. */
  unitId?: string | number | null | undefined;
};

/** A whole year, or one quarter of it: periods are fixed. */
export type LearningEffectPeriod = {
  /** 1-4; none for the whole year. */
  quarter?: number | null | undefined;
  year: number;
};

/** A file already uploaded with requestActivityMediaUpload. */
export type MediaItemInput = {
  contentType: string;
  objectKey: string;
  title: string;
};

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
  occurredAt: unknown;
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

/** An answer: a value 1-5, or cannotJudge. */
export type RaterAnswerInput = {
  cannotJudge?: boolean;
  itemId: string | number;
  value?: number | null | undefined;
};

export type RaterCommentInput = {
  questionId: string | number;
  text: string;
};

export type RaterFormState =
  | 'CLOSED'
  | 'DECLINED'
  | 'OPEN'
  | 'SUBMITTED';

/** Who a rater is to the leader. */
export type RaterGroup =
  | 'DIRECT_REPORT'
  | 'EXTERNAL'
  | 'MANAGER'
  | 'PEER'
  | 'SELF';

export type RecordActionEvidenceInput = {
  activityId: string | number;
  clientMutationId?: string | null | undefined;
  enrolmentId: string | number;
  /** From requestEvidenceUpload, after the file was uploaded. */
  objectKey?: string | null | undefined;
  occurredAt?: unknown;
  text?: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
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

export type SaveRaterAnswersInput = {
  answers?: Array<RaterAnswerInput>;
  clientMutationId?: string | null | undefined;
  comments?: Array<RaterCommentInput>;
  token: string;
};

export type SaveReflectionInput = {
  activityId: string | number;
  clientMutationId?: string | null | undefined;
  enrolmentId: string | number;
  occurredAt?: unknown;
  /** Unset keeps the sharing as it is; [] makes it private. */
  sharedWith?: Array<ShareTarget> | null | undefined;
  text: string;
};

export type SetDevelopmentGoalsInput = {
  clientMutationId?: string | null | undefined;
  enrolmentId: string | number;
  goals: Array<DevelopmentGoalInput>;
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

export type ShareReflectionInput = {
  clientMutationId?: string | null | undefined;
  reflectionId: string | number;
  sharedWith: Array<ShareTarget>;
};

export type ShareTarget =
  | 'MANAGER'
  | 'MENTOR';

export type SignInInput = {
  email: string;
  /** Slug of the organisation, for people in several. */
  organisation?: string | null | undefined;
  password: string;
};

export type SignInWithMagicLinkInput = {
  organisation?: string | null | undefined;
  token: string;
};

export type SignOutInput = {
  clientMutationId?: string | null | undefined;
  /** Every device of the viewer. */
  everywhere?: boolean;
  /** Signs out the device holding this token. */
  refreshToken?: string | null | undefined;
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

export type SubmitRaterResponseInput = {
  answers?: Array<RaterAnswerInput>;
  clientMutationId?: string | null | undefined;
  comments?: Array<RaterCommentInput>;
  token: string;
};

export type SyncProgressInput = {
  clientMutationId?: string | null | undefined;
  events: Array<ProgressEventInput>;
};

export type UpdateGoalInput = {
  clientMutationId?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  periodEnd?: unknown;
  periodStart?: unknown;
  status?: GoalStatus | null | undefined;
  title?: string | null | undefined;
  unitIds?: Array<string | number> | null | undefined;
};

export type UpdateMembershipInput = {
  clientMutationId?: string | null | undefined;
  /** false: the person has left; their sessions end. */
  isActive?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  leaderSince?: unknown;
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

export type AddPhilosophyItemMutationVariables = Exact<{
  input: AddPhilosophyItemInput;
}>;


export type AddPhilosophyItemMutation = { addPhilosophyItem: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, item: { id: string, text: string, createdAt: unknown, doneAt: unknown, comment: { id: string } | null } | null } };

export type ApproveNominationsMutationVariables = Exact<{
  input: ApproveNominationsInput;
}>;


export type ApproveNominationsMutation = { approveNominations: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { id: string, nominationState: NominationState, nominations: Array<{ id: string, group: RaterGroup, raterName: string, status: NominationStatus }> } | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CloseEvaluationCycleMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type CloseEvaluationCycleMutation = { closeEvaluationCycle: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, cycle: { id: string, name: string, status: CycleStatus, opensAt: unknown, closesAt: unknown } | null } };

export type CommentOnPhilosophyMutationVariables = Exact<{
  input: CommentOnPhilosophyInput;
}>;


export type CommentOnPhilosophyMutation = { commentOnPhilosophy: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, comment: { id: string, subjectId: string | null, body: string | null, authorName: string | null, createdAt: unknown } | null, version: { id: string, number: number } | null } };

export type CompleteActivityMutationVariables = Exact<{
  input: ActivityProgressInput;
}>;


export type CompleteActivityMutation = { completeActivity: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, activity: { id: string } | null, enrolment: { id: string, progress: { started: number, completed: number, percent: number } } | null } };

export type CompleteCheckpointMutationVariables = Exact<{
  input: CompleteCheckpointInput;
}>;


export type CompleteCheckpointMutation = { completeCheckpoint: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, checkpoint: { id: string, kind: CheckpointKind, completedAt: unknown, goalsAgreed: boolean, practiceAgreed: string, notes: string, feedback: string } | null, enrolment: { id: string, status: EnrolmentStatus, developmentGoals: Array<{ id: string, title: string, agreedAt: unknown, attainmentRating: number | null }> } | null } };

export type CompletePhilosophyItemMutationVariables = Exact<{
  input: CompletePhilosophyItemInput;
}>;


export type CompletePhilosophyItemMutation = { completePhilosophyItem: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, item: { id: string, doneAt: unknown } | null } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, cohort: { id: string, name: string, startsOn: unknown } | null } };

export type CreateEvaluationCycleMutationVariables = Exact<{
  input: CreateEvaluationCycleInput;
}>;


export type CreateEvaluationCycleMutation = { createEvaluationCycle: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, cycle: { id: string, name: string, status: CycleStatus, opensAt: unknown, closesAt: unknown } | null } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, goal: { id: string, title: string, status: GoalStatus, units: Array<{ id: string }> } | null } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, person: { id: string, name: string, email: string, membership: { id: string, jobTitle: string, roles: Array<Role> } } | null } };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, programme: { id: string, status: ProgrammeStatus } | null, version: { id: string, version: number, status: ProgrammeVersionStatus, title: string } | null } };

export type CreateStructureImportMutationVariables = Exact<{
  input: CreateStructureImportInput;
}>;


export type CreateStructureImportMutation = { createStructureImport: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, structureImport: { id: string, status: StructureImportStatus, upload: { url: string, method: string, expiresAt: unknown, headers: Array<{ name: string, value: string }>, fields: Array<{ name: string, value: string }> } | null } | null } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, unit: { id: string, name: string, parent: { id: string } | null } | null } };

export type DeclineRaterInvitationMutationVariables = Exact<{
  input: DeclineRaterInvitationInput;
}>;


export type DeclineRaterInvitationMutation = { declineRaterInvitation: { clientMutationId: string | null, state: RaterFormState | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EnrolLeaderMutationVariables = Exact<{
  input: EnrolLeaderInput;
}>;


export type EnrolLeaderMutation = { enrolLeader: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, enrolment: { id: string, startsOn: unknown, leader: { membershipId: string, name: string } | null, checkpoints: Array<{ kind: CheckpointKind, dueOn: unknown }> } | null } };

export type EnrolmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EnrolmentDetailQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: EnrolmentStatus, startsOn: unknown, id: string, leader: { membershipId: string, name: string, jobTitle: string } | null, programme: { id: string, title: string, goals: Array<{ id: string, title: string }> } | null, developmentGoals: Array<{ id: string, title: string, description: string, agreedAt: unknown, attainmentRating: number | null, organisationGoal: { id: string, title: string } | null }>, progress: { total: number, completed: number, percent: number }, activities: Array<{ status: ActivityStatus, startedAt: unknown, completedAt: unknown, dueOn: unknown, overdue: boolean, activity: { id: string, kind: ActivityKind, title: string, bodyHtml: string, estimatedMinutes: number, media: Array<{ title: string, contentType: string, url: string }> }, reflection: { id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: unknown } | null, evidence: { id: string, text: string, recordedAt: unknown, file: { contentType: string, byteSize: number | null, url: string } | null } | null }>, checkpoints: Array<{ id: string, kind: CheckpointKind, dueOn: unknown, completedAt: unknown, goalsAgreed: boolean, practiceAgreed: string, notes: string, feedback: string }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;


export type ErasePersonMutation = { erasePerson: { changedRows: number, tables: Array<string>, clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type EvaluationCycleRatesQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationCycleRatesQuery = { node:
    | { id: string, name: string, status: CycleStatus, anonymityPolicy: { peerMinimum: number, directReportMinimum: number, externalMinimum: number, allRatersMinimum: number, commentMinimum: number, minimumEmployeesForReport: number }, responseRates: Array<{ group: RaterGroup, invited: number, answered: number, declined: number }> }
    | Record<PropertyKey, never>
   | null };

export type EvaluationReportQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationReportQuery = { node:
    | { id: string, leader: { name: string }, report: { status: ReportStatus, withheldReason: string | null, downloadUrl: string | null, figures: { shownGroups: Array<ReportGroup>, responses: Array<{ group: ReportGroup, count: number }>, competencies: Array<{ competencyId: string, title: string, selfMinusOthers: number | null, figures: Array<{ group: ReportGroup, count: number, mean: number, spread: number | null }>, items: Array<{ itemId: string, text: string, figures: Array<{ group: ReportGroup, count: number, mean: number, spread: number | null }> }> }>, highestItems: Array<{ itemId: string, text: string }>, lowestItems: Array<{ itemId: string, text: string }>, comments: Array<{ questionId: string, question: string, group: ReportGroup, comments: Array<string> }>, baselineChanges: Array<{ competencyId: string, title: string, group: ReportGroup, baseline: number, current: number, change: number }> } | null } | null }
    | Record<PropertyKey, never>
   | null };

export type ExportLearningEffectMutationVariables = Exact<{
  input: ExportLearningEffectInput;
}>;


export type ExportLearningEffectMutation = { exportLearningEffect: { clientMutationId: string | null, export: { id: string, format: EffectExportFormat, scope: EffectScope, status: EffectExportStatus, downloadUrl: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type GoalsQueryVariables = Exact<{
  status?: GoalStatus | null | undefined;
  unitId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GoalsQuery = { goals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string, periodStart: unknown, periodEnd: unknown, status: GoalStatus, units: Array<{ id: string, name: string }> } }> } };

export type HidePhilosophyCommentMutationVariables = Exact<{
  input: FeedbackNoteIdInput;
}>;


export type HidePhilosophyCommentMutation = { hideFeedbackNote: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, note: { id: string, hidden: boolean } | null } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { home: { enrolments: Array<{ id: string, status: EnrolmentStatus, startsOn: unknown, programme: { id: string, title: string, version: number } | null, cohort: { id: string, name: string } | null, progress: { total: number, started: number, completed: number, percent: number }, developmentGoals: Array<{ id: string, title: string, agreedAt: unknown }> }>, nextActivities: Array<{ dueOn: unknown, overdue: boolean, status: ActivityStatus, enrolment: { id: string }, activity: { id: string, kind: ActivityKind, title: string, estimatedMinutes: number } }>, openCheckpoints: Array<{ id: string, kind: CheckpointKind, dueOn: unknown }>, checkpointsToHold: Array<{ id: string, kind: CheckpointKind, dueOn: unknown, enrolment: { id: string, leader: { name: string } | null, programme: { title: string } | null } | null }>, mentor: { membershipId: string, name: string, jobTitle: string } | null, unreadFeedback: Array<{ id: string, title: string, authorName: string | null, createdAt: unknown }>, pending360Tasks: Array<{ id: string, title: string, dueAt: unknown }> } };

export type InviteRatersMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type InviteRatersMutation = { inviteRaters: { clientMutationId: string | null, invited: number, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type LeadershipFoundationQueryVariables = Exact<{
  version?: number | null | undefined;
}>;


export type LeadershipFoundationQuery = { leadershipFoundation: { id: string, version: number, title: string, introduction: string, publishedAt: unknown, principles: Array<{ id: string, position: number, title: string, description: string }>, values: Array<{ id: string, position: number, title: string, description: string }> } | null };

export type LeadershipPhilosophyQueryVariables = Exact<{
  leaderId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadershipPhilosophyQuery = { leadershipPhilosophy: { id: string, slug: string, visibility: PhilosophyVisibility, address: string, pageLink: string | null, leader: { id: string, jobTitle: string, person: { name: string } } | null, currentVersion: { id: string, number: number, summary: string, publishedAt: unknown, pdfUrl: string | null, sections: Array<{ kind: PhilosophySectionKind, title: string, bodyHtml: string, principles: Array<{ id: string, title: string }>, goals: Array<{ id: string, title: string }> }> } | null, versions: { nodes: Array<{ id: string, number: number, summary: string, publishedAt: unknown }> }, comments: { nodes: Array<{ id: string, subjectId: string | null, body: string | null, authorName: string | null, isMine: boolean, hidden: boolean, createdAt: unknown, replies: Array<{ id: string, body: string | null, authorName: string | null, isMine: boolean, hidden: boolean, createdAt: unknown }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LearningEffectQueryVariables = Exact<{
  filter?: LearningEffectFilter | null | undefined;
}>;


export type LearningEffectQuery = { learningEffect: { scope: EffectScope, asOf: unknown, notes: Array<string>, participation: { kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, overall: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goals: Array<{ goalId: string, title: string, attainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } }> }, behaviourChange: { kirkpatrickLevel: KirkpatrickLevel, minimumLeaders: number, overall: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null }, competencies: Array<{ key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null }> }, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, breakdowns: { byProgramme: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }>, byModule: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }>, byActivityKind: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }> }, spanOfControl: { leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number, distribution: Array<{ low: number, high: number | null, leaders: number }> }, series: Array<{ key: string, title: string, kirkpatrickLevel: KirkpatrickLevel | null, unit: string, points: Array<{ label: string, value: number | null, low: number | null, high: number | null, n: number | null, suppressed: boolean }> }> } };

export type RatingFragment = { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null };

export type ChangeFragment = { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null };

export type BreakdownFragment = { dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } };

export type LearningEffectExportQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningEffectExportQuery = { learningEffectExport: { id: string, format: EffectExportFormat, scope: EffectScope, status: EffectExportStatus, downloadUrl: string | null } | null };

export type LearningEffectSummaryQueryVariables = Exact<{
  scope?: EffectScope | null | undefined;
  filter?: LearningEffectFilter | null | undefined;
}>;


export type LearningEffectSummaryQuery = { learningEffectSummary: { scope: EffectScope, notes: Array<string>, participation: { kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, overdue: number, activities: Array<{ kind: ActivityKind, completionRate: number | null }>, checkpoints: Array<{ kind: CheckpointKind, held: number, overdue: number }> }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, mean: number | null, spread: number | null }, behaviourChange: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, confidenceInterval: { low: number, high: number } | null }, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, mean: number | null, spread: number | null }, spanOfControl: { leaders: number, mean: number | null, threshold: number, overThreshold: number } } };

export type MenteesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MenteesQuery = { mentees: { edges: Array<{ cursor: string, node: { lastVisitAt: unknown, person: { membershipId: string, name: string, jobTitle: string, unitName: string | null }, mentorship: { id: string, status: MentorshipStatus, startsOn: unknown, endsOn: unknown }, progress: { activeEnrolments: number, completedActivities: number, totalActivities: number, percent: number }, sharedSinceLastVisit: { count: number, items: Array<{ kind: string, reference: string, title: string, sharedAt: unknown }> }, nextMeeting: { id: string, startsAt: unknown, place: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyActivityRatingsQueryVariables = Exact<{
  activityIds: Array<string | number> | string | number;
}>;


export type MyActivityRatingsQuery = { myActivityRatings: Array<{ id: string, activityId: string, rating: number, comment: string }> };

export type MyEvaluationTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationTasksQuery = { myEvaluationTasks: Array<{ kind: EvaluationTaskKind, evaluationId: string, cycleName: string, leaderName: string, dueAt: unknown }> };

export type MyEvaluationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationsQuery = { myEvaluations: Array<{ id: string, nominationState: NominationState, reportStatus: ReportStatus, cycle: { id: string, name: string, status: CycleStatus, closesAt: unknown }, nominations: Array<{ id: string, group: RaterGroup, raterName: string, status: NominationStatus, invited: boolean }>, progress: Array<{ group: RaterGroup, invited: number, answered: number, declined: number }> }> };

export type MyPhilosophyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPhilosophyQuery = { myPhilosophy: { id: string, slug: string, visibility: PhilosophyVisibility, address: string, pageLink: string | null, privateNotes: string | null, draft: { id: string, number: number, status: PhilosophyVersionStatus, revision: number, summary: string, updatedAt: unknown, sections: Array<{ kind: PhilosophySectionKind, title: string, body: string, principles: Array<{ id: string, title: string }>, goals: Array<{ id: string, title: string }> }> } | null, currentVersion: { id: string, number: number, status: PhilosophyVersionStatus, publishedAt: unknown, pdfUrl: string | null } | null, versions: { nodes: Array<{ id: string, number: number, status: PhilosophyVersionStatus, summary: string, requestedAt: unknown, publishedAt: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, items: Array<{ id: string, text: string, createdAt: unknown, doneAt: unknown, comment: { id: string } | null }> } | null };

export type PhilosophyVersionFieldsFragment = { id: string, number: number, status: PhilosophyVersionStatus, revision: number, summary: string, updatedAt: unknown, sections: Array<{ kind: PhilosophySectionKind, title: string, body: string, principles: Array<{ id: string, title: string }>, goals: Array<{ id: string, title: string }> }> };

export type NominateRatersMutationVariables = Exact<{
  input: NominateRatersInput;
}>;


export type NominateRatersMutation = { nominateRaters: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { id: string, nominationState: NominationState, nominations: Array<{ id: string, group: RaterGroup, raterName: string, status: NominationStatus }> } | null } };

export type OpenEvaluationCycleMutationVariables = Exact<{
  input: EvaluationCycleIdInput;
}>;


export type OpenEvaluationCycleMutation = { openEvaluationCycle: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, cycle: { id: string, name: string, status: CycleStatus, opensAt: unknown, closesAt: unknown } | null } };

export type OrganisationLearningEffectQueryVariables = Exact<{
  filter?: LearningEffectFilter | null | undefined;
}>;


export type OrganisationLearningEffectQuery = { organisationLearningEffect: { scope: EffectScope, asOf: unknown, notes: Array<string>, participation: { kirkpatrickLevel: KirkpatrickLevel, leaders: number, enrolled: number, active: number, completed: number, withdrawn: number, overdue: number, activities: Array<{ kind: ActivityKind, assigned: number, completed: number, completionRate: number | null }>, checkpoints: Array<{ kind: CheckpointKind, total: number, due: number, held: number, overdue: number }> }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, overall: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goals: Array<{ goalId: string, title: string, attainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } }> }, behaviourChange: { kirkpatrickLevel: KirkpatrickLevel, minimumLeaders: number, overall: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null }, competencies: Array<{ key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null }> }, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, breakdowns: { byProgramme: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }>, byModule: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }>, byActivityKind: Array<{ dimension: EffectBreakdownDimension, label: string, programmeId: string | null, moduleId: string | null, activityKind: ActivityKind | null, programmeTitle: string | null, enrolled: number | null, completedEnrolments: number | null, activitiesAssigned: number, activitiesCompleted: number, completionRate: number | null, reaction: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null }, goalAttainment: { kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, count: number | null, mean: number | null, spread: number | null, confidenceInterval: { low: number, high: number } | null } | null, behaviourChange: { key: string, title: string, kirkpatrickLevel: KirkpatrickLevel, suppressed: boolean, leaders: number | null, ratersBaseline: number | null, ratersFollowUp: number | null, baselineMean: number | null, followUpMean: number | null, meanChange: number | null, spread: number | null, effectSize: number | null, meanChangeInterval: { low: number, high: number } | null, confidenceInterval: { low: number, high: number } | null } }> }, spanOfControl: { leaders: number, mean: number | null, spread: number | null, largest: number | null, threshold: number, overThreshold: number, distribution: Array<{ low: number, high: number | null, leaders: number }> }, series: Array<{ key: string, title: string, kirkpatrickLevel: KirkpatrickLevel | null, unit: string, points: Array<{ label: string, value: number | null, low: number | null, high: number | null, n: number | null, suppressed: boolean }> }> } };

export type OrganisationUnitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationUnitsQuery = { organisation: { id: string, name: string, units: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, parent: { id: string } | null } }> } } };

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
  role?: Role | null | undefined;
  includeInactive?: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string, membership: { id: string, jobTitle: string, roles: Array<Role>, isActive: boolean, leaderSince: unknown, isNewLeader: boolean, isLeaderOfLeaders: boolean, unit: { id: string, name: string } | null, manager: { id: string, person: { id: string, name: string } } | null } } }> } };

export type PersonalDataExportQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonalDataExportQuery = { personalDataExport: { id: string, status: PersonalDataExportStatus, personMembershipId: string, createdAt: unknown, finishedAt: unknown, downloadUrl: string | null } | null };

export type PhilosophyDiffQueryVariables = Exact<{
  fromVersionId: string | number;
  toVersionId: string | number;
}>;


export type PhilosophyDiffQuery = { philosophyDiff: { fromVersion: { id: string, number: number }, toVersion: { id: string, number: number }, sections: Array<{ key: string, kind: PhilosophySectionKind, title: string, change: PhilosophySectionChange, principlesAdded: Array<{ id: string, title: string }>, principlesRemoved: Array<{ id: string, title: string }>, goalsAdded: Array<{ id: string, title: string }>, goalsRemoved: Array<{ id: string, title: string }>, hunks: Array<{ oldStart: number, oldCount: number, newStart: number, newCount: number, lines: Array<{ kind: DiffLineKind, text: string, oldNumber: number | null, newNumber: number | null, segments: Array<{ kind: DiffSegmentKind, text: string }> }> }> }> } };

export type PhilosophyOverviewQueryVariables = Exact<{
  directOnly?: boolean | null | undefined;
  published?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PhilosophyOverviewQuery = { philosophyOverview: { totalLeaders: number, publishedCount: number, leaders: { nodes: Array<{ publishedAt: unknown, versionNumber: number | null, visibility: PhilosophyVisibility | null, leader: { id: string, jobTitle: string, person: { name: string }, unit: { name: string } | null }, philosophy: { id: string, address: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PhilosophyVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PhilosophyVersionQuery = { node:
    | { id: string, number: number, status: PhilosophyVersionStatus, summary: string, publishedAt: unknown, pdfUrl: string | null, sections: Array<{ kind: PhilosophySectionKind, title: string, bodyHtml: string, principles: Array<{ id: string, title: string }>, goals: Array<{ id: string, title: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type PrivacyAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PrivacyAuditLogQuery = { privacyAuditLog: { edges: Array<{ cursor: string, node: { action: PrivacyAuditAction, at: unknown, actorMembershipId: string | null, subjectMembershipId: string, objectKind: string, objectId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublishLeadershipFoundationMutationVariables = Exact<{
  input: PublishLeadershipFoundationInput;
}>;


export type PublishLeadershipFoundationMutation = { publishLeadershipFoundation: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, leadershipFoundation: { id: string, version: number } | null } };

export type PublishPhilosophyMutationVariables = Exact<{
  input: PublishPhilosophyInput;
}>;


export type PublishPhilosophyMutation = { publishPhilosophy: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { id: string, visibility: PhilosophyVisibility, address: string } | null, version: { id: string, number: number, status: PhilosophyVersionStatus, summary: string, requestedAt: unknown } | null } };

export type PublishProgrammeMutationVariables = Exact<{
  input: ProgrammeIdInput;
}>;


export type PublishProgrammeMutation = { publishProgramme: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, programme: { id: string, status: ProgrammeStatus } | null, version: { id: string, version: number, status: ProgrammeVersionStatus, publishedAt: unknown } | null } };

export type RateActivityMutationVariables = Exact<{
  input: RateActivityInput;
}>;


export type RateActivityMutation = { rateActivity: { clientMutationId: string | null, rating: { id: string, activityId: string, rating: number, comment: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RaterFormQueryVariables = Exact<{
  token: string;
}>;


export type RaterFormQuery = { raterForm: { state: RaterFormState, raterGroup: RaterGroup, anonymous: boolean, anonymityNotice: string, leaderName: string, cycleName: string, closesAt: unknown, scaleLabels: Array<string>, competencies: Array<{ title: string, description: string, items: Array<{ id: string, text: string, required: boolean, answer: number | null, cannotJudge: boolean }> }>, openQuestions: Array<{ id: string, text: string, comment: string }> } };

export type RecordActionEvidenceMutationVariables = Exact<{
  input: RecordActionEvidenceInput;
}>;


export type RecordActionEvidenceMutation = { recordActionEvidence: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, evidence: { id: string, text: string, contentType: string | null, byteSize: number | null, recordedAt: unknown, file: { url: string } | null } | null } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string | null, accessTokenExpiresAt: unknown, refreshToken: string | null, refreshTokenExpiresAt: unknown, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ReplyToPhilosophyCommentMutationVariables = Exact<{
  input: ReplyToFeedbackNoteInput;
}>;


export type ReplyToPhilosophyCommentMutation = { replyToFeedbackNote: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, note: { id: string, body: string | null, authorName: string | null, createdAt: unknown } | null } };

export type ReportsQueryVariables = Exact<{
  personId: string | number;
  direct?: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportsQuery = { reports: { spanOfControl: number, totalCount: number, person: { id: string, name: string }, people: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, membership: { id: string, jobTitle: string, isNewLeader: boolean, isLeaderOfLeaders: boolean, unit: { id: string, name: string } | null, manager: { id: string, person: { id: string, name: string } } | null } } }> } } };

export type RequestEvidenceUploadMutationVariables = Exact<{
  input: RequestEvidenceUploadInput;
}>;


export type RequestEvidenceUploadMutation = { requestEvidenceUpload: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, upload: { objectKey: string, url: string, method: string, headers: unknown, expiresAt: unknown } | null } };

export type RequestMagicLinkMutationVariables = Exact<{
  input: RequestMagicLinkInput;
}>;


export type RequestMagicLinkMutation = { requestMagicLink: { clientMutationId: string | null, message: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RequestPersonalDataExportMutationVariables = Exact<{
  input: RequestPersonalDataExportInput;
}>;


export type RequestPersonalDataExportMutation = { requestPersonalDataExport: { clientMutationId: string | null, export: { id: string, status: PersonalDataExportStatus, createdAt: unknown, downloadUrl: string | null } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SavePhilosophyDraftMutationVariables = Exact<{
  input: SavePhilosophyDraftInput;
}>;


export type SavePhilosophyDraftMutation = { savePhilosophyDraft: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { id: string, slug: string } | null, draft: { id: string, number: number, status: PhilosophyVersionStatus, revision: number, updatedAt: unknown } | null } };

export type SavePhilosophyNotesMutationVariables = Exact<{
  input: SavePhilosophyNotesInput;
}>;


export type SavePhilosophyNotesMutation = { savePhilosophyNotes: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { id: string, privateNotes: string | null } | null } };

export type SaveRaterAnswersMutationVariables = Exact<{
  input: SaveRaterAnswersInput;
}>;


export type SaveRaterAnswersMutation = { saveRaterAnswers: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, form: { state: RaterFormState, competencies: Array<{ items: Array<{ id: string, answer: number | null, cannotJudge: boolean }> }>, openQuestions: Array<{ id: string, comment: string }> } | null } };

export type SaveReflectionMutationVariables = Exact<{
  input: SaveReflectionInput;
}>;


export type SaveReflectionMutation = { saveReflection: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, reflection: { id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: unknown } | null } };

export type SetDevelopmentGoalsMutationVariables = Exact<{
  input: SetDevelopmentGoalsInput;
}>;


export type SetDevelopmentGoalsMutation = { setDevelopmentGoals: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, developmentGoals: Array<{ id: string, title: string, description: string, organisationGoal: { id: string, title: string } | null }> } };

export type SetPhilosophyVisibilityMutationVariables = Exact<{
  input: SetPhilosophyVisibilityInput;
}>;


export type SetPhilosophyVisibilityMutation = { setPhilosophyVisibility: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, philosophy: { id: string, visibility: PhilosophyVisibility, pageLink: string | null } | null } };

export type SetReportingLineMutationVariables = Exact<{
  input: SetReportingLineInput;
}>;


export type SetReportingLineMutation = { setReportingLine: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, person: { id: string, membership: { id: string, manager: { id: string } | null } } | null } };

export type ShareEvaluationReportMutationVariables = Exact<{
  input: ShareEvaluationReportInput;
}>;


export type ShareEvaluationReportMutation = { shareEvaluationReport: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { id: string, nominationState: NominationState, nominations: Array<{ id: string, group: RaterGroup, raterName: string, status: NominationStatus }> } | null } };

export type ShareReflectionMutationVariables = Exact<{
  input: ShareReflectionInput;
}>;


export type ShareReflectionMutation = { shareReflection: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, reflection: { id: string, sharedWith: Array<ShareTarget> } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string | null, accessTokenExpiresAt: unknown, refreshToken: string | null, refreshTokenExpiresAt: unknown, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SignInWithMagicLinkMutationVariables = Exact<{
  input: SignInWithMagicLinkInput;
}>;


export type SignInWithMagicLinkMutation = { signInWithMagicLink: { accessToken: string | null, accessTokenExpiresAt: unknown, refreshToken: string | null, refreshTokenExpiresAt: unknown, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOutMutation = { signOut: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SpansOfControlQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SpansOfControlQuery = { spansOfControl: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { directReports: number, leader: { id: string, person: { id: string, name: string }, unit: { id: string, name: string } | null } | null } }> } };

export type StartActivityMutationVariables = Exact<{
  input: ActivityProgressInput;
}>;


export type StartActivityMutation = { startActivity: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, activity: { id: string } | null, enrolment: { id: string, progress: { started: number, completed: number, percent: number } } | null } };

export type StartStructureImportMutationVariables = Exact<{
  input: StartStructureImportInput;
}>;


export type StartStructureImportMutation = { startStructureImport: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, structureImport: { id: string, status: StructureImportStatus } | null } };

export type StructureImportQueryVariables = Exact<{
  id: string | number;
}>;


export type StructureImportQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: StructureImportStatus, createdAt: unknown, createdLines: Array<number>, updatedLines: Array<number>, unchangedCount: number, unitsCreated: number, error: string | null, id: string, rejected: Array<{ line: number, email: string | null, message: string }>, upload: { url: string, method: string, expiresAt: unknown, headers: Array<{ name: string, value: string }>, fields: Array<{ name: string, value: string }> } | null }
    | { id: string }
   | null };

export type SubmitNominationsMutationVariables = Exact<{
  input: EvaluationIdInput;
}>;


export type SubmitNominationsMutation = { submitNominations: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, evaluation: { id: string, nominationState: NominationState, nominations: Array<{ id: string, group: RaterGroup, raterName: string, status: NominationStatus }> } | null } };

export type SubmitRaterResponseMutationVariables = Exact<{
  input: SubmitRaterResponseInput;
}>;


export type SubmitRaterResponseMutation = { submitRaterResponse: { clientMutationId: string | null, state: RaterFormState | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SyncProgressMutationVariables = Exact<{
  input: SyncProgressInput;
}>;


export type SyncProgressMutation = { syncProgress: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, results: Array<{ clientEventId: string, status: ProgressEventStatus, code: ErrorCode | null, message: string | null }>, enrolments: Array<{ id: string, progress: { started: number, completed: number, percent: number } }> } };

export type TeamEnrolmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  directOnly?: boolean | null | undefined;
}>;


export type TeamEnrolmentsQuery = { enrolments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: EnrolmentStatus, leader: { name: string, jobTitle: string } | null, programme: { title: string } | null, progress: { completed: number, total: number, percent: number }, checkpoints: Array<{ kind: CheckpointKind, dueOn: unknown, completedAt: unknown }> }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, goal: { id: string, title: string, status: GoalStatus, units: Array<{ id: string }> } | null } };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { updateMembership: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, person: { id: string, membership: { id: string, jobTitle: string, roles: Array<Role>, isActive: boolean, leaderSince: unknown, unit: { id: string } | null } } | null } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, person: { id: string, name: string, email: string, locale: Language } | null } };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, programme: { id: string, status: ProgrammeStatus } | null, version: { id: string, version: number, status: ProgrammeVersionStatus, title: string } | null } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { clientMutationId: string | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }>, unit: { id: string, name: string, parent: { id: string } | null } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { roles: Array<Role>, person: { id: string, name: string, email: string, locale: Language }, membership: { id: string, jobTitle: string, leaderSince: unknown, isNewLeader: boolean, isLeaderOfLeaders: boolean, unit: { id: string, name: string } | null, manager: { id: string, person: { id: string, name: string } } | null }, organisation: { id: string, name: string, slug: string }, memberships: Array<{ organisationName: string, organisationSlug: string, roles: Array<Role>, isCurrent: boolean }> } | null };

export const RatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<RatingFragment, unknown>;
export const ChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<ChangeFragment, unknown>;
export const BreakdownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Breakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"activityKind"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completedEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<BreakdownFragment, unknown>;
export const PhilosophyVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhilosophyVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhilosophyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PhilosophyVersionFieldsFragment, unknown>;
export const AddPhilosophyItemDocument = {"__meta__":{"hash":"sha256:add63401971da37900e18e17ae0f11ac7b53f9e58050fe5f8c416d6123ac8f3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPhilosophyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhilosophyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhilosophyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddPhilosophyItemMutation, AddPhilosophyItemMutationVariables>;
export const ApproveNominationsDocument = {"__meta__":{"hash":"sha256:29ae5c99aabb83db95839fae04c1e8cdd2dca118180e08ea4547c20f10e67578"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveNominationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApproveNominationsMutation, ApproveNominationsMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:ee1151dd5de2d066bfc3274dddfda3474f9b31d465a90d1973b9d4873f883872"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CloseEvaluationCycleDocument = {"__meta__":{"hash":"sha256:4f981aa41d0316ad60ba1f865d09895e2be51323c47333a4b13db5581ea76fb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<CloseEvaluationCycleMutation, CloseEvaluationCycleMutationVariables>;
export const CommentOnPhilosophyDocument = {"__meta__":{"hash":"sha256:b8c5ca68988d5b5e3ffa0b2593bf13b9aea896a2e3cf1b77474f50ab92e3723f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnPhilosophyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnPhilosophyMutation, CommentOnPhilosophyMutationVariables>;
export const CompleteActivityDocument = {"__meta__":{"hash":"sha256:acb12339373c438e0dc610ed12b1be256608e2f5bd14f242e24786343ab048a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteActivityMutation, CompleteActivityMutationVariables>;
export const CompleteCheckpointDocument = {"__meta__":{"hash":"sha256:5c670fe97541789d63a2fd047327964d2185c702ad6427bd2ccbb4fae391cf10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCheckpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCheckpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCheckpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"practiceAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteCheckpointMutation, CompleteCheckpointMutationVariables>;
export const CompletePhilosophyItemDocument = {"__meta__":{"hash":"sha256:8901c74caeb6e265dc936a345b1e49b075d22dae24d6b7b5984b2dcb9f50533d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePhilosophyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletePhilosophyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePhilosophyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompletePhilosophyItemMutation, CompletePhilosophyItemMutationVariables>;
export const CreateCohortDocument = {"__meta__":{"hash":"sha256:3d29b15b32724f6b03f7b8098ad9e52b9544ae0ab082c279b844b605618a8792"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const CreateEvaluationCycleDocument = {"__meta__":{"hash":"sha256:1639ec35584cfc85d8cabb029b85240d8d5eaf4069b462301f5c7859fe492f16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationCycleMutation, CreateEvaluationCycleMutationVariables>;
export const CreateGoalDocument = {"__meta__":{"hash":"sha256:cffeb84f582093ee2a83e1559e3dc943d10b65ed4c2faca126728ab0f8f7de20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const CreatePersonDocument = {"__meta__":{"hash":"sha256:72507f4eb36dc2566590890433c3aaf157fb0f303c3262e24838d450acc309a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const CreateProgrammeDocument = {"__meta__":{"hash":"sha256:e5376257ec3acf41ec31408166979fdff2785487b196afbbc692e849d0a3d38c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const CreateStructureImportDocument = {"__meta__":{"hash":"sha256:ad157a790c4430a8b24be2ac8d399d2a18a5486656cf54e6f15f6465c3b8a28b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStructureImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStructureImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStructureImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structureImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateStructureImportMutation, CreateStructureImportMutationVariables>;
export const CreateUnitDocument = {"__meta__":{"hash":"sha256:f7a99d8d26e341e40c834ab16411449166bf86298964a9ffda1422eddebecdc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const DeclineRaterInvitationDocument = {"__meta__":{"hash":"sha256:91474624b30cbebd0a29976bc9982f24fc89a4c81ff4536c050ff90f4398cadb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineRaterInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineRaterInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineRaterInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineRaterInvitationMutation, DeclineRaterInvitationMutationVariables>;
export const EnrolLeaderDocument = {"__meta__":{"hash":"sha256:79b832c6918a9229e3bb19d3466347cca05e98839a57e2506ccfa284f7645c3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrolLeaderMutation, EnrolLeaderMutationVariables>;
export const EnrolmentDetailDocument = {"__meta__":{"hash":"sha256:62bdbb52607237c0445b21a7627463d1b20f08f7433a04eb1756d133ed11b368"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"practiceAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentDetailQuery, EnrolmentDetailQueryVariables>;
export const ErasePersonDocument = {"__meta__":{"hash":"sha256:5eab3ea38e3928d8c8d0a99b52d536940925c7d40b034597d48033d9feb73e5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ErasePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedRows"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<ErasePersonMutation, ErasePersonMutationVariables>;
export const EvaluationCycleRatesDocument = {"__meta__":{"hash":"sha256:b423ec580319ca7df2a49aba68cb9e4eec69343ea08570fa8539ea00f7f90c84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationCycleRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymityPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"directReportMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"externalMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"allRatersMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"commentMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEmployeesForReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationCycleRatesQuery, EvaluationCycleRatesQueryVariables>;
export const EvaluationReportDocument = {"__meta__":{"hash":"sha256:8057959a45df27075a0c8dde1fed3ce227a9799f1d5bc49e64a9cd6cb06e3ff6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shownGroups"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"selfMinusOthers"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"highestItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowestItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationReportQuery, EvaluationReportQueryVariables>;
export const ExportLearningEffectDocument = {"__meta__":{"hash":"sha256:dc6ba4be97ddf966355e68d30c3dcb001063d3d571718b9562d2daf10cc1aa76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLearningEffectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<ExportLearningEffectMutation, ExportLearningEffectMutationVariables>;
export const GoalsDocument = {"__meta__":{"hash":"sha256:ccca7dc8f60e5ade63d00fb714c3ad2c3d4124bc4ae89bc58bf29ec09ca3656b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Goals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsQuery, GoalsQueryVariables>;
export const HidePhilosophyCommentDocument = {"__meta__":{"hash":"sha256:cc159d0d1b491a27405fe31d586daa1a8d7fed4676493e92e7d1696c91240bc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HidePhilosophyComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackNoteIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]} as unknown as DocumentNode<HidePhilosophyCommentMutation, HidePhilosophyCommentMutationVariables>;
export const HomeDocument = {"__meta__":{"hash":"sha256:08b0ab050e2add2c0bcd126b36a46d591e259a2315d15a69feda2b367e50aa26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCheckpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsToHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const InviteRatersDocument = {"__meta__":{"hash":"sha256:a36fcef663485023f9446f369b557586826f341a41baa12ce32713358d3baf8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]} as unknown as DocumentNode<InviteRatersMutation, InviteRatersMutationVariables>;
export const LeadershipFoundationDocument = {"__meta__":{"hash":"sha256:e7e04598dcb951d64a1432e2d0b157bd318d967d0280feeb39593257b478a725"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadershipFoundation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadershipFoundation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<LeadershipFoundationQuery, LeadershipFoundationQueryVariables>;
export const LeadershipPhilosophyDocument = {"__meta__":{"hash":"sha256:1de48ec33da919b85e060c69dc9eb9619e9b1907c873e45ed11633aedd143934"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadershipPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadershipPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadershipPhilosophyQuery, LeadershipPhilosophyQueryVariables>;
export const LearningEffectDocument = {"__meta__":{"hash":"sha256:91342a0c18552d8aade61881e6f7c22e8f0b6974d9b5a4122201d89c923a40c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivityKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Breakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"activityKind"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completedEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}}]}}]} as unknown as DocumentNode<LearningEffectQuery, LearningEffectQueryVariables>;
export const LearningEffectExportDocument = {"__meta__":{"hash":"sha256:7dd96a235090c087f4a39958cd266503f512f001e22d57d8bd4a63829dd438a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningEffectExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningEffectExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<LearningEffectExportQuery, LearningEffectExportQueryVariables>;
export const LearningEffectSummaryDocument = {"__meta__":{"hash":"sha256:bb64ab2d43f6e2e0e327e48186f5f23d5b997c53dd8d5555a77dc88586c046b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningEffectSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EffectScope"}},"defaultValue":{"kind":"EnumValue","value":"AREA"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningEffectSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<LearningEffectSummaryQuery, LearningEffectSummaryQueryVariables>;
export const MenteesDocument = {"__meta__":{"hash":"sha256:5272abf0eb4b79bb4d4e83c061a64e5c4083bb59fb8f7782dd7c39f2fd8bd24e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mentees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"completedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"totalActivities"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSinceLastVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MenteesQuery, MenteesQueryVariables>;
export const MyActivityRatingsDocument = {"__meta__":{"hash":"sha256:42f712fff2ae05a845b86eff882948dedea672be51883b6990189fa6b8c55224"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActivityRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<MyActivityRatingsQuery, MyActivityRatingsQueryVariables>;
export const MyEvaluationTasksDocument = {"__meta__":{"hash":"sha256:30ba8f5942b22d29f7b28b708ea5973c2c939abc5fafa05796c65ac48721f824"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvaluationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"cycleName"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<MyEvaluationTasksQuery, MyEvaluationTasksQueryVariables>;
export const MyEvaluationsDocument = {"__meta__":{"hash":"sha256:4353b4e0abb83250c518f1e4ae5f18337122b3ced64c571d401a188d77d71262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}}]}}]}}]} as unknown as DocumentNode<MyEvaluationsQuery, MyEvaluationsQueryVariables>;
export const MyPhilosophyDocument = {"__meta__":{"hash":"sha256:9c3493bc0ce5d3d85138b4464c2cd09282b9217cc335b192dea6dbec2dc69d99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhilosophyVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhilosophyVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhilosophyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyPhilosophyQuery, MyPhilosophyQueryVariables>;
export const NominateRatersDocument = {"__meta__":{"hash":"sha256:cf92621bdcd0e94c752489a7601216345102906dac184fc14a23c2122ee78fad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateRatersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominateRatersMutation, NominateRatersMutationVariables>;
export const OpenEvaluationCycleDocument = {"__meta__":{"hash":"sha256:bf75001c28e50a8cb67dfda9cb1863daf1ea39d7c1a18cef83aacaf4f2b22dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCycleIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<OpenEvaluationCycleMutation, OpenEvaluationCycleMutationVariables>;
export const OrganisationLearningEffectDocument = {"__meta__":{"hash":"sha256:1c2c473c4c4af4e68835e995551d8b604ab25729bf2d4bc5096b1e0a645e1125"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivityKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdown"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Rating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Breakdown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"activityKind"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completedEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Change"}}]}}]}}]} as unknown as DocumentNode<OrganisationLearningEffectQuery, OrganisationLearningEffectQueryVariables>;
export const OrganisationUnitsDocument = {"__meta__":{"hash":"sha256:6aaffa8e661381df8cf31820159a924caa50437035d07ad4dbae3c0eb0a0b271"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationUnitsQuery, OrganisationUnitsQueryVariables>;
export const PeopleDocument = {"__meta__":{"hash":"sha256:9861dcd217a32944767a59aa0432c0363023e32aa33c561e35952e640d5ef652"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"leaderSince"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderOfLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonalDataExportDocument = {"__meta__":{"hash":"sha256:e0b89ff05ed8b9679b3b232df7a370e96127ea315b5fb1f9509b788605b8ef27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const PhilosophyDiffDocument = {"__meta__":{"hash":"sha256:0a0250b202fa974f06962d9a3e28447b7ed4973d550b88ef42dea3a3db5bc65e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhilosophyDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"philosophyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"principlesAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principlesRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oldStart"}},{"kind":"Field","name":{"kind":"Name","value":"oldCount"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"oldNumber"}},{"kind":"Field","name":{"kind":"Name","value":"newNumber"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhilosophyDiffQuery, PhilosophyDiffQueryVariables>;
export const PhilosophyOverviewDocument = {"__meta__":{"hash":"sha256:37e5d3122d08486505b61e1bc7abb38e79d504b616c0fce4ba92ecf30e9ab6f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhilosophyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"philosophyOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"publishedCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhilosophyOverviewQuery, PhilosophyOverviewQueryVariables>;
export const PhilosophyVersionDocument = {"__meta__":{"hash":"sha256:3c613df6bd77040a2259a808391106fd0705a4a0c692c9ef41c25aeaf4616bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhilosophyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhilosophyVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhilosophyVersionQuery, PhilosophyVersionQueryVariables>;
export const PrivacyAuditLogDocument = {"__meta__":{"hash":"sha256:80a853f7c713ef93dd8efda6dde4027681a9c20c7872fd3f2af4b0fbd7c85ab5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"objectKind"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacyAuditLogQuery, PrivacyAuditLogQueryVariables>;
export const PublishLeadershipFoundationDocument = {"__meta__":{"hash":"sha256:b2a415a5ad3d5cea6c8edf5f7adbc0a48fee95c7d46629e4c9351dd3ef1c8aee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLeadershipFoundation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishLeadershipFoundationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLeadershipFoundation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipFoundation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PublishLeadershipFoundationMutation, PublishLeadershipFoundationMutationVariables>;
export const PublishPhilosophyDocument = {"__meta__":{"hash":"sha256:770905effb2d9dca4556444a2531cdc0d645cf806a8c1547e0208a7cf9a0723c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPhilosophyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPhilosophyMutation, PublishPhilosophyMutationVariables>;
export const PublishProgrammeDocument = {"__meta__":{"hash":"sha256:8e42d4998c6055ef38dae9afeecca1d17da7a6a5ef166cda44702880807ce226"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishProgrammeMutation, PublishProgrammeMutationVariables>;
export const RateActivityDocument = {"__meta__":{"hash":"sha256:a1b7bb4ad1ed21a0fadebd335ca8fca42b692eaf45dc47f680841934a86321cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<RateActivityMutation, RateActivityMutationVariables>;
export const RaterFormDocument = {"__meta__":{"hash":"sha256:91d9b413c2bd99b4e6481c5395d515f30a6b2a03dd149fb998570c71e6736fca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaterForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"raterGroup"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"anonymityNotice"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"cycleName"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLabels"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"cannotJudge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<RaterFormQuery, RaterFormQueryVariables>;
export const RecordActionEvidenceDocument = {"__meta__":{"hash":"sha256:fc6dcc4bdf2f049679a79a1cf31c69bc2bc2b5b335a2fabba5698f57920c6d81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActionEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActionEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordActionEvidenceMutation, RecordActionEvidenceMutationVariables>;
export const RefreshTokenDocument = {"__meta__":{"hash":"sha256:65adc76b7088925ed239ce7e84225cbed3f3ee3a7de197e6205c78b32473638f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const ReplyToPhilosophyCommentDocument = {"__meta__":{"hash":"sha256:b3fc8f38ae987116e693bd99573f73e51d8c8b6626aa8ad9c91426a540144506"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToPhilosophyComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToPhilosophyCommentMutation, ReplyToPhilosophyCommentMutationVariables>;
export const ReportsDocument = {"__meta__":{"hash":"sha256:d24689ea8d4cc62cf4deb0ca7c5eccdc4a7eac83eec177ea41041c13d0487086"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direct"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"direct"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direct"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderOfLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const RequestEvidenceUploadDocument = {"__meta__":{"hash":"sha256:65f2602a74937ad2e8fcb8e035a8ad021d32adb1c9342905e024cd88f219631c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEvidenceUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEvidenceUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEvidenceUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestEvidenceUploadMutation, RequestEvidenceUploadMutationVariables>;
export const RequestMagicLinkDocument = {"__meta__":{"hash":"sha256:8b516819fc31c74aaa2937808a326a75132e612d8d2da69a54b5f86b741ff7cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMagicLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMagicLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMagicLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMagicLinkMutation, RequestMagicLinkMutationVariables>;
export const RequestPersonalDataExportDocument = {"__meta__":{"hash":"sha256:5404c62934ce152d4640cfa4741762f5d229ccc5fc9384c4771567f63cebe730"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPersonalDataExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPersonalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<RequestPersonalDataExportMutation, RequestPersonalDataExportMutationVariables>;
export const SavePhilosophyDraftDocument = {"__meta__":{"hash":"sha256:3e3c3154678cb98648c57e010f522ec80cc795f585291db6483637eabd8d0baa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePhilosophyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePhilosophyDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePhilosophyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SavePhilosophyDraftMutation, SavePhilosophyDraftMutationVariables>;
export const SavePhilosophyNotesDocument = {"__meta__":{"hash":"sha256:ab1aacc28e424f86d5e53d3b29f6586685941efcb92cf6ca4f089f8687983dfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePhilosophyNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePhilosophyNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePhilosophyNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}}]}}]}}]}}]} as unknown as DocumentNode<SavePhilosophyNotesMutation, SavePhilosophyNotesMutationVariables>;
export const SaveRaterAnswersDocument = {"__meta__":{"hash":"sha256:03a48c9afe019102121741ef7d2a17bcb3945345500d740fb16b3e8bba534cff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRaterAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRaterAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRaterAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"cannotJudge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveRaterAnswersMutation, SaveRaterAnswersMutationVariables>;
export const SaveReflectionDocument = {"__meta__":{"hash":"sha256:92f90dc4574a89c32cd9c20638ee0da9e7b47be7474d4ccf2b4bd0f0ee50933e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}}]}}]}}]} as unknown as DocumentNode<SaveReflectionMutation, SaveReflectionMutationVariables>;
export const SetDevelopmentGoalsDocument = {"__meta__":{"hash":"sha256:f883853919a4587b15b33089dd349a21ab31f506e7774294c4229a5cf4ff8462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDevelopmentGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDevelopmentGoalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDevelopmentGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetDevelopmentGoalsMutation, SetDevelopmentGoalsMutationVariables>;
export const SetPhilosophyVisibilityDocument = {"__meta__":{"hash":"sha256:a0cb7b66e1f111aaf0a864eaa5a7064e9ee0aba6e4d8d2493395594e39ca66cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPhilosophyVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPhilosophyVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPhilosophyVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}}]}}]}}]}}]} as unknown as DocumentNode<SetPhilosophyVisibilityMutation, SetPhilosophyVisibilityMutationVariables>;
export const SetReportingLineDocument = {"__meta__":{"hash":"sha256:28c8284b1f89a6658cc80a4b15944404b8f01a860954eeea26e04ce0d346cd22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReportingLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetReportingLineMutation, SetReportingLineMutationVariables>;
export const ShareEvaluationReportDocument = {"__meta__":{"hash":"sha256:1d260cdfa5f4bb5b76e336af1ea539ee58cd1ed590e3fdf5301d8d440b6f7ef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareEvaluationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareEvaluationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareEvaluationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShareEvaluationReportMutation, ShareEvaluationReportMutationVariables>;
export const ShareReflectionDocument = {"__meta__":{"hash":"sha256:e799bcdc2d307a10e9c31b1a37d50f4ed3f70087519e6a2b63d6f378b464fea5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}}]}}]}}]}}]} as unknown as DocumentNode<ShareReflectionMutation, ShareReflectionMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:73d1019bd0c1407960b0cc16e3a3b5a24500100b0fac9d28e0a4e3bde67a6944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInWithMagicLinkDocument = {"__meta__":{"hash":"sha256:ce959771580018383405a94dff342765b8ab6bf13d75128c140f9a2632229741"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithMagicLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInWithMagicLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithMagicLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInWithMagicLinkMutation, SignInWithMagicLinkMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:222ad8df9f9133e01cc11b14ab48dee72719a0a473f791a60b30efe1ec6b5b5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SpansOfControlDocument = {"__meta__":{"hash":"sha256:caceb54332b5a2c5207d65c318130fffab66cd6ae38ca6d765deec945514e2ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpansOfControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spansOfControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directReports"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpansOfControlQuery, SpansOfControlQueryVariables>;
export const StartActivityDocument = {"__meta__":{"hash":"sha256:9f220c1bd9f6fc2698ee63fb3d20414591fc1508f6b7a13ea04da186ac1c6d48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartActivityMutation, StartActivityMutationVariables>;
export const StartStructureImportDocument = {"__meta__":{"hash":"sha256:608812afcb138c63e838e86c7af697500b088b721f187eb4e82ee10df39cf1c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartStructureImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartStructureImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startStructureImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structureImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartStructureImportMutation, StartStructureImportMutationVariables>;
export const StructureImportDocument = {"__meta__":{"hash":"sha256:2e07de2722ce899c181017900ba8565cd571556848a666263d3b52d3d577fa6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StructureImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StructureImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdLines"}},{"kind":"Field","name":{"kind":"Name","value":"updatedLines"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StructureImportQuery, StructureImportQueryVariables>;
export const SubmitNominationsDocument = {"__meta__":{"hash":"sha256:9898385ebc8b8b27b42891a3ffbab1eac97018b02057f38a8d0f24c26d2e0e68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitNominationsMutation, SubmitNominationsMutationVariables>;
export const SubmitRaterResponseDocument = {"__meta__":{"hash":"sha256:90f5447336ff753cd9ba71587a0aca90a27587a9360ff939a61c6538b766fca9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRaterResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRaterResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRaterResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SubmitRaterResponseMutation, SubmitRaterResponseMutationVariables>;
export const SyncProgressDocument = {"__meta__":{"hash":"sha256:3b04fa544c085ecbfac38644b31c4e8cb8fa7b66519a3cc04f35f7a9d1d12a49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientEventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncProgressMutation, SyncProgressMutationVariables>;
export const TeamEnrolmentsDocument = {"__meta__":{"hash":"sha256:8b79631e2cec9632be51aca41203d53046b7dd113ba19f34c47f989469cfe326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportsOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"directOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamEnrolmentsQuery, TeamEnrolmentsQueryVariables>;
export const UpdateGoalDocument = {"__meta__":{"hash":"sha256:59dde0afed52c48b1a227f0f50d3b790af67ef205882ee6cc943d983df7b6b6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const UpdateMembershipDocument = {"__meta__":{"hash":"sha256:bc83cf9ddf5f155d9672b9015f13095e7b47f71b8b218a715f8a3e395998a302"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"leaderSince"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const UpdatePersonDocument = {"__meta__":{"hash":"sha256:4090acb4df0fbc15cd2143e1fa4b1bffd181c1a9138d4c5fcc3aaeeb340612b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const UpdateProgrammeDocument = {"__meta__":{"hash":"sha256:6a5b2a59c37011fe01920b5cb91f7ecf0c793e96b566a000b4fa839ec1c8625b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const UpdateUnitDocument = {"__meta__":{"hash":"sha256:cb870b6855e315c1184fff5a59c8728e810c4852b0f4888174e6e8a172130775"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:a8b76f4bbe54824ff436ac592f4ebbd71a918d28815999747f63e05c5b8293a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"leaderSince"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderOfLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationSlug"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;