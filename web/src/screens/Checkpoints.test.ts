import { describe, expect, it } from "vitest";
import { ratingsOf } from "./Checkpoints";

describe("goal-attainment ratings of a checkpoint", () => {
  it("send each chosen 1-5 rating as a number and leave unrated goals out", () => {
    expect(ratingsOf({ a: "4", b: "", c: "1" })).toEqual([
      { developmentGoalId: "a", rating: 4 },
      { developmentGoalId: "c", rating: 1 },
    ]);
  });

  it("never send a value outside the scale", () => {
    expect(ratingsOf({ a: "0", b: "6", c: "3.5" })).toEqual([]);
  });
});
