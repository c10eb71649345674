/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** BEFORE, DURING or AFTER. */
export type CheckpointKind =
  | 'AFTER'
  | 'BEFORE'
  | 'DURING';

export type CheckpointRatingInput = {
  developmentGoalId: string | number;
  rating: number;
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

export type DecideMatchProposalInput = {
  clientMutationId?: string | null | undefined;
  note?: string;
  proposalId: string | number;
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

export type EnrolmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

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

/** What an open 360 task asks of the viewer. */
export type Pending360TaskKind =
  | 'APPROVE_NOMINATIONS'
  | 'GIVE_MANAGER_ASSESSMENT'
  | 'GIVE_SELF_ASSESSMENT'
  | 'NOMINATE_RATERS'
  | 'RATE_OTHER'
  | 'READ_REPORT';

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

export type PublishPhilosophyInput = {
  clientMutationId?: string | null | undefined;
  philosophyId: string | number;
  /** What changed; required from the second version on. */
  summary?: string;
  visibility?: PhilosophyVisibility | null | undefined;
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

/** What a person does in an organisation. */
export type Role =
  | 'ADMIN'
  | 'HR'
  | 'LEADER'
  | 'MENTOR';

export type SaveMeetingNoteInput = {
  clientMutationId?: string | null | undefined;
  meetingId: string | number;
  shared?: boolean;
  text: string;
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

export type ShareTarget =
  | 'MANAGER'
  | 'MENTOR';

/** What a feedback note is about. */
export type SubjectKind =
  | 'ACTION_EVIDENCE'
  | 'CHECKPOINT'
  | 'GENERAL'
  | 'PHILOSOPHY_VERSION'
  | 'REFLECTION';

export type SyncProgressInput = {
  clientMutationId?: string | null | undefined;
  events: Array<ProgressEventInput>;
};

export type AppActivityFieldsFragment = { __typename: 'EnrolmentActivity', status: ActivityStatus, startedAt: string | null, completedAt: string | null, dueOn: string, overdue: boolean, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string, bodyHtml: string, estimatedMinutes: number, module: { __typename: 'Module', id: string, position: number, title: string } | null }, reflection: { __typename: 'Reflection', id: string, text: string, sharedWith: Array<ShareTarget>, writtenAt: string } | null, evidence: { __typename: 'ActionEvidence', id: string, text: string, recordedAt: string, file: { __typename: 'StoredFile', title: string, url: string, contentType: string } | null } | null };

export type AppViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', roles: Array<Role>, person: { __typename: 'Person', id: string, name: string, locale: Language }, membership: { __typename: 'Membership', id: string, jobTitle: string, isNewLeader: boolean, isLeaderOfLeaders: boolean, manager: { __typename: 'Membership', id: string, person: { __typename: 'Person', id: string, name: string, email: string } } | null } } | null };

export type AppHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AppHomeQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', roles: Array<Role>, person: { __typename: 'Person', id: string, name: string, locale: Language }, membership: { __typename: 'Membership', id: string, isNewLeader: boolean } } | null, home: { __typename: 'Home', enrolments: Array<{ __typename: 'Enrolment', id: string, status: EnrolmentStatus, startsOn: string, programme: { __typename: 'ProgrammeVersion', id: string, title: string } | null, progress: { __typename: 'ProgressSummary', total: number, started: number, completed: number, percent: number } }>, nextActivities: Array<{ __typename: 'DueActivity', dueOn: string, overdue: boolean, status: ActivityStatus, enrolment: { __typename: 'Enrolment', id: string }, activity: { __typename: 'Activity', id: string, kind: ActivityKind, title: string } }>, mentor: { __typename: 'MentorInfo', name: string, jobTitle: string } | null, unreadFeedback: Array<{ __typename: 'FeedbackNoteSummary', id: string, title: string, authorName: string | null, createdAt: string }>, checkpointsToHold: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, isOpen: boolean, enrolment: { __typename: 'Enrolment', id: string, leader: { __typename: 'LeaderSummary', name: string } | null, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, title: string }> } | null }>, pending360Tasks: Array<{ __typename: 'PendingTaskSummary', id: string, kind: Pending360TaskKind, evaluationId: string, title: string }> } };

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


export type AppFeedbackNotesQuery = { __typename: 'Query', unreadFeedbackCount: number, feedbackNotes: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, subjectKind: SubjectKind, createdAt: string, body: string | null, authorName: string | null, leaderName: string | null, isMine: boolean, isRead: boolean, replies: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, authorName: string | null, createdAt: string, isMine: boolean }> }> } };

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
    | { __typename: 'MatchProposal', status: ProposalStatus, fit: number, createdAt: string, id: string, mentor: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null, mentee: { __typename: 'MentoringPerson', name: string, jobTitle: string } | null }
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

