// Small pure helpers of the philosophy screens (the leader's own and a
// reader's): a leader's name in the possessive, which version a comment
// was written on, and the comments of the pages shown ("show more").
import type { Language } from "../i18n/format";

/** "Anne Hansen" -> "Anne Hansens" (DA) / "Anne Hansen's" (EN); a name that
 *  ends in s, x or z takes only an apostrophe: "Lars'" (DA), "Lars'" (EN). */
export function possessive(name: string, language: Language): string {
  const trimmed = name.trim();
  if (!trimmed) return trimmed;
  if (/[sxz]$/i.test(trimmed)) return `${trimmed}'`;
  return language === "DA" ? `${trimmed}s` : `${trimmed}'s`;
}

/** The number of the version a comment is about (its subjectId), if listed. */
export function versionNumberOf(
  subjectId: string | null | undefined,
  versions: readonly { id: string; number: number }[],
): number | null {
  if (!subjectId) return null;
  return versions.find((v) => v.id === subjectId)?.number ?? null;
}

/** The comments of the newest published version first, then older ones,
 *  each group newest first (the API's order within a group is kept). */
export function commentsByVersion<T extends { subjectId?: string | null }>(
  comments: readonly T[],
  currentVersionId: string | null | undefined,
): { current: T[]; earlier: T[] } {
  const current = comments.filter((c) => currentVersionId && c.subjectId === currentVersionId);
  const earlier = comments.filter((c) => !currentVersionId || c.subjectId !== currentVersionId);
  return { current, earlier };
}

/** A page of comments as the API answers it. */
export interface CommentPage<T> {
  nodes: readonly T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The comments of the first `wanted` pages, newest first, each page asked
 *  for after the end of the page before it as that page is now (a comment
 *  written since moves every later page down by one: nothing falls between
 *  two pages, the last one's oldest moves behind "show more"). `later` holds
 *  the pages loaded so far by the cursor they were asked after, so a page
 *  loaded after a cursor no longer in the chain is passed over. A comment is
 *  listed once, even if it is on two pages for a moment. Returns the cursors
 *  to load pages after (2nd page onwards), whether one of them is still
 *  loading, and the cursor the next page would start after, if there is one
 *  and the pages asked for are all there. */
export function commentPages<T extends { id: string }>(
  first: CommentPage<T> | null | undefined,
  later: Readonly<Record<string, CommentPage<T>>>,
  wanted: number,
): { nodes: T[]; afters: string[]; loading: boolean; next: string | null } {
  const nodes: T[] = [];
  const afters: string[] = [];
  if (!first) return { nodes, afters, loading: false, next: null };
  const seen = new Set<string>();
  let page: CommentPage<T> | undefined = first;
  for (let index = 0; page; index++) {
    for (const node of page.nodes) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      nodes.push(node);
    }
    const after: string | null = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    if (!after) return { nodes, afters, loading: false, next: null };
    if (index + 1 >= wanted) return { nodes, afters, loading: false, next: after };
    afters.push(after);
    page = later[after];
  }
  return { nodes, afters, loading: true, next: null };
}
