import { describe, expect, it } from "vitest";
import { commentsByVersion, possessive, versionNumberOf } from "./philosophy";

describe("possessive", () => {
  it("adds s in Danish and 's in English", () => {
    expect(possessive("Anne Hansen", "DA")).toBe("Anne Hansens");
    expect(possessive("Anne Hansen", "EN")).toBe("Anne Hansen's");
  });
  it("takes only an apostrophe after s, x or z", () => {
    expect(possessive("Lars", "DA")).toBe("Lars'");
    expect(possessive("Felix", "DA")).toBe("Felix'");
    expect(possessive("Jonas", "EN")).toBe("Jonas'");
  });
  it("trims and leaves an empty name empty", () => {
    expect(possessive("  Mette ", "DA")).toBe("Mettes");
    expect(possessive("", "EN")).toBe("");
  });
});

describe("versionNumberOf", () => {
  const versions = [
    { id: "v2", number: 2 },
    { id: "v1", number: 1 },
  ];
  it("finds the version a comment is about", () => {
    expect(versionNumberOf("v1", versions)).toBe(1);
  });
  it("is null for an unknown or missing subject", () => {
    expect(versionNumberOf("v9", versions)).toBeNull();
    expect(versionNumberOf(null, versions)).toBeNull();
  });
});

describe("commentsByVersion", () => {
  it("splits the current version's comments from earlier ones, keeping order", () => {
    const comments = [
      { id: "c3", subjectId: "v2" },
      { id: "c2", subjectId: "v1" },
      { id: "c1", subjectId: "v2" },
    ];
    const { current, earlier } = commentsByVersion(comments, "v2");
    expect(current.map((c) => c.id)).toEqual(["c3", "c1"]);
    expect(earlier.map((c) => c.id)).toEqual(["c2"]);
  });
  it("puts everything under earlier without a current version", () => {
    expect(commentsByVersion([{ id: "c1", subjectId: "v1" }], null).earlier).toHaveLength(1);
  });
});
