import { describe, expect, it } from "vitest";
import { assessmentKinds, mayAnswer, ratingsInput, statusChanges, tagOf } from "./mentorshipActions";

describe("what a participant may do with a mentorship", () => {
  it("pauses, completes or cancels an active one and resumes a paused one", () => {
    expect(statusChanges("ACTIVE")).toEqual(["PAUSED", "COMPLETED", "CANCELLED"]);
    expect(statusChanges("PAUSED")).toEqual(["ACTIVE", "COMPLETED", "CANCELLED"]);
    expect(statusChanges("PROPOSED")).toEqual([]);
    expect(statusChanges("COMPLETED")).toEqual([]);
  });

  it("answers a proposal once, and only while proposed", () => {
    expect(mayAnswer("PROPOSED", "MENTEE", { mentor: true, mentee: false })).toBe(true);
    expect(mayAnswer("PROPOSED", "MENTOR", { mentor: true, mentee: false })).toBe(false);
    expect(mayAnswer("ACTIVE", "MENTEE", { mentor: false, mentee: false })).toBe(false);
  });

  it("offers the mentee the start self-assessment before the end, the end ones once running", () => {
    expect(assessmentKinds("PROPOSED", "MENTEE")).toEqual(["START_SELF"]);
    expect(assessmentKinds("ACTIVE", "MENTEE")).toEqual(["START_SELF", "END_SELF", "MENTEE_EVALUATION"]);
    expect(assessmentKinds("COMPLETED", "MENTEE")).toEqual(["END_SELF", "MENTEE_EVALUATION"]);
    expect(assessmentKinds("REJECTED", "MENTEE")).toEqual([]);
  });

  it("offers the mentor only their evaluation, once running", () => {
    expect(assessmentKinds("PROPOSED", "MENTOR")).toEqual([]);
    expect(assessmentKinds("PAUSED", "MENTOR")).toEqual(["MENTOR_EVALUATION"]);
    expect(assessmentKinds("CANCELLED", "MENTOR")).toEqual([]);
  });

  it("sends focus areas as tag keys, leaving out empty rows", () => {
    expect(ratingsInput([{ tag: " feedback ", value: 4 }, { tag: "  ", value: 3 }])).toEqual([{ key: "tag:feedback", value: 4 }]);
    expect(tagOf("tag:svære samtaler")).toBe("svære samtaler");
  });
});
