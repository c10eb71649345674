import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { CompleteCheckpointMutation, LeadersCheckpointsQuery } from "../api/documents";
import { formatDate } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";

const ORDER = ["BEFORE", "DURING", "AFTER"] as const;

export function Checkpoints() {
  const { t, language } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: LeadersCheckpointsQuery, requestPolicy: "cache-and-network" });
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  // Each leader's next check-in: they are held in order.
  const next = data.enrolments.nodes.flatMap((enrolment) => {
    if (enrolment.status !== "ACTIVE") return [];
    const open = ORDER.map((kind) => enrolment.checkpoints.find((c) => c.kind === kind)).find((c) => c && !c.completedAt);
    return open ? [{ enrolment, checkpoint: open }] : [];
  });
  return (
    <main id="main">
      <h1>{t.checkpoints}</h1>
      {next.length === 0 && <p>{t.noCheckpoints}</p>}
      {next.map(({ enrolment, checkpoint }) => (
        <section key={checkpoint.id} className="card" aria-labelledby={`cp-${checkpoint.id}`}>
          <h2 id={`cp-${checkpoint.id}`}>{enrolment.leader?.name}: {t.checkpointKind[checkpoint.kind]}</h2>
          <p className="meta">{t.due(formatDate(checkpoint.dueOn, language))}</p>
          {enrolment.leader && checkpoint.leadershipPhilosophy && (
            <p>
              <Link href={`/philosophy/${encodeURIComponent(enrolment.leader.membershipId)}`}>
                {t.readPhilosophy(enrolment.leader.name, checkpoint.leadershipPhilosophy.number)}
              </Link>
            </p>
          )}
          <HoldCheckpoint enrolmentId={enrolment.id} kind={checkpoint.kind} goals={enrolment.developmentGoals} onDone={() => refetch({ requestPolicy: "network-only" })} />
        </section>
      ))}
    </main>
  );
}

function HoldCheckpoint(props: { enrolmentId: string; kind: "BEFORE" | "DURING" | "AFTER"; goals: { id: string; title: string }[]; onDone: () => void }) {
  const { t } = useApp();
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [practiceAgreed, setPractice] = useState("");
  const [notes, setNotes] = useState("");
  const [feedback, setFeedback] = useState("");
  const [state, complete] = useMutation(CompleteCheckpointMutation);
  const prefix = `${props.enrolmentId}-${props.kind}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await complete({ input: { enrolmentId: props.enrolmentId, kind: props.kind, practiceAgreed, notes, feedback, ratings: ratingsOf(ratings), clientMutationId: crypto.randomUUID() } });
    if (result.data?.completeCheckpoint.errors.length === 0) props.onDone();
  }
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor={`${prefix}-practice`}>{t.practiceAgreed}</label>
      <textarea id={`${prefix}-practice`} rows={3} value={practiceAgreed} onChange={(e) => setPractice(e.target.value)} />
      <label htmlFor={`${prefix}-notes`}>{t.notes}</label>
      <textarea id={`${prefix}-notes`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <label htmlFor={`${prefix}-feedback`}>{t.feedbackToLeader}</label>
      <textarea id={`${prefix}-feedback`} rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
      {props.kind === "AFTER" &&
        props.goals.map((goal) => (
          <div key={goal.id} className="stack">
            <label htmlFor={`${prefix}-rating-${goal.id}`}>{t.attainment(goal.title)}</label>
            <select id={`${prefix}-rating-${goal.id}`} value={ratings[goal.id] ?? ""} onChange={(e) => setRatings({ ...ratings, [goal.id]: e.target.value })}>
              <option value="">–</option>
              {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </div>
        ))}
      {state.data?.completeCheckpoint.errors.map((e) => <p key={e.code} role="alert" className="error">{e.message}</p>)}
      <button type="submit" disabled={state.fetching}>{t.holdCheckpoint}</button>
    </form>
  );
}

/** The chosen goal-attainment ratings (1-5) as the API takes them; unrated goals are left out. */
export function ratingsOf(chosen: Record<string, string>): { developmentGoalId: string; rating: number }[] {
  return Object.entries(chosen)
    .filter(([, value]) => /^[1-5]$/.test(value))
    .map(([developmentGoalId, value]) => ({ developmentGoalId, rating: Number(value) }));
}
