// Wires the queue to the API: replays waiting events through syncProgress when
// the app starts, when a change is queued, and when the phone is back online.
import type { Client } from "urql";
import { RequestEvidenceUploadMutation, SyncProgressMutation } from "../api/documents";
import { uploadStatus } from "../api/upload";
import { flush, type EventResult, type ProgressEvent, type UploadPhoto } from "./queue";

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

/** Asks the API for a presigned upload and sends the photo's bytes there. A
 *  refusal (type, size) is kept as a conflict; a network failure throws, so the
 *  photo waits for the next try. */
export function photoUploader(client: Client): UploadPhoto {
  return async (event, photo) => {
    const result = await client
      .mutation(
        RequestEvidenceUploadMutation,
        {
          input: {
            enrolmentId: event.enrolmentId,
            activityId: event.activityId,
            filename: photo.name,
            contentType: photo.type || "application/octet-stream",
            byteSize: photo.bytes.byteLength,
          },
        },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error("requestEvidenceUpload answered nothing");
    const payload = result.data.requestEvidenceUpload;
    if (!payload.upload) return { refused: payload.errors.map((e) => e.message).join(" ") };
    const status = await uploadStatus(payload.upload, new Blob([photo.bytes], { type: photo.type }));
    if (status >= 500) throw new Error(`the file store answered ${status}`);
    if (status >= 300) return { refused: `${status}` };
    return { objectKey: payload.upload.objectKey };
  };
}

export function startSync(client: Client): () => void {
  const send = sender(client);
  const upload = photoUploader(client);
  const tryFlush = () => {
    if (navigator.onLine) flush(send, upload).catch(() => undefined);
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
