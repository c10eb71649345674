import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { GiveFeedbackNoteMutation, MenteesQuery, MentorshipQuery, SharedReflectionQuery } from "../api/documents";
import { MarkMenteeVisitedMutation, MyMentorshipsQuery } from "../api/mentoring";
import { formatDate, formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { Progress } from "../ui/Progress";

const MentorshipLog = lazy(() => import("./MentorshipLog"));
const MentorshipState = lazy(() => import("./MentorshipState"));

export function Mentees() {
  const { t } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: MenteesQuery });
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  const mentees = data.mentees.nodes;
  return (
    <main id="main">
      <h1>{t.mentees}</h1>
      <p><Link href="/mentoring/profile">{t.myMentorProfile}</Link></p>
      <Proposed />
      {mentees.length === 0 && <p>{t.noMentees}</p>}
      <ul className="cards">
        {mentees.map((mentee) => (
          <li key={mentee.mentorship.id} className="card">
            <Link href={`/mentoring/mentorships/${encodeURIComponent(mentee.mentorship.id)}`}>{mentee.person.name}</Link>
            <span className="meta">{mentee.person.jobTitle}</span>
            <Progress done={mentee.progress.completedActivities} total={mentee.progress.totalActivities} percent={mentee.progress.percent} />
            {mentee.sharedSinceLastVisit.count > 0 && <p className="badge">{t.sharedSince(mentee.sharedSinceLastVisit.count)}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}

export function Mentorship({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error, stale }] = useQuery({ query: MenteesQuery });
  const mentee = data?.mentees.nodes.find((m) => m.mentorship.id === id);
  useMarkVisited(id, !!mentee && !fetching && !stale);
  if (!mentee) {
    if (fetching && !data) return <main id="main"><p role="status">{t.loading}</p></main>;
    return error ? <main id="main"><p role="status">{t.failed}</p></main> : <MentorshipAgreement id={id} />;
  }
  return (
    <main id="main">
      <p><Link href="/mentoring">{t.back}</Link></p>
      <h1>{mentee.person.name}</h1>
      <Progress done={mentee.progress.completedActivities} total={mentee.progress.totalActivities} percent={mentee.progress.percent} />
      {mentee.sharedSinceLastVisit.items.map((item) => (
        <section key={item.reference} className="card" aria-label={item.title}>
          <h2>{item.title}</h2>
          <p className="meta">{formatDateTime(item.sharedAt, language)}</p>
          <SharedText id={item.reference} />
          <GiveFeedback leaderId={mentee.person.membershipId} subjectKind={item.kind === "ACTION_EVIDENCE" ? "ACTION_EVIDENCE" : "REFLECTION"} subjectId={item.reference} />
        </section>
      ))}
      <section className="card">
        <h2>{t.giveFeedback}</h2>
        <GiveFeedback leaderId={mentee.person.membershipId} subjectKind="GENERAL" subjectId={null} />
      </section>
      <Suspense fallback={null}><MentorshipState id={id} /></Suspense>
      <Suspense fallback={null}><MentorshipLog id={id} /></Suspense>
    </main>
  );
}

/** The mentor has opened the mentee's page: "shared since your last visit"
 * starts again from now (markMenteeVisited), once the list the page shows has
 * come from the server, so this visit still shows what was new. Once per
 * opening; the list shows the new count when it is next fetched. */
function useMarkVisited(id: string, ready: boolean) {
  const [, mark] = useMutation(MarkMenteeVisitedMutation);
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || marked.current === id) return;
    marked.current = id;
    void mark({ input: { mentorshipId: id, clientMutationId: crypto.randomUUID() } });
  }, [id, ready, mark]);
}

