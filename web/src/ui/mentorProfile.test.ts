import { describe, expect, it } from "vitest";
import { listFromText, mayOfferToMentor, textFromList } from "./mentorProfile";

describe("mentor profile", () => {
  it("lets leaders and mentors offer to mentor, no one else", () => {
    expect(mayOfferToMentor(["LEADER"])).toBe(true);
    expect(mayOfferToMentor(["MENTOR"])).toBe(true);
    expect(mayOfferToMentor(["HR"])).toBe(false);
    expect(mayOfferToMentor([])).toBe(false);
  });

  it("reads a list from commas and lines, dropping blanks", () => {
    expect(listFromText(" Trivsel, forandring\n\nsvære samtaler ,")).toEqual(["Trivsel", "forandring", "svære samtaler"]);
    expect(listFromText("   ")).toEqual([]);
  });

  it("writes a list back as the text it reads", () => {
    const list = ["da", "en"];
    expect(listFromText(textFromList(list))).toEqual(list);
  });
});
