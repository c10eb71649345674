import { describe, expect, it } from "vitest";
import type { AppEffectChangeFragment, AppEffectFiguresFragment, AppEffectRatingFragment } from "../gql/graphql";
import { chooseView, detailedView, summaryView, type EffectSummary } from "./effectView";

const hidden: AppEffectRatingFragment = {
  __typename: "RatingFigure",
  kirkpatrickLevel: "LEARNING",
  suppressed: true,
  suppressedReason: "For få ledere står bag tallet.",
  leaders: null,
  count: null,
  mean: null,
  spread: null,
  confidenceInterval: null,
};

const rating: AppEffectRatingFragment = {
  ...hidden,
  kirkpatrickLevel: "REACTION",
  suppressed: false,
  suppressedReason: null,
  leaders: 12,
  count: 40,
  mean: 4.1,
  spread: 0.6,
  confidenceInterval: { __typename: "ConfidenceInterval", low: 3.9, high: 4.3 },
};

function change(key: string, suppressed = false): AppEffectChangeFragment {
  return {
    __typename: "CompetencyChange",
    key,
    title: key,
    kirkpatrickLevel: "BEHAVIOUR",
    suppressed,
    suppressedReason: suppressed ? "For få." : null,
    leaders: suppressed ? null : 9,
    ratersBaseline: null,
    ratersFollowUp: null,
    baselineMean: null,
    followUpMean: null,
    meanChange: suppressed ? null : 0.3,
    meanChangeInterval: null,
    spread: suppressed ? null : 0.5,
    effectSize: suppressed ? null : 0.6,
    confidenceInterval: null,
  };
}

const participation = {
  __typename: "LearningParticipation" as const,
  kirkpatrickLevel: "LEARNING" as const,
  leaders: 30,
  enrolled: 31,
  active: 20,
  completed: 10,
  withdrawn: 1,
  overdue: 2,
  activities: [],
  checkpoints: [],
};

const spans = {
  __typename: "SpanOfControlFigures" as const,
  leaders: 30,
  mean: 14.2,
  spread: 6.1,
  largest: 31,
  threshold: 27,
  overThreshold: 2,
};

function summary(scope: "AREA" | "ORGANISATION" = "AREA"): EffectSummary {
  return {
    __typename: "LearningEffectSummary",
    scope,
    asOf: "2026-12-06",
    computedAt: "2026-12-06T13:32:05+00:00",
    notes: ["Første note.", "Anden note."],
    participation,
    goalAttainment: hidden,
    behaviourChange: change("overall"),
    reaction: rating,
    spanOfControl: spans,
  };
}

function full(scope: "AREA" | "ORGANISATION" = "AREA"): AppEffectFiguresFragment {
  return {
    __typename: "LearningEffect",
    scope,
    asOf: "2026-12-06",
    notes: ["Første note.", "Anden note.", "Tredje note."],
    participation,
    goalAttainment: {
      __typename: "GoalAttainment",
      kirkpatrickLevel: "LEARNING",
      overall: hidden,
      goals: [{ __typename: "OrganisationGoalAttainment", goalId: "g1", title: "Tillid", attainment: hidden }],
    },
    behaviourChange: {
      __typename: "BehaviourChange",
      kirkpatrickLevel: "BEHAVIOUR",
      minimumLeaders: 5,
      overall: change("overall"),
      competencies: [change("trust"), change("feedback", true)],
    },
    reaction: rating,
    spanOfControl: spans,
  };
}

describe("the learning-effect screen's views", () => {
  it("make the summary the overall figures only, hidden ones still hidden", () => {
    const view = summaryView(summary());
    expect(view.detailed).toBe(false);
    expect(view.behaviour.competencies).toEqual([]);
    expect(view.goals.each).toEqual([]);
    expect(view.behaviour.minimumLeaders).toBeNull();
    expect(view.goals.kirkpatrickLevel).toBe("LEARNING");
    expect(view.goals.overall.suppressed).toBe(true);
    expect(view.goals.overall.mean).toBeNull();
    expect(view.goals.overall.suppressedReason).toBe("For få ledere står bag tallet.");
    expect(view.behaviour.overall.effectSize).toBe(0.6);
    expect(view.notes).toHaveLength(2);
    expect(view.computedAt).toBe("2026-12-06T13:32:05+00:00");
    expect(detailedView(full()).computedAt).toBeNull();
  });

  it("give the details each competency and goal, a hidden one as hidden", () => {
    const view = detailedView(full());
    expect(view.detailed).toBe(true);
    expect(view.behaviour.competencies.map((c) => c.key)).toEqual(["trust", "feedback"]);
    expect(view.behaviour.competencies[1]).toMatchObject({ suppressed: true, effectSize: null });
    expect(view.goals.each.map((g) => g.title)).toEqual(["Tillid"]);
    expect(view.behaviour.minimumLeaders).toBe(5);
    expect(view.notes).toHaveLength(3);
  });

  it("show the summary until the details are asked for and here", () => {
    expect(chooseView("AREA", false, summary(), full())).toMatchObject({ view: { detailed: false }, detailsPending: false });
    expect(chooseView("AREA", true, summary(), undefined)).toMatchObject({ view: { detailed: false }, detailsPending: true });
    expect(chooseView("AREA", true, summary(), full())).toMatchObject({ view: { detailed: true }, detailsPending: false });
    expect(chooseView("AREA", true, undefined, undefined)).toEqual({ view: null, detailsPending: true });
  });

  it("never show one scope's figures under the other", () => {
    expect(chooseView("ORGANISATION", false, summary("AREA"), undefined).view).toBeNull();
    const shown = chooseView("ORGANISATION", true, summary("ORGANISATION"), full("AREA"));
    expect(shown).toMatchObject({ view: { detailed: false, scope: "ORGANISATION" }, detailsPending: true });
  });
});
