// The rows of a leader of leaders' area: each leader below them once, with
// span of control, their newest enrolment and overdue check-ins, and their
// published philosophy, joined by the leader's Membership ID.

/** The Leadership Commission's mark: more than 27 direct reports. */
export const SPAN_LIMIT = 27;

interface Checkpoint {
  dueOn: string;
  completedAt?: string | null;
}

export interface AreaData {
  spansOfControl: {
    nodes: {
      directReports: number;
      leader?: { id: string; jobTitle: string; person: { name: string }; unit?: { name: string } | null } | null;
    }[];
  };
  enrolments: {
    nodes: {
      id: string;
      status: string;
      leader?: { membershipId: string } | null;
      programme?: { title: string } | null;
      progress: { percent: number };
      checkpoints: Checkpoint[];
    }[];
  };
  philosophyOverview: { leaders: { nodes: { publishedAt?: string | null; leader: { id: string } }[] } };
}

export interface AreaRow {
  id: string;
  name: string;
  jobTitle: string;
  unit: string;
  span: number;
  enrolment: { title: string; percent: number } | null;
  overdueCheckpoints: number;
  publishedAt: string | null;
}

/** Check-ins of a running enrolment not held by their day (before `today`). */
export function overdueCheckpoints(checkpoints: Checkpoint[], today: string): number {
  return checkpoints.filter((c) => !c.completedAt && c.dueOn < today).length;
}

export function areaRows(data: AreaData, today: string): AreaRow[] {
  const enrolments = new Map<string, AreaData["enrolments"]["nodes"]>();
  for (const enrolment of data.enrolments.nodes) {
    const id = enrolment.leader?.membershipId;
    if (!id || enrolment.status === "WITHDRAWN") continue;
    enrolments.set(id, [...(enrolments.get(id) ?? []), enrolment]);
  }
  const published = new Map(data.philosophyOverview.leaders.nodes.map((n) => [n.leader.id, n.publishedAt ?? null]));
  return data.spansOfControl.nodes.flatMap((span) => {
    const leader = span.leader;
    if (!leader) return [];
    const own = enrolments.get(leader.id) ?? [];
    // The running enrolment first, else the newest one.
    const shown = own.find((e) => e.status === "ACTIVE") ?? own[own.length - 1];
    return [
      {
        id: leader.id,
        name: leader.person.name,
        jobTitle: leader.jobTitle,
        unit: leader.unit?.name ?? "",
        span: span.directReports,
        enrolment: shown ? { title: shown.programme?.title ?? "", percent: shown.progress.percent } : null,
        overdueCheckpoints: own
          .filter((e) => e.status === "ACTIVE")
          .reduce((sum, e) => sum + overdueCheckpoints(e.checkpoints, today), 0),
        publishedAt: published.get(leader.id) ?? null,
      },
    ];
  });
}
