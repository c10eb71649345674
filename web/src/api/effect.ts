// The leader of leaders' operations: their area (everyone below them) and the
// learning effect of development (a summary first, the details on request),
// with its exports.
import { graphql } from "../gql";

export const EffectScopesQuery = graphql(`
  query AppLearningEffectScopes {
    learningEffectScopes
  }
`);

export const AreaQuery = graphql(`
  query AppArea($personId: ID!) {
    reports(personId: $personId, direct: false, first: 1) {
      spanOfControl
      totalCount
    }
    spansOfControl(first: 100) {
      nodes {
        directReports
        leader {
          id
          jobTitle
          person {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
    enrolments(reportsOnly: true, first: 100) {
      nodes {
        id
        status
        leader {
          name
          membershipId
        }
        programme {
          id
          title
        }
        progress {
          completed
          total
          percent
        }
        checkpoints {
          id
          kind
          dueOn
          completedAt
        }
      }
    }
    philosophyOverview(first: 100) {
      totalLeaders
      publishedCount
      leaders {
        nodes {
          publishedAt
          leader {
            id
          }
        }
      }
    }
  }
`);

export const EffectFilterOptionsQuery = graphql(`
  query AppEffectFilterOptions {
    organisation {
      id
      units(first: 100) {
        nodes {
          id
          name
        }
      }
    }
    programmes(first: 50) {
      nodes {
        id
        currentVersion {
          id
          title
        }
      }
    }
  }
`);

export const EffectRatingFields = graphql(`
  fragment AppEffectRating on RatingFigure {
    kirkpatrickLevel
    suppressed
    suppressedReason
    leaders
    count
    mean
    spread
    confidenceInterval {
      low
      high
    }
  }
`);

export const EffectChangeFields = graphql(`
  fragment AppEffectChange on CompetencyChange {
    key
    title
    kirkpatrickLevel
    suppressed
    suppressedReason
    leaders
    ratersBaseline
    ratersFollowUp
    baselineMean
    followUpMean
    meanChange
    meanChangeInterval {
      low
      high
    }
    spread
    effectSize
    confidenceInterval {
      low
      high
    }
  }
`);

export const EffectParticipationFields = graphql(`
  fragment AppEffectParticipation on LearningParticipation {
    kirkpatrickLevel
    leaders
    enrolled
    active
    completed
    withdrawn
    overdue
    activities {
      kind
      assigned
      completed
      completionRate
    }
    checkpoints {
      kind
      total
      due
      held
      overdue
    }
  }
`);

export const EffectSpansFields = graphql(`
  fragment AppEffectSpans on SpanOfControlFigures {
    leaders
    mean
    spread
    largest
    threshold
    overThreshold
  }
`);

// The phone's first view: the overall figures only, at a fixed cost (no
// figure per competency or goal is read); the details below load on request.
export const EffectSummaryQuery = graphql(`
  query AppLearningEffectSummary($scope: EffectScope!, $filter: LearningEffectFilter) {
    learningEffectSummary(scope: $scope, filter: $filter) {
      scope
      asOf
      computedAt
      notes
      participation {
        ...AppEffectParticipation
      }
      goalAttainment {
        ...AppEffectRating
      }
      behaviourChange {
        ...AppEffectChange
      }
      reaction {
        ...AppEffectRating
      }
      spanOfControl {
        ...AppEffectSpans
      }
    }
  }
`);

export const EffectFigures = graphql(`
  fragment AppEffectFigures on LearningEffect {
    scope
    asOf
    notes
    participation {
      ...AppEffectParticipation
    }
    goalAttainment {
      kirkpatrickLevel
      overall {
        ...AppEffectRating
      }
      goals {
        goalId
        title
        attainment {
          ...AppEffectRating
        }
      }
    }
    behaviourChange {
      kirkpatrickLevel
      minimumLeaders
      overall {
        ...AppEffectChange
      }
      competencies {
        ...AppEffectChange
      }
    }
    reaction {
      ...AppEffectRating
    }
    spanOfControl {
      ...AppEffectSpans
    }
  }
`);

export const AreaEffectQuery = graphql(`
  query AppLearningEffect($filter: LearningEffectFilter) {
    learningEffect(filter: $filter) {
      ...AppEffectFigures
    }
  }
`);

export const OrganisationEffectQuery = graphql(`
  query AppOrganisationLearningEffect($filter: LearningEffectFilter) {
    organisationLearningEffect(filter: $filter) {
      ...AppEffectFigures
    }
  }
`);

export const ExportEffectMutation = graphql(`
  mutation AppExportLearningEffect($input: ExportLearningEffectInput!) {
    exportLearningEffect(input: $input) {
      errors {
        code
        field
        message
      }
      export {
        id
        format
        status
        downloadUrl
      }
    }
  }
`);

export const EffectExportQuery = graphql(`
  query AppLearningEffectExport($id: ID!) {
    learningEffectExport(id: $id) {
      id
      format
      status
      downloadUrl
    }
  }
`);
