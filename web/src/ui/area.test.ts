import { describe, expect, it } from "vitest";
import { areaRows, overdueCheckpoints, SPAN_LIMIT, type AreaData } from "./area";

const leader = (id: string, name: string) => ({ id, jobTitle: "Leder", person: { name }, unit: { name: "Dagtilbud" } });

const data: AreaData = {
  spansOfControl: {
    nodes: [
      { directReports: 31, leader: leader("m1", "Anna") },
      { directReports: 9, leader: leader("m2", "Bo") },
      { directReports: 4, leader: null },
    ],
  },
  enrolments: {
    nodes: [
      { id: "e0", status: "COMPLETED", leader: { membershipId: "m2" }, programme: { title: "Gammelt forløb" }, progress: { percent: 100 }, checkpoints: [{ dueOn: "2026-01-01" }] },
      {
        id: "e1",
        status: "ACTIVE",
        leader: { membershipId: "m2" },
        programme: { title: "Ny som leder" },
        progress: { percent: 40 },
        checkpoints: [
          { dueOn: "2026-11-01", completedAt: "2026-11-01T10:00:00Z" },
          { dueOn: "2026-11-30" },
          { dueOn: "2026-12-05" },
          { dueOn: "2027-02-01" },
        ],
      },
      { id: "e2", status: "WITHDRAWN", leader: { membershipId: "m1" }, programme: { title: "X" }, progress: { percent: 5 }, checkpoints: [{ dueOn: "2026-01-01" }] },
    ],
  },
  philosophyOverview: { leaders: { nodes: [{ publishedAt: "2026-10-02T08:00:00Z", leader: { id: "m1" } }, { publishedAt: null, leader: { id: "m2" } }] } },
};

describe("a leader of leaders' area", () => {
  it("counts a check-in overdue when it is open after its day", () => {
    expect(overdueCheckpoints([{ dueOn: "2026-12-04" }, { dueOn: "2026-12-05" }, { dueOn: "2026-12-01", completedAt: "x" }], "2026-12-05")).toBe(1);
  });

  it("has one row per leader in span order, joined with the running enrolment and the philosophy", () => {
    const rows = areaRows(data, "2026-12-05");
    expect(rows.map((r) => [r.name, r.span])).toEqual([["Anna", 31], ["Bo", 9]]);
    expect(rows[0].span > SPAN_LIMIT).toBe(true);
    expect(rows[0].enrolment).toBeNull(); // withdrawn is no programme
    expect(rows[0].publishedAt).toBe("2026-10-02T08:00:00Z");
    expect(rows[1].enrolment).toEqual({ title: "Ny som leder", percent: 40 });
    // Only the running enrolment's open check-ins past their day.
    expect(rows[1].overdueCheckpoints).toBe(1);
    expect(rows[1].publishedAt).toBeNull();
  });
});
