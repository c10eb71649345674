// Small pure helpers of the philosophy screens (the leader's own and a
// reader's): a leader's name in the possessive, and which version a comment
// was written on.
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
