import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { readDraft, resetDatabaseForTests, saveDraft } from "./db";
import { dismiss, enqueue, flush, queued, type EventResult, type ProgressEvent } from "./queue";

const base = { enrolmentId: "E1", activityId: "A1", occurredAt: "2026-12-05T08:00:00Z" } as const;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // a fresh database per test
  resetDatabaseForTests();
});

function applying(sent: ProgressEvent[][]) {
  return async (events: ProgressEvent[]): Promise<EventResult[]> => {
    sent.push(events);
    return events.map((e) => ({ clientEventId: e.clientEventId, status: "APPLIED" as const }));
  };
}

describe("the offline queue", () => {
  it("keeps events in order with their client event ids until the server answers", async () => {
    const first = await enqueue({ ...base, type: "STARTED" });
    const second = await enqueue({ ...base, type: "REFLECTION_SAVED", text: "Jeg lærte", sharedWith: ["MENTOR"] });
    const waiting = await queued();
    expect(waiting.map((e) => e.clientEventId)).toEqual([first.clientEventId, second.clientEventId]);
    expect(waiting.every((e) => e.state === "waiting")).toBe(true);
    expect(first.clientEventId).not.toEqual(second.clientEventId);
  });

  it("sends waiting events once and forgets those the server applied", async () => {
    await enqueue({ ...base, type: "STARTED" });
    await enqueue({ ...base, type: "COMPLETED" });
    const sent: ProgressEvent[][] = [];
    expect(await flush(applying(sent))).toBe(2);
    expect(sent).toHaveLength(1);
    expect(sent[0].map((e) => e.type)).toEqual(["STARTED", "COMPLETED"]);
    expect(await queued()).toEqual([]);
    expect(await flush(applying(sent))).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it("keeps every event waiting when the network fails, and sends the same ids later", async () => {
    const event = await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "Holdt mødet" });
    await expect(flush(async () => { throw new TypeError("Failed to fetch"); })).rejects.toThrow();
    expect((await queued()).map((e) => e.clientEventId)).toEqual([event.clientEventId]);
    const sent: ProgressEvent[][] = [];
    await flush(applying(sent));
    expect(sent[0][0].clientEventId).toBe(event.clientEventId);
    expect(sent[0][0].text).toBe("Holdt mødet");
  });

  it("forgets a duplicate (the server had it already) but keeps a conflict to show", async () => {
    const duplicate = await enqueue({ ...base, type: "STARTED" });
    const conflict = await enqueue({ ...base, type: "REFLECTION_SAVED", text: "x" });
    await flush(async () => [
      { clientEventId: duplicate.clientEventId, status: "DUPLICATE" },
      { clientEventId: conflict.clientEventId, status: "CONFLICT", message: "Aktiviteten er lukket" },
    ]);
    const left = await queued();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ clientEventId: conflict.clientEventId, state: "conflict", message: "Aktiviteten er lukket" });
    // A conflict is not sent again; the person dismisses it.
    const sent: ProgressEvent[][] = [];
    await flush(applying(sent));
    expect(sent).toHaveLength(0);
    await dismiss(conflict.clientEventId);
    expect(await queued()).toEqual([]);
  });

  it("keeps an event the server did not answer for", async () => {
    const answered = await enqueue({ ...base, type: "STARTED" });
    const unanswered = await enqueue({ ...base, type: "COMPLETED" });
    await flush(async () => [{ clientEventId: answered.clientEventId, status: "APPLIED" }]);
    expect((await queued()).map((e) => e.clientEventId)).toEqual([unanswered.clientEventId]);
  });

  it("runs one flush at a time, so no event goes out twice at once", async () => {
    await enqueue({ ...base, type: "STARTED" });
    const sent: ProgressEvent[][] = [];
    const slow = async (events: ProgressEvent[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return applying(sent)(events);
    };
    await Promise.all([flush(slow), flush(slow)]);
    expect(sent).toHaveLength(1);
  });

  it("survives a reload: a new connection finds the events and drafts", async () => {
    const event = await enqueue({ ...base, type: "REFLECTION_SAVED", text: "offline tekst" });
    await saveDraft("reflection:E1:A1", "halvt skrevet");
    resetDatabaseForTests(); // as a reload: the same IndexedDB, a new connection
    expect((await queued()).map((e) => e.text)).toEqual([event.text]);
    expect(await readDraft("reflection:E1:A1")).toBe("halvt skrevet");
  });
});

describe("a change queued while a flush is under way", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetDatabaseForTests();
  });

  it("is sent by a second round right after the first, not left waiting", async () => {
    await enqueue({ ...base, type: "REFLECTION_SAVED", text: "først" });
    const sent: ProgressEvent[][] = [];
    const slow = async (events: ProgressEvent[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return applying(sent)(events);
    };
    const first = flush(slow);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await enqueue({ ...base, type: "COMPLETED" });
    await flush(slow);
    await first;
    expect(sent.map((round) => round.map((e) => e.type))).toEqual([["REFLECTION_SAVED"], ["COMPLETED"]]);
    expect(await queued()).toEqual([]);
  });
});
