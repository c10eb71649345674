import { describe, expect, it } from "vitest";
import { commentPages, commentsByVersion, possessive, versionNumberOf, type CommentPage } from "./philosophy";

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

describe("commentPages", () => {
  const page = (ids: string[], endCursor: string | null): CommentPage<{ id: string }> => ({
    nodes: ids.map((id) => ({ id })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  });
  const ids = (result: { nodes: { id: string }[] }) => result.nodes.map((n) => n.id);

  it("is empty before the first page", () => {
    expect(commentPages(undefined, {}, 1)).toEqual({ nodes: [], afters: [], loading: false, next: null });
  });
  it("offers the next page after the first, and nothing more when it is the last", () => {
    expect(commentPages(page(["c9", "c8"], "k8"), {}, 1)).toEqual({
      nodes: [{ id: "c9" }, { id: "c8" }],
      afters: [],
      loading: false,
      next: "k8",
    });
    expect(commentPages(page(["c9"], null), {}, 3).next).toBeNull();
  });
  it("asks for each page after the end of the one before, and waits for it", () => {
    const first = page(["c9", "c8"], "k8");
    const waiting = commentPages(first, {}, 3);
    expect(waiting).toMatchObject({ afters: ["k8"], loading: true, next: null });
    expect(ids(waiting)).toEqual(["c9", "c8"]);
    const second = commentPages(first, { k8: page(["c7", "c6"], "k6") }, 3);
    expect(second).toMatchObject({ afters: ["k8", "k6"], loading: true, next: null });
    const all = commentPages(first, { k8: page(["c7", "c6"], "k6"), k6: page(["c5"], null) }, 3);
    expect(all).toMatchObject({ afters: ["k8", "k6"], loading: false, next: null });
    expect(ids(all)).toEqual(["c9", "c8", "c7", "c6", "c5"]);
  });
  it("offers more once the pages asked for are there and another follows", () => {
    const result = commentPages(page(["c9"], "k9"), { k9: page(["c8"], "k8") }, 2);
    expect(result).toMatchObject({ afters: ["k9"], loading: false, next: "k8" });
  });
  it("follows the first page as it is now: a new comment moves the rest down, none is lost", () => {
    // Loaded before: [c9 c8] after which [c7 c6]. Then c10 is written: the
    // first page is [c10 c9], so the second is asked after c9, not c8.
    const loaded = { k8: page(["c7", "c6"], "k6") };
    const now = commentPages(page(["c10", "c9"], "k9"), loaded, 2);
    expect(now).toMatchObject({ afters: ["k9"], loading: true });
    expect(ids(now)).toEqual(["c10", "c9"]);
    const reloaded = commentPages(page(["c10", "c9"], "k9"), { ...loaded, k9: page(["c8", "c7"], "k7") }, 2);
    expect(ids(reloaded)).toEqual(["c10", "c9", "c8", "c7"]);
    expect(reloaded.next).toBe("k7");
  });
  it("lists a comment once when two pages overlap for a moment", () => {
    const result = commentPages(page(["c9", "c8"], "k8"), { k8: page(["c8", "c7"], null) }, 2);
    expect(ids(result)).toEqual(["c9", "c8", "c7"]);
  });
  it("stops at a page without a cursor even if more are asked for", () => {
    expect(commentPages(page(["c9"], "k9"), { k9: page(["c8"], null) }, 5)).toMatchObject({
      afters: ["k9"],
      loading: false,
      next: null,
    });
  });
});
