// What a participant may do with a mentorship in its present state; the
// same rules as the server (learning/mentoring/mentorships/service.py
// TRANSITIONS, practice/service.py submit_assessment), so the screen offers
// only what the API allows. The server still decides.
export type Status = "PROPOSED" | "ACTIVE" | "PAUSED" | "COMPLETED" | "CANCELLED" | "REJECTED";
export type Role = "MENTOR" | "MENTEE";
export type Change = "PAUSED" | "ACTIVE" | "COMPLETED" | "CANCELLED";
export type AssessmentKind = "START_SELF" | "END_SELF" | "MENTEE_EVALUATION" | "MENTOR_EVALUATION";

const CHANGES: Partial<Record<Status, Change[]>> = {
  ACTIVE: ["PAUSED", "COMPLETED", "CANCELLED"],
  PAUSED: ["ACTIVE", "COMPLETED", "CANCELLED"],
};

/** Pause/resume/complete/cancel of a running mentorship (a proposed one is declined instead). */
export function statusChanges(status: Status): Change[] {
  return CHANGES[status] ?? [];
}

/** Accept or decline: only while proposed, and only once for each participant. */
export function mayAnswer(status: Status, role: Role, accepted: { mentor: boolean; mentee: boolean }): boolean {
  return status === "PROPOSED" && !(role === "MENTOR" ? accepted.mentor : accepted.mentee);
}

const RUNNING: Status[] = ["ACTIVE", "PAUSED"];

/** The assessments the viewer may submit (or revise) now. */
export function assessmentKinds(status: Status, role: Role): AssessmentKind[] {
  if (role === "MENTOR") return [...RUNNING, "COMPLETED"].includes(status) ? ["MENTOR_EVALUATION"] : [];
  const kinds: AssessmentKind[] = [];
  if (["PROPOSED", ...RUNNING].includes(status)) kinds.push("START_SELF");
  if ([...RUNNING, "COMPLETED"].includes(status)) kinds.push("END_SELF", "MENTEE_EVALUATION");
  return kinds;
}

/** "tag:feedback" -> "feedback"; the form edits focus areas by their tag. */
export function tagOf(key: string): string {
  return key.startsWith("tag:") ? key.slice(4) : key;
}

/** Rows as typed -> the API's ratings: empty focus areas left out, tags trimmed. */
export function ratingsInput(rows: { tag: string; value: number }[]): { key: string; value: number }[] {
  return rows.filter((r) => r.tag.trim()).map((r) => ({ key: `tag:${r.tag.trim()}`, value: r.value }));
}
