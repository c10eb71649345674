// Wires the queue to the API: replays waiting events through syncProgress when
// the app starts, when a change is queued, and when the phone is back online.
import type { Client } from "urql";
import { SyncProgressMutation } from "../api/documents";
import { flush, type EventResult, type ProgressEvent } from "./queue";

export function sender(client: Client) {
  return async (events: ProgressEvent[]): Promise<EventResult[]> => {
    const result = await client
      .mutation(SyncProgressMutation, { input: { events } }, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error || !result.data) {
      // Offline or refused as a whole: everything stays waiting.
      throw result.error ?? new Error("syncProgress answered nothing");
    }
    const payload = result.data.syncProgress;
    if (payload.errors.length > 0) throw new Error(payload.errors.map((e) => e.message).join(" "));
    return payload.results.map((r) => ({
      clientEventId: r.clientEventId,
      status: r.status,
      message: r.message ?? null,
    }));
  };
}

export function startSync(client: Client): () => void {
  const send = sender(client);
  const tryFlush = () => {
    if (navigator.onLine) flush(send).catch(() => undefined);
  };
  window.addEventListener("online", tryFlush);
  window.addEventListener("ledelyst:queued", tryFlush);
  const timer = window.setInterval(tryFlush, 30_000);
  tryFlush();
  return () => {
    window.removeEventListener("online", tryFlush);
    window.removeEventListener("ledelyst:queued", tryFlush);
    window.clearInterval(timer);
  };
}

export function announceQueued(): void {
  window.dispatchEvent(new Event("ledelyst:queued"));
}
