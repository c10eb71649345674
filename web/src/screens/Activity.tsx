import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { EnrolmentQuery } from "../api/documents";
import { formatDate, formatNumber } from "../i18n/format";
import { dropDraft, readDraft, saveDraft } from "../offline/db";
import { dismiss, enqueue, type PendingPhoto, type ProgressEventType, type QueuedEvent, type ShareTarget } from "../offline/queue";
import { announceQueued } from "../offline/sync";
import { useQueue } from "../offline/useQueue";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { SafeHtml } from "../ui/SafeHtml";
import { ActivityRating } from "./ActivityRating";

export function Activity({ enrolmentId, activityId }: { enrolmentId: string; activityId: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: EnrolmentQuery, variables: { id: enrolmentId } });
  const queue = useQueue().filter((e) => e.activityId === activityId && e.enrolmentId === enrolmentId);
  const enrolment = data?.node?.__typename === "Enrolment" ? data.node : null;
  const item = enrolment?.activities.find((a) => a.activity.id === activityId);
  if (!item) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  const { activity } = item;

  const queuedTypes = new Set(queue.filter((e) => e.state === "waiting").map((e) => e.type));
  const status = queuedTypes.has("COMPLETED") ? "COMPLETED" : queuedTypes.has("STARTED") && item.status === "NOT_STARTED" ? "STARTED" : item.status;

  async function record(type: ProgressEventType, extra: { text?: string; sharedWith?: ShareTarget[] } = {}, photo?: PendingPhoto) {
    await enqueue({ enrolmentId, activityId, type, occurredAt: new Date().toISOString(), ...extra }, photo);
    announceQueued();
  }

  return (
    <main id="main">
      <p><Link href={`/enrolments/${encodeURIComponent(enrolmentId)}`}>{t.back}</Link></p>
      <p className="meta">{activity.module?.title} · {t.kind[activity.kind]}</p>
      <h1>{activity.title}</h1>
      <p className="meta">
        {t.status[status]} · {t.due(formatDate(item.dueOn, language))} · {t.minutes(formatNumber(activity.estimatedMinutes, language))}
      </p>
      <Waiting events={queue} />
      <SafeHtml html={activity.bodyHtml} />
      {status === "NOT_STARTED" && <button onClick={() => record("STARTED")}>{t.start}</button>}
      {activity.kind === "REFLECTION" && (
        <ReflectionEditor
          draftKey={`reflection:${enrolmentId}:${activityId}`}
          saved={queue.filter((e) => e.type === "REFLECTION_SAVED").at(-1)?.text ?? item.reflection?.text ?? ""}
          sharedWith={(queue.filter((e) => e.type === "REFLECTION_SAVED").at(-1)?.sharedWith ?? item.reflection?.sharedWith ?? []) as ShareTarget[]}
          onSave={(text, sharedWith) => record("REFLECTION_SAVED", { text, sharedWith })}
        />
      )}
      {activity.kind === "ACTION" && (
        <EvidenceEditor
          enrolmentId={enrolmentId}
          activityId={activityId}
          saved={queue.filter((e) => e.type === "EVIDENCE_SAVED").at(-1)?.text ?? item.evidence?.text ?? ""}
          photo={item.evidence?.file?.title ?? null}
          onSave={(text, photo) => record("EVIDENCE_SAVED", { text }, photo ?? undefined)}
        />
      )}
      {status !== "COMPLETED" && (
        <p><button onClick={() => record("COMPLETED")}>{t.complete}</button></p>
      )}
      <ActivityRating activityId={activityId} />
    </main>
  );
}

