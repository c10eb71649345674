import { describe, expect, it } from "vitest";
import { shareChoices } from "./reportSharing";

const mentor = { membershipId: "TWVtYmVyc2hpcDox", name: "Bo Mentor" };
const colleague = { membershipId: "TWVtYmVyc2hpcDoy", name: "Alma Kollega" };

describe("the sharing buttons of a leader's own 360 report", () => {
  it("offers to share with the mentor while it is not shared with them", () => {
    expect(shareChoices(mentor, [])).toEqual({ share: mentor, stop: [] });
    expect(shareChoices(mentor, [colleague])).toEqual({ share: mentor, stop: [colleague] });
  });

  it("offers only to stop once it is shared with the mentor", () => {
    expect(shareChoices(mentor, [colleague, mentor])).toEqual({ share: null, stop: [colleague, mentor] });
  });

  it("without a mentor, offers to stop sharing with whoever it is shared with", () => {
    expect(shareChoices(null, [colleague])).toEqual({ share: null, stop: [colleague] });
    expect(shareChoices(undefined, [])).toEqual({ share: null, stop: [] });
  });
});
