// What the learning-effect screen shows: the summary (the phone's first view,
// one cheap query) or, once the person asks for them, the full figures with
// each competency and each goal. Both become one shape, so the same sections
// render either; a figure is hidden exactly as the API says, in both.
import type {
  AppEffectChangeFragment,
  AppEffectFiguresFragment,
  AppEffectParticipationFragment,
  AppEffectRatingFragment,
  AppEffectSpansFragment,
  AppLearningEffectSummaryQuery,
  EffectScope,
  KirkpatrickLevel,
} from "../gql/graphql";

export type EffectSummary = AppLearningEffectSummaryQuery["learningEffectSummary"];

export interface GoalFigure {
  goalId: string;
  title: string;
  attainment: AppEffectRatingFragment;
}

export interface EffectView {
  scope: EffectScope;
  asOf: string;
  /** When the summary's figures were computed (kept a few minutes); the details are computed when asked for. */
  computedAt: string | null;
  notes: string[];
  participation: AppEffectParticipationFragment;
  reaction: AppEffectRatingFragment;
  goals: { kirkpatrickLevel: KirkpatrickLevel; overall: AppEffectRatingFragment; each: GoalFigure[] };
  behaviour: {
    kirkpatrickLevel: KirkpatrickLevel;
    overall: AppEffectChangeFragment;
    competencies: AppEffectChangeFragment[];
    /** Known with the details only. */
    minimumLeaders: number | null;
  };
  spans: AppEffectSpansFragment;
  /** The full figures (each competency and goal), not the summary. */
  detailed: boolean;
}

/** The summary's overall figures; no competency or goal of its own. */
export function summaryView(summary: EffectSummary): EffectView {
  return {
    scope: summary.scope,
    asOf: summary.asOf,
    computedAt: summary.computedAt,
    notes: summary.notes,
    participation: summary.participation,
    reaction: summary.reaction,
    goals: { kirkpatrickLevel: summary.goalAttainment.kirkpatrickLevel, overall: summary.goalAttainment, each: [] },
    behaviour: {
      kirkpatrickLevel: summary.behaviourChange.kirkpatrickLevel,
      overall: summary.behaviourChange,
      competencies: [],
      minimumLeaders: null,
    },
    spans: summary.spanOfControl,
    detailed: false,
  };
}

/** Every figure the full learning effect holds. */
export function detailedView(effect: AppEffectFiguresFragment): EffectView {
  const goals = effect.goalAttainment;
  const behaviour = effect.behaviourChange;
  return {
    scope: effect.scope,
    asOf: effect.asOf,
    computedAt: null,
    notes: effect.notes,
    participation: effect.participation,
    reaction: effect.reaction,
    goals: { kirkpatrickLevel: goals.kirkpatrickLevel, overall: goals.overall, each: goals.goals },
    behaviour: {
      kirkpatrickLevel: behaviour.kirkpatrickLevel,
      overall: behaviour.overall,
      competencies: behaviour.competencies,
      minimumLeaders: behaviour.minimumLeaders,
    },
    spans: effect.spanOfControl,
    detailed: true,
  };
}

export interface Shown {
  view: EffectView | null;
  /** Details asked for and not here yet: the summary stays meanwhile. */
  detailsPending: boolean;
}

/** The details when asked for and loaded, else the summary; either only
 *  for the chosen scope (a result left from the other scope is not shown). */
export function chooseView(
  scope: EffectScope,
  open: boolean,
  summary: EffectSummary | null | undefined,
  details: AppEffectFiguresFragment | null | undefined,
): Shown {
  const full = open && details && details.scope === scope ? detailedView(details) : null;
  if (full) return { view: full, detailsPending: false };
  const brief = summary && summary.scope === scope ? summaryView(summary) : null;
  return { view: brief, detailsPending: open };
}
