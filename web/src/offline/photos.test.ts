import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabaseForTests } from "./db";
import {
  enqueue,
  flush,
  queued,
  waitingPhoto,
  type EventResult,
  type PendingPhoto,
  type ProgressEvent,
  type UploadPhoto,
} from "./queue";

const base = { enrolmentId: "E1", activityId: "A1", occurredAt: "2026-12-05T08:00:00Z" } as const;

function photo(): PendingPhoto {
  return { name: "tavle.png", type: "image/png", bytes: new Uint8Array([137, 80, 78, 71]).buffer };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // a fresh database per test (a reload keeps it)
  resetDatabaseForTests();
});

function applying(sent: ProgressEvent[][]) {
  return async (events: ProgressEvent[]): Promise<EventResult[]> => {
    sent.push(events);
    return events.map((e) => ({ clientEventId: e.clientEventId, status: "APPLIED" as const }));
  };
}

function uploading(uploads: string[]): UploadPhoto {
  return async (event, taken) => {
    uploads.push(`${event.clientEventId}:${taken.name}:${taken.bytes.byteLength}`);
    return { objectKey: `evidence/${uploads.length}` };
  };
}

const offline: UploadPhoto = async () => {
  throw new TypeError("Failed to fetch");
};

describe("photos in the offline queue", () => {
  it("keep their bytes in IndexedDB with the evidence event until they are uploaded", async () => {
    const event = await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "Tavlen" }, photo());
    const [waiting] = await queued();
    expect(waiting.photo).toEqual({ name: "tavle.png", type: "image/png", size: 4 });
    expect(waiting.objectKey ?? null).toBeNull();
    expect(new Uint8Array((await waitingPhoto(event.clientEventId))!.bytes)).toEqual(new Uint8Array([137, 80, 78, 71]));
  });

  it("wait while offline, with every event after them, and survive a reload", async () => {
    await enqueue({ ...base, type: "STARTED" });
    const evidence = await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "" }, photo());
    await enqueue({ ...base, type: "COMPLETED" });
    const sent: ProgressEvent[][] = [];
    expect(await flush(applying(sent), offline)).toBe(1);
    expect(sent.map((batch) => batch.map((e) => e.type))).toEqual([["STARTED"]]);

    resetDatabaseForTests(); // a reload: the same IndexedDB, a new connection
    expect((await queued()).map((e) => e.type)).toEqual(["EVIDENCE_SAVED", "COMPLETED"]);
    expect(await waitingPhoto(evidence.clientEventId)).toBeDefined();
  });

  it("upload once when online, then send the event with the object key and forget the bytes", async () => {
    const evidence = await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "Tavlen" }, photo());
    await enqueue({ ...base, type: "COMPLETED" });
    const uploads: string[] = [];
    const sent: ProgressEvent[][] = [];
    expect(await flush(applying(sent), uploading(uploads))).toBe(2);
    expect(uploads).toEqual([`${evidence.clientEventId}:tavle.png:4`]);
    expect(sent[0].map((e) => [e.type, e.objectKey])).toEqual([
      ["EVIDENCE_SAVED", "evidence/1"],
      ["COMPLETED", null],
    ]);
    expect(await queued()).toEqual([]);
    expect(await waitingPhoto(evidence.clientEventId)).toBeUndefined();
  });

  it("are not uploaded again when the answer to syncProgress is lost", async () => {
    const evidence = await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "" }, photo());
    const uploads: string[] = [];
    const lost = async (): Promise<EventResult[]> => {
      throw new TypeError("Failed to fetch");
    };
    await expect(flush(lost, uploading(uploads))).rejects.toThrow();
    const [waiting] = await queued();
    expect(waiting.objectKey).toBe("evidence/1");
    const sent: ProgressEvent[][] = [];
    await flush(applying(sent), uploading(uploads));
    expect(uploads).toHaveLength(1);
    expect(sent[0][0]).toMatchObject({ clientEventId: evidence.clientEventId, objectKey: "evidence/1" });
  });

  it("show a refused photo as a conflict and let the other events go", async () => {
    await enqueue({ ...base, type: "EVIDENCE_SAVED", text: "" }, photo());
    await enqueue({ ...base, type: "COMPLETED" });
    const sent: ProgressEvent[][] = [];
    await flush(applying(sent), async () => ({ refused: "Filen er for stor" }));
    expect(sent[0].map((e) => e.type)).toEqual(["COMPLETED"]);
    const left = await queued();
    expect(left.map((e) => [e.type, e.state, e.message])).toEqual([["EVIDENCE_SAVED", "conflict", "Filen er for stor"]]);
  });
});
