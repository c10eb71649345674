// Every progress change (start, complete, reflection, evidence text) is put in
// IndexedDB with its client event id before anything goes over the network,
// shown as waiting, and replayed through syncProgress until the server has
// answered for it. The server applies an event id once, so a replay after a
// lost answer is a DUPLICATE, not a second change. A photo waits in the queue
// beside its evidence event and is uploaded just before that event is sent.
import { EVENTS, PHOTOS, run, transact } from "./db";

export type ProgressEventType = "STARTED" | "COMPLETED" | "REFLECTION_SAVED" | "EVIDENCE_SAVED";
export type ShareTarget = "MENTOR" | "MANAGER";

export interface ProgressEvent {
  clientEventId: string;
  enrolmentId: string;
  activityId: string;
  type: ProgressEventType;
  occurredAt: string;
  text?: string | null;
  objectKey?: string | null;
  sharedWith?: ShareTarget[] | null;
}

/** A photo taken offline: its bytes wait in IndexedDB until it is uploaded. */
export interface PendingPhoto {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export interface QueuedEvent extends ProgressEvent {
  queuedAt: number;
  /** The photo that waits to be uploaded before this event is sent (its bytes are in PHOTOS). */
  photo?: { name: string; type: string; size: number } | null;
  /** waiting: not yet answered; conflict: the server refused it (kept, shown). */
  state: "waiting" | "conflict";
  message?: string | null;
}

export interface EventResult {
  clientEventId: string;
  status: "APPLIED" | "DUPLICATE" | "CONFLICT";
  message?: string | null;
}

export type Send = (events: ProgressEvent[]) => Promise<EventResult[]>;

/** Uploads a waiting photo: its object key, or why the server refused it.
 *  Throws when the network fails: the photo and its event keep waiting. */
export type UploadPhoto = (
  event: QueuedEvent,
  photo: PendingPhoto,
) => Promise<{ objectKey: string } | { refused: string }>;

type Listener = (events: QueuedEvent[]) => void;
const listeners = new Set<Listener>();

export function newEventId(): string {
  return crypto.randomUUID();
}

export function onQueueChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function changed(): Promise<void> {
  const events = await queued();
  listeners.forEach((listener) => listener(events));
}

// Strictly increasing, so events queued in the same millisecond keep their
// order (a start must reach the server before its completion).
let lastQueuedAt = 0;

export async function enqueue(
  event: Omit<ProgressEvent, "clientEventId"> & { clientEventId?: string },
  photo?: PendingPhoto,
): Promise<QueuedEvent> {
  const queuedEvent: QueuedEvent = {
    ...event,
    clientEventId: event.clientEventId ?? newEventId(),
    queuedAt: (lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1)),
    state: "waiting",
    photo: photo ? { name: photo.name, type: photo.type, size: photo.bytes.byteLength } : null,
  };
  await transact([EVENTS, PHOTOS], "readwrite", (transaction) => {
    transaction.objectStore(EVENTS).put(queuedEvent);
    if (photo) transaction.objectStore(PHOTOS).put(photo, queuedEvent.clientEventId);
  });
  await changed();
  return queuedEvent;
}

/** The bytes of a photo that waits to be uploaded. */
export async function waitingPhoto(clientEventId: string): Promise<PendingPhoto | undefined> {
  return (await run<PendingPhoto>(PHOTOS, "readonly", (store) => store.get(clientEventId))) ?? undefined;
}

/** Everything not yet accepted, oldest first. */
export async function queued(): Promise<QueuedEvent[]> {
  const all = (await run<QueuedEvent[]>(EVENTS, "readonly", (store) => store.getAll())) ?? [];
  return all.sort((a, b) => a.queuedAt - b.queuedAt);
}

let flushing: Promise<number> | null = null;
let again = false;

/** Sends the waiting events in order; returns how many the server accepted.
 *  A network failure leaves them all waiting for the next try. One flush at
 *  a time, so no event is sent twice concurrently; a change queued during a
 *  flush is sent by one more round right after it. */
export function flush(send: Send, upload?: UploadPhoto): Promise<number> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    let accepted = 0;
    do {
      again = false;
      accepted += await doFlush(send, upload);
    } while (again);
    return accepted;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Uploads the photos of the waiting events in order. Returns the events that
 *  may be sent now: those before the first photo that could not be uploaded
 *  (so nothing overtakes it), without those whose photo the server refused. */
async function withPhotosUploaded(waiting: QueuedEvent[], upload?: UploadPhoto): Promise<QueuedEvent[]> {
  const ready: QueuedEvent[] = [];
  for (const event of waiting) {
    if (event.photo && !event.objectKey) {
      const photo = await waitingPhoto(event.clientEventId);
      if (!photo || !upload) break;
      let outcome: Awaited<ReturnType<UploadPhoto>>;
      try {
        outcome = await upload(event, photo);
      } catch {
        break; // offline or the store did not answer: it and what follows wait
      }
      if ("refused" in outcome) {
        await run(EVENTS, "readwrite", (store) => store.put({ ...event, state: "conflict", message: outcome.refused }));
        await changed();
        continue;
      }
      // The object key is kept before the event is sent: a lost answer to
      // syncProgress does not upload the photo a second time.
      const uploaded: QueuedEvent = { ...event, objectKey: outcome.objectKey, photo: { ...event.photo } };
      await transact([EVENTS, PHOTOS], "readwrite", (transaction) => {
        transaction.objectStore(EVENTS).put(uploaded);
        transaction.objectStore(PHOTOS).delete(event.clientEventId);
      });
      await changed();
      ready.push(uploaded);
      continue;
    }
    ready.push(event);
  }
  return ready;
}

async function doFlush(send: Send, upload?: UploadPhoto): Promise<number> {
  const waiting = await withPhotosUploaded(
    (await queued()).filter((event) => event.state === "waiting"),
    upload,
  );
  if (waiting.length === 0) return 0;
  const events: ProgressEvent[] = waiting.map((event) => ({
    clientEventId: event.clientEventId,
    enrolmentId: event.enrolmentId,
    activityId: event.activityId,
    type: event.type,
    occurredAt: event.occurredAt,
    text: event.text ?? null,
    objectKey: event.objectKey ?? null,
    sharedWith: event.sharedWith ?? null,
  }));
  const results = await send(events); // throws when offline: all stay waiting
  const byId = new Map(results.map((result) => [result.clientEventId, result]));
  let accepted = 0;
  await run(EVENTS, "readwrite", (store) => {
    for (const event of waiting) {
      const result = byId.get(event.clientEventId);
      if (!result) continue; // not answered: stays waiting
      if (result.status === "CONFLICT") {
        store.put({ ...event, state: "conflict", message: result.message ?? null });
      } else {
        store.delete(event.clientEventId);
        accepted += 1;
      }
    }
  });
  await changed();
  return accepted;
}

/** A conflict the person has seen and let go. */
export async function dismiss(clientEventId: string): Promise<void> {
  await transact([EVENTS, PHOTOS], "readwrite", (transaction) => {
    transaction.objectStore(EVENTS).delete(clientEventId);
    transaction.objectStore(PHOTOS).delete(clientEventId);
  });
  await changed();
}