/** Mentorships proposed to the mentor that wait for their answer. */
function Proposed() {
  const { t } = useApp();
  const [{ data }] = useQuery({ query: MyMentorshipsQuery });
  const waiting = data?.myMentorships.nodes.filter((m) => m.status === "PROPOSED" && m.viewerRole === "MENTOR") ?? [];
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="awaiting">
      <h2 id="awaiting">{t.awaitingAnswer}</h2>
      <ul className="list">
        {waiting.map((m) => (
          <li key={m.id}>
            <Link href={`/mentoring/mentorships/${encodeURIComponent(m.id)}`}>{m.mentee?.name}</Link>
            <span className="meta">{t.mentorshipStatus[m.status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every mentorship of the viewer, as mentor or mentee, newest first. */
export function MyMentorships() {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({ query: MyMentorshipsQuery, requestPolicy: "cache-and-network" });
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  const mentorships = data.myMentorships.nodes;
  return (
    <main id="main">
      <h1>{t.myMentorships}</h1>
      {mentorships.length === 0 && <p>{t.noMentorships}</p>}
      <ul className="cards">
        {mentorships.map((m) => {
          const other = m.viewerRole === "MENTOR" ? m.mentee : m.mentor;
          return (
            <li key={m.id} className="card">
              <Link href={`/mentoring/mentorships/${encodeURIComponent(m.id)}`}>{other?.name ?? t.mentorship}</Link>
              <span className="meta">{t.asRole[m.viewerRole]} · {t.mentorshipStatus[m.status] ?? m.status}{m.startsOn ? ` · ${formatDate(m.startsOn, language)}` : ""}</span>
              {m.status === "PROPOSED" && <p className="badge">{t.awaitingAnswer}</p>}
            </li>
          );
        })}
      </ul>
    </main>
  );
}

function SharedText({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: SharedReflectionQuery, variables: { id } });
  const node = data?.node;
  if (!node || (node.__typename !== "Reflection" && node.__typename !== "ActionEvidence")) return null;
  return <blockquote className="note">{node.text}</blockquote>;
}

function GiveFeedback(props: { leaderId: string; subjectKind: "REFLECTION" | "ACTION_EVIDENCE" | "GENERAL"; subjectId: string | null }) {
  const { t } = useApp();
  const [body, setBody] = useState("");
  const [sent, setSent] = useState(false);
  const [state, give] = useMutation(GiveFeedbackNoteMutation);
  const fieldId = `feedback-${props.subjectId ?? "general"}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await give({ input: { leaderId: props.leaderId, subjectKind: props.subjectKind, subjectId: props.subjectId, body, clientMutationId: crypto.randomUUID() } });
    if (result.data?.giveFeedbackNote.errors.length === 0) {
      setBody("");
      setSent(true);
    }
  }
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor={fieldId}>{t.feedbackText}</label>
      <textarea id={fieldId} rows={4} value={body} onChange={(e) => { setBody(e.target.value); setSent(false); }} />
      {state.data?.giveFeedbackNote.errors.map((e) => <p key={e.code} role="alert" className="error">{e.message}</p>)}
      {sent && <p role="status">{t.sent}</p>}
      <button type="submit" disabled={!body.trim() || state.fetching}>{t.send}</button>
    </form>
  );
}

/** The mentorship as the mentee (or a mentor without it among their mentees) sees it. */
function MentorshipAgreement({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MentorshipQuery, variables: { id } });
  const mentorship = data?.node?.__typename === "Mentorship" ? data.node : null;
  if (!mentorship) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  const other = mentorship.viewerRole === "MENTOR" ? mentorship.mentee : mentorship.mentor;
  return (
    <main id="main">
      <h1>{t.mentorship}</h1>
      {other && <p>{other.name}{other.jobTitle ? `, ${other.jobTitle}` : ""}</p>}
      <p className="meta">{t.mentorshipStatus[mentorship.status] ?? mentorship.status}{mentorship.startsOn ? ` · ${formatDate(mentorship.startsOn, language)}` : ""}</p>
      {mentorship.goals && <p>{mentorship.goals}</p>}
      <Suspense fallback={null}><MentorshipState id={id} onChange={() => refetch({ requestPolicy: "network-only" })} /></Suspense>
      <Suspense fallback={null}><MentorshipLog id={id} /></Suspense>
    </main>
  );
}
