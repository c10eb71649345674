// Every progress change (start, complete, reflection, evidence text) is put in
// IndexedDB with its client event id before anything goes over the network,
// shown as waiting, and replayed through syncProgress until the server has
// answered for it. The server applies an event id once, so a replay after a
// lost answer is a DUPLICATE, not a second change.
import { EVENTS, run } from "./db";

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

export interface QueuedEvent extends ProgressEvent {
  queuedAt: number;
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

export async function enqueue(event: Omit<ProgressEvent, "clientEventId"> & { clientEventId?: string }): Promise<QueuedEvent> {
  const queuedEvent: QueuedEvent = {
    ...event,
    clientEventId: event.clientEventId ?? newEventId(),
    queuedAt: (lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1)),
    state: "waiting",
  };
  await run(EVENTS, "readwrite", (store) => store.put(queuedEvent));
  await changed();
  return queuedEvent;
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
export function flush(send: Send): Promise<number> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    let accepted = 0;
    do {
      again = false;
      accepted += await doFlush(send);
    } while (again);
    return accepted;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function doFlush(send: Send): Promise<number> {
  const waiting = (await queued()).filter((event) => event.state === "waiting");
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
  await run(EVENTS, "readwrite", (store) => store.delete(clientEventId));
  await changed();
}