export type AppLeadersCheckpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLeadersCheckpointsQuery = { __typename: 'Query', enrolments: { __typename: 'EnrolmentConnection', nodes: Array<{ __typename: 'Enrolment', id: string, status: EnrolmentStatus, leader: { __typename: 'LeaderSummary', name: string } | null, developmentGoals: Array<{ __typename: 'DevelopmentGoal', id: string, title: string }>, checkpoints: Array<{ __typename: 'ManagerCheckpoint', id: string, kind: CheckpointKind, dueOn: string, completedAt: string | null }> }> } };

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
    | { __typename: 'Evaluation', nominationState: NominationState, reportStatus: ReportStatus, enoughAnswers: boolean, id: string, cycle: { __typename: 'EvaluationCycle', id: string, name: string }, leader: { __typename: 'EvaluationPerson', membershipId: string, name: string }, nominations: Array<{ __typename: 'Nomination', id: string, group: RaterGroup, raterName: string, raterEmail: string, status: NominationStatus, invited: boolean, outsideDirectory: boolean }>, progress: Array<{ __typename: 'GroupProgress', group: RaterGroup, invited: number, minimum: number, enoughAnswers: boolean }>, report: { __typename: 'EvaluationReport', status: ReportStatus, withheldReason: string | null, downloadUrl: string | null, figures: { __typename: 'ReportFigures', responses: Array<{ __typename: 'GroupCount', group: ReportGroup, count: number }>, competencies: Array<{ __typename: 'CompetencyResult', competencyId: string, title: string, figures: Array<{ __typename: 'Figure', group: ReportGroup, count: number, mean: number }> }> } | null } | null }
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

export type AppMyPhilosophyQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyPhilosophyQuery = { __typename: 'Query', myPhilosophy: { __typename: 'LeadershipPhilosophy', id: string, visibility: PhilosophyVisibility, pageLink: string | null, currentVersion: { __typename: 'PhilosophyVersion', id: string, number: number, publishedAt: string | null, pdfUrl: string | null } | null, draft: { __typename: 'PhilosophyVersion', id: string, number: number, revision: number, sections: Array<{ __typename: 'PhilosophySection', kind: PhilosophySectionKind, title: string, body: string }> } | null, versions: { __typename: 'PhilosophyVersionConnection', nodes: Array<{ __typename: 'PhilosophyVersion', id: string, number: number, status: PhilosophyVersionStatus, summary: string, publishedAt: string | null }> }, comments: { __typename: 'FeedbackNoteConnection', nodes: Array<{ __typename: 'FeedbackNote', id: string, body: string | null, authorName: string | null, createdAt: string }> } } | null };

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