function Waiting({ events }: { events: QueuedEvent[] }) {
  const { t } = useApp();
  const waiting = events.filter((e) => e.state === "waiting").length;
  const photos = events.filter((e) => e.state === "waiting" && e.photo && !e.objectKey);
  const conflicts = events.filter((e) => e.state === "conflict");
  return (
    <div aria-live="polite">
      {waiting > 0 && <p className="waiting" role="status">{t.waiting(waiting)}</p>}
      {photos.map((e) => (
        <p key={e.clientEventId} className="meta">{t.photoWaiting(e.photo?.name ?? "")}</p>
      ))}
      {conflicts.map((e) => (
        <p key={e.clientEventId} className="error" role="alert">
          {t.conflict}: {e.message} <button className="link" onClick={() => dismiss(e.clientEventId)}>{t.dismiss}</button>
        </p>
      ))}
    </div>
  );
}

/** What is typed is kept in IndexedDB at every keystroke, so neither a reload
 *  nor a lost connection loses it; saving queues it with its sharing. */
function ReflectionEditor(props: { draftKey: string; saved: string; sharedWith: ShareTarget[]; onSave: (text: string, sharedWith: ShareTarget[]) => Promise<void> }) {
  const { t } = useApp();
  const [text, setText] = useState(props.saved);
  const [share, setShare] = useState<ShareTarget[]>(props.sharedWith);
  const loaded = useRef(false);
  useEffect(() => {
    readDraft(props.draftKey).then((draft) => {
      if (draft !== undefined) setText(draft);
      loaded.current = true;
    });
  }, [props.draftKey]);

  function change(value: string) {
    setText(value);
    if (loaded.current) void saveDraft(props.draftKey, value);
  }
  function toggle(target: ShareTarget, on: boolean) {
    setShare((current) => (on ? [...current.filter((x) => x !== target), target] : current.filter((x) => x !== target)));
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    await props.onSave(text, share);
    await dropDraft(props.draftKey);
  }
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor="reflection">{t.reflection}</label>
      <p id="reflection-help" className="meta">{t.reflectionHelp}</p>
      <textarea id="reflection" aria-describedby="reflection-help" rows={8} value={text} onChange={(e) => change(e.target.value)} />
      <fieldset>
        <legend className="visually-hidden">{t.reflection}</legend>
        <label className="check"><input type="checkbox" checked={share.includes("MENTOR")} onChange={(e) => toggle("MENTOR", e.target.checked)} /> {t.shareWithMentor}</label>
        <label className="check"><input type="checkbox" checked={share.includes("MANAGER")} onChange={(e) => toggle("MANAGER", e.target.checked)} /> {t.shareWithManager}</label>
      </fieldset>
      <button type="submit" disabled={!text.trim()}>{t.saveReflection}</button>
    </form>
  );
}

/** The photo is read into IndexedDB with its evidence event, not uploaded
 *  here: the queue uploads it when the phone is online, also after a reload. */
function EvidenceEditor(props: { enrolmentId: string; activityId: string; saved: string; photo: string | null; onSave: (text: string, photo: PendingPhoto | null) => Promise<void> }) {
  const { t } = useApp();
  const draftKey = `evidence:${props.enrolmentId}:${props.activityId}`;
  const [text, setText] = useState(props.saved);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<string | null>(null);
  useEffect(() => {
    readDraft(draftKey).then((draft) => draft !== undefined && setText(draft));
  }, [draftKey]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let photo: PendingPhoto | null = null;
    if (file) {
      try {
        photo = { name: file.name, type: file.type || "application/octet-stream", bytes: await file.arrayBuffer() };
      } catch {
        setState(t.failed);
        return;
      }
    }
    await props.onSave(text, photo);
    await dropDraft(draftKey);
    if (photo) setState(t.photoQueued);
  }
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor="evidence">{t.evidence}</label>
      <textarea id="evidence" rows={5} value={text} onChange={(e) => { setText(e.target.value); void saveDraft(draftKey, e.target.value); }} />
      <label htmlFor="photo">{t.photo}</label>
      <input id="photo" type="file" accept="image/*" capture="environment" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      {props.photo && <p className="meta">{t.photoSaved}: {props.photo}</p>}
      {state && <p role="status">{state}</p>}
      <button type="submit" disabled={!text.trim() && !file}>{t.saveEvidence}</button>
    </form>
  );
}