export const AppActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppActivityFieldsFragment, unknown>;
export const AppEffectRatingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<AppEffectRatingFragment, unknown>;
export const AppEffectChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<AppEffectChangeFragment, unknown>;
export const AppEffectFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]} as unknown as DocumentNode<AppEffectFiguresFragment, unknown>;
export const AppViewerDocument = {"__meta__":{"hash":"sha256:1fbee07b67a717e83abd80bc511b0e6b57e743c75b648274ec30b92addaa0c3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderOfLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppViewerQuery, AppViewerQueryVariables>;
export const AppHomeDocument = {"__meta__":{"hash":"sha256:54d616162fc2736a27d3cf52462bab2c69957a42d93cede748314145956ecf02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isNewLeader"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsToHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AppHomeQuery, AppHomeQueryVariables>;
export const AppEnrolmentDocument = {"__meta__":{"hash":"sha256:67a92ca557eb5792dfbe9889cb49d0d45ae55f321c69227a167964b95e073fc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppActivityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppEnrolmentQuery, AppEnrolmentQueryVariables>;
export const AppSyncProgressDocument = {"__meta__":{"hash":"sha256:a0e144313cc8b3a0e69663845cc9a5187d0d7da0fbd84af097c3b8cd5fee74b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientEventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppActivityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AppSyncProgressMutation, AppSyncProgressMutationVariables>;
export const AppRequestEvidenceUploadDocument = {"__meta__":{"hash":"sha256:3e914410a5759a810c7b8941cb45873f4f267bcfc1221eb0219c24bbb295e1b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestEvidenceUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEvidenceUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestEvidenceUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"objectKey"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestEvidenceUploadMutation, AppRequestEvidenceUploadMutationVariables>;
export const AppFeedbackNotesDocument = {"__meta__":{"hash":"sha256:f99eb876a208636fd4a15abb21c7bb8db9691db1deb286b09d7c3ef303d1c918"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppFeedbackNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadFeedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppFeedbackNotesQuery, AppFeedbackNotesQueryVariables>;
export const AppReplyToFeedbackNoteDocument = {"__meta__":{"hash":"sha256:80fadff4ac993e101a4ea5661767ed98d01e3518d4d8ed687a5834b626059e41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppReplyToFeedbackNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replyToFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppReplyToFeedbackNoteMutation, AppReplyToFeedbackNoteMutationVariables>;
export const AppMarkFeedbackNotesReadDocument = {"__meta__":{"hash":"sha256:1494f0aba72adb45e6e4c321cdccedfc1e74e2043c0a81ede3988e6a8954ddfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppMarkFeedbackNotesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkFeedbackNotesReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markFeedbackNotesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppMarkFeedbackNotesReadMutation, AppMarkFeedbackNotesReadMutationVariables>;
export const AppGiveFeedbackNoteDocument = {"__meta__":{"hash":"sha256:6601002c7d2c729ee4cbad1009bf06e258271bd67ab42364a13d8f7abf8c87a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppGiveFeedbackNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveFeedbackNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"giveFeedbackNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<AppGiveFeedbackNoteMutation, AppGiveFeedbackNoteMutationVariables>;
export const AppMenteesDocument = {"__meta__":{"hash":"sha256:8c560e7d91e3010ed1f0826831f8f919fe521d1e38390ecea37b12b045e0bfe2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrolments"}},{"kind":"Field","name":{"kind":"Name","value":"completedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"totalActivities"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSinceLastVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMenteesQuery, AppMenteesQueryVariables>;
export const AppSharedItemDocument = {"__meta__":{"hash":"sha256:ddfca09cb235633e6130b3a67e515508649c01a01b9907c7ba46a9e76bdbaa76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppSharedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppSharedItemQuery, AppSharedItemQueryVariables>;
export const AppCompleteCheckpointDocument = {"__meta__":{"hash":"sha256:2e9b8e25ec405d637b2e629f64fb2b2f1a07e21b9e7ce08819d4419bebc387be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppCompleteCheckpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCheckpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeCheckpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppCompleteCheckpointMutation, AppCompleteCheckpointMutationVariables>;
export const AppRequestMagicLinkDocument = {"__meta__":{"hash":"sha256:65de9b347ca9a0af253fc2f0dfb1600f1e395af96e820df84ea4ceeb1297939c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestMagicLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMagicLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestMagicLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestMagicLinkMutation, AppRequestMagicLinkMutationVariables>;
export const AppMentorshipDocument = {"__meta__":{"hash":"sha256:59344373487fdf0ed0443aa3f0441b759a5a3dbc85e9cf8f6a821cbabd34eea5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"meetingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorshipQuery, AppMentorshipQueryVariables>;
export const AppMatchProposalDocument = {"__meta__":{"hash":"sha256:1019116d6713261d32fb877bc081d298b16db54dee0cb1c12c913e57ce234007"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMatchProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMatchProposalQuery, AppMatchProposalQueryVariables>;
export const AppApproveMatchProposalDocument = {"__meta__":{"hash":"sha256:85b6a5a80203617f255579ca672b44f859db3c97831df38ee63c74ee82237f9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppApproveMatchProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMatchProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveMatchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppApproveMatchProposalMutation, AppApproveMatchProposalMutationVariables>;
export const AppLeadersCheckpointsDocument = {"__meta__":{"hash":"sha256:e77e70d237b8b46fcde1fa7afbd05ce3b700909139d27c76ddc4f8456e231838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLeadersCheckpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppLeadersCheckpointsQuery, AppLeadersCheckpointsQueryVariables>;
export const AppLearningEffectScopesDocument = {"__meta__":{"hash":"sha256:3a040d76a5760655b31bef5c72019cdbc4ab1f21dd91420dae536d5d841d73fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffectScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffectScopes"}}]}}]} as unknown as DocumentNode<AppLearningEffectScopesQuery, AppLearningEffectScopesQueryVariables>;
export const AppAreaDocument = {"__meta__":{"hash":"sha256:569d5ae8d4208cbfb27a8a96dadc2feecd5c61247fe6d6de9573afebe7c34d29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"direct"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spansOfControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"directReports"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportsOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophyOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"publishedCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppAreaQuery, AppAreaQueryVariables>;
export const AppEffectFilterOptionsDocument = {"__meta__":{"hash":"sha256:0cd6b6a33aa16752a03d6bba9c3735d1c455fa2ad71c919b926a09a8c9a25ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEffectFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppEffectFilterOptionsQuery, AppEffectFilterOptionsQueryVariables>;
export const AppLearningEffectDocument = {"__meta__":{"hash":"sha256:58c2611200482a36d2845fef6e2345888da9b27d35c510ea0e4caf821b11a671"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]}}]} as unknown as DocumentNode<AppLearningEffectQuery, AppLearningEffectQueryVariables>;
export const AppOrganisationLearningEffectDocument = {"__meta__":{"hash":"sha256:41d4441c3cb324aa00cec03c61a8b713450e132bde5b90a71e67edc67b326b48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppOrganisationLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisationLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectRating"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"ratersBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"ratersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMean"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanChangeInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"effectSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningEffect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kirkpatrickLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEffectRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spanOfControl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"largest"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"overThreshold"}}]}}]}}]} as unknown as DocumentNode<AppOrganisationLearningEffectQuery, AppOrganisationLearningEffectQueryVariables>;
export const AppExportLearningEffectDocument = {"__meta__":{"hash":"sha256:ff816354f45526a1c7a5e8e0be08126b7d688dad7befa943a74892346d460f56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppExportLearningEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLearningEffectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportLearningEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AppExportLearningEffectMutation, AppExportLearningEffectMutationVariables>;
export const AppLearningEffectExportDocument = {"__meta__":{"hash":"sha256:3ccbe763d8547eb26d7aafaefb72ea167a022a36f0fb1b055b56126b6cceccfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLearningEffectExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"learningEffectExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<AppLearningEffectExportQuery, AppLearningEffectExportQueryVariables>;
export const AppPending360TasksDocument = {"__meta__":{"hash":"sha256:608fdc0c04a569795a27eb63b6cda4628a1c77c9cd4d93fdced6dfb4d9cd3a95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending360Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppPending360TasksQuery, AppPending360TasksQueryVariables>;
export const AppEvaluationDocument = {"__meta__":{"hash":"sha256:f2f2d1f8b02c80beb29e496cb3a6c8d2a81fc11336287ba1f35628ce5065f790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"enoughAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"raterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDirectory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"enoughAnswers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppEvaluationQuery, AppEvaluationQueryVariables>;
export const AppDirectoryDocument = {"__meta__":{"hash":"sha256:08ed9dbf22e3310c573e1d3a1ab2b82c3cfff989ddf5bf4cbdf3ca5583db2780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppDirectoryQuery, AppDirectoryQueryVariables>;
export const AppNominateRatersDocument = {"__meta__":{"hash":"sha256:ba2dc4b03703f37788a0c5172849b689a553834a08255f4fb333d356f943894d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppNominateRaters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateRatersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nominateRaters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"raterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDirectory"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppNominateRatersMutation, AppNominateRatersMutationVariables>;
export const AppSubmitNominationsDocument = {"__meta__":{"hash":"sha256:763f04cb00233ccf71b4857e34a436314ffb9d85edd4fceb9a5b3dc0b1ea042c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSubmitNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}}]}}]}}]}}]} as unknown as DocumentNode<AppSubmitNominationsMutation, AppSubmitNominationsMutationVariables>;
export const AppApproveNominationsDocument = {"__meta__":{"hash":"sha256:679d0b0ca0870051de02127ec4f262dd038d7da42cb9e56b76eccb1bbd76016e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppApproveNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveNominationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nominationState"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppApproveNominationsMutation, AppApproveNominationsMutationVariables>;
export const AppOpenMyRaterFormDocument = {"__meta__":{"hash":"sha256:9a97e1a90d24bd133d3cbc2bdc0de0da68033d9197fe78224cc853d78166b512"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppOpenMyRaterForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openMyRaterForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"raterGroup"}}]}}]}}]} as unknown as DocumentNode<AppOpenMyRaterFormMutation, AppOpenMyRaterFormMutationVariables>;
export const AppDevelopmentDocument = {"__meta__":{"hash":"sha256:0f9ac8bc92d5e750021096307ca7193afda9c4a5e937b3f42121cb2500784874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppDevelopment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practiceAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AppDevelopmentQuery, AppDevelopmentQueryVariables>;
export const AppSetDevelopmentGoalsDocument = {"__meta__":{"hash":"sha256:7766c2a5b3857ef28412710ce5f1acc49c9bc5088e3b626debc1431a23da46b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetDevelopmentGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDevelopmentGoalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDevelopmentGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentRating"}},{"kind":"Field","name":{"kind":"Name","value":"organisationGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppSetDevelopmentGoalsMutation, AppSetDevelopmentGoalsMutationVariables>;
export const AppMentorshipLogDocument = {"__meta__":{"hash":"sha256:b193e31966f26684c5973def314c6ab964234fb3f767d12a4cd85ccb97900ebf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorshipLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"meetingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toDevelop"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorshipLogQuery, AppMentorshipLogQueryVariables>;
export const AppScheduleMentoringMeetingDocument = {"__meta__":{"hash":"sha256:51cc1a7f4fab199642e32ad9691f8d78cdde1fd5612a5ac6448ec72e56355384"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppScheduleMentoringMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMentoringMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleMentoringMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppScheduleMentoringMeetingMutation, AppScheduleMentoringMeetingMutationVariables>;
export const AppSaveMeetingNoteDocument = {"__meta__":{"hash":"sha256:e01e3eea1eafcb5d0fbbc4bec5f1e5a04b3be2e1e61fdabe654da6ecec0222b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSaveMeetingNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMeetingNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMeetingNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppSaveMeetingNoteMutation, AppSaveMeetingNoteMutationVariables>;
export const AppRecordMentoringObservationDocument = {"__meta__":{"hash":"sha256:1c88b69c680445a11f4ab3c3e5bfff3bd53c22f86dee3d984efb6543dcfa3abc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRecordMentoringObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordMentoringObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppRecordMentoringObservationMutation, AppRecordMentoringObservationMutationVariables>;
export const AppSetMentorshipAgreementDocument = {"__meta__":{"hash":"sha256:b3e9f57d9dd4fe9a150c09529f8df44b3f4b5cde4b75d39d089b65008ebdee99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetMentorshipAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMentorshipAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMentorshipAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppSetMentorshipAgreementMutation, AppSetMentorshipAgreementMutationVariables>;
export const AppMyMentoringNeedDocument = {"__meta__":{"hash":"sha256:054a8fc83de8e0ab21e2eb2eae71a6464af1259c058080cf0fae143c650f96b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyMentoringNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myMentoringNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AppMyMentoringNeedQuery, AppMyMentoringNeedQueryVariables>;
export const AppMentorShortlistDocument = {"__meta__":{"hash":"sha256:6c5699c026c4ff90cc5c31eb963c0dd7ea823226c5afe2f72101dd7e3270a347"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMentorShortlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentorShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]}}]} as unknown as DocumentNode<AppMentorShortlistQuery, AppMentorShortlistQueryVariables>;
export const AppSaveMentoringNeedDocument = {"__meta__":{"hash":"sha256:966780a7881c203be610fac57eaf56978b2898cdb5488348f31e00f9610f2c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSaveMentoringNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMentoringNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMentoringNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppSaveMentoringNeedMutation, AppSaveMentoringNeedMutationVariables>;
export const AppRequestMentorDocument = {"__meta__":{"hash":"sha256:1719d80602167b2d4d2c8d6d934b9d94529b586ed25c9c899ede050a0fc9d34d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AppRequestMentorMutation, AppRequestMentorMutationVariables>;
export const AppMyPhilosophyDocument = {"__meta__":{"hash":"sha256:1540200b5b0e831217aff0f8886dd4b6353b84efbc1ff2199380ad97f85e4ec2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myPhilosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"pageLink"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppMyPhilosophyQuery, AppMyPhilosophyQueryVariables>;
export const AppSavePhilosophyDraftDocument = {"__meta__":{"hash":"sha256:e15e48feca928ec9495646eaba509ed692288721f5ec1c4076512d970fe63a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSavePhilosophyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePhilosophyDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savePhilosophyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"philosophy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<AppSavePhilosophyDraftMutation, AppSavePhilosophyDraftMutationVariables>;
export const AppPublishPhilosophyDocument = {"__meta__":{"hash":"sha256:89429f4fa2bb32d61b7dba63430744acb50277c4ab0efc458caf98e0c60191fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppPublishPhilosophy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPhilosophyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhilosophy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppPublishPhilosophyMutation, AppPublishPhilosophyMutationVariables>;
export const AppPhilosophyDiffDocument = {"__meta__":{"hash":"sha256:fbfacd60efb7beb87d516fd0dc42fd28b1bf8914c339122ba99c3ad68e473c08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppPhilosophyDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"philosophyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"hunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppPhilosophyDiffQuery, AppPhilosophyDiffQueryVariables>;