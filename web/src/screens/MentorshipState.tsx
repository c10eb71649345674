// Where a mentorship stands and what its participant may do about it:
// accept or decline a proposed one; pause, resume, complete or cancel a
// running one (each confirmed first); the mentee's self-assessments and
// either's final evaluation. Loaded with the mentorship's page.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  AcceptMentorshipMutation,
  ChangeMentorshipStatusMutation,
  DeclineMentorshipMutation,
  MentorshipStateQuery,
  SubmitAssessmentMutation,
} from "../api/mentoring";
import { formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";
import { assessmentKinds, mayAnswer, ratingsInput, statusChanges, tagOf, type AssessmentKind, type Change, type Role, type Status } from "./mentorshipActions";

const TEXT = {
  DA: {
    status: "Status",
    waitingForOther: "Du har sagt ja. Forløbet starter, når den anden også siger ja.",
    proposed: "Du er foreslået til dette mentorforløb. Vil du være med?",
    accept: "Sig ja til forløbet",
    decline: "Sig nej tak",
    reason: "Begrundelse (valgfri)",
    confirmDecline: "Ja, sig nej tak",
    change: { PAUSED: "Sæt på pause", ACTIVE: "Genoptag", COMPLETED: "Afslut forløbet", CANCELLED: "Aflys forløbet" } as Record<Change, string>,
    confirm: { PAUSED: "Sæt forløbet på pause?", ACTIVE: "Genoptag forløbet?", COMPLETED: "Afslut forløbet nu?", CANCELLED: "Aflys forløbet? Det kan ikke fortrydes." } as Record<Change, string>,
    yes: "Ja",
    no: "Fortryd",
    done: "Gemt",
    assessments: "Vurderinger",
    noAssessments: "Ingen vurderinger endnu.",
    kind: { START_SELF: "Selvvurdering ved start", END_SELF: "Selvvurdering ved afslutning", MENTEE_EVALUATION: "Din evaluering af forløbet", MENTOR_EVALUATION: "Mentors evaluering af forløbet" } as Record<AssessmentKind, string>,
    kindShown: { START_SELF: "Mentees selvvurdering ved start", END_SELF: "Mentees selvvurdering ved afslutning", MENTEE_EVALUATION: "Mentees evaluering", MENTOR_EVALUATION: "Mentors evaluering" } as Record<AssessmentKind, string>,
    write: "Skriv en vurdering",
    which: "Hvilken vurdering?",
    text: "Din vurdering",
    focus: "Fokusområde",
    rating: (n: number) => `Vurdering af fokusområde ${n} (1 = ikke endnu, 5 = fuldt ud)`,
    addFocus: "Tilføj fokusområde",
    submit: "Gem vurderingen",
  },
  EN: {
    status: "Status",
    waitingForOther: "You have said yes. The mentorship starts when the other says yes too.",
    proposed: "You have been proposed for this mentorship. Will you take part?",
    accept: "Accept the mentorship",
    decline: "Decline",
    reason: "Reason (optional)",
    confirmDecline: "Yes, decline",
    change: { PAUSED: "Pause", ACTIVE: "Resume", COMPLETED: "Complete the mentorship", CANCELLED: "Cancel the mentorship" } as Record<Change, string>,
    confirm: { PAUSED: "Pause the mentorship?", ACTIVE: "Resume the mentorship?", COMPLETED: "Complete the mentorship now?", CANCELLED: "Cancel the mentorship? This cannot be undone." } as Record<Change, string>,
    yes: "Yes",
    no: "Go back",
    done: "Saved",
    assessments: "Assessments",
    noAssessments: "No assessments yet.",
    kind: { START_SELF: "Self-assessment at the start", END_SELF: "Self-assessment at the end", MENTEE_EVALUATION: "Your evaluation of the mentorship", MENTOR_EVALUATION: "The mentor's evaluation of the mentorship" } as Record<AssessmentKind, string>,
    kindShown: { START_SELF: "The mentee's self-assessment at the start", END_SELF: "The mentee's self-assessment at the end", MENTEE_EVALUATION: "The mentee's evaluation", MENTOR_EVALUATION: "The mentor's evaluation" } as Record<AssessmentKind, string>,
    write: "Write an assessment",
    which: "Which assessment?",
    text: "Your assessment",
    focus: "Focus area",
    rating: (n: number) => `Rating of focus area ${n} (1 = not yet, 5 = fully)`,
    addFocus: "Add a focus area",
    submit: "Save the assessment",
  },
};

type Text = (typeof TEXT)["DA"];
type UserError = { code: string; message: string };

function Errors({ errors }: { errors?: UserError[] }) {
  return <>{errors?.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}</>;
}

export default function MentorshipState({ id, onChange }: { id: string; onChange?: () => void }) {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data }, refetch] = useQuery({ query: MentorshipStateQuery, variables: { id } });
  const mentorship = data?.node?.__typename === "Mentorship" ? data.node : null;
  if (!mentorship) return null;
  const status = mentorship.status as Status;
  const role = mentorship.viewerRole as Role;
  const reload = () => {
    refetch({ requestPolicy: "network-only" });
    onChange?.();
  };
  const accepted = { mentor: !!mentorship.mentorAcceptedAt, mentee: !!mentorship.menteeAcceptedAt };
  const iAccepted = role === "MENTOR" ? accepted.mentor : accepted.mentee;
  return (
    <>
      <section aria-labelledby="mentorship-status" className="stack">
        <h2 id="mentorship-status">{t.status}</h2>
        <p role="status">{common.mentorshipStatus[status] ?? status}</p>
        {status === "PROPOSED" && iAccepted && <p>{t.waitingForOther}</p>}
        {mayAnswer(status, role, accepted) && <Answer id={id} t={t} onDone={reload} />}
        {statusChanges(status).length > 0 && <Changes id={id} t={t} changes={statusChanges(status)} onDone={reload} />}
      </section>
      <section aria-labelledby="assessments">
        <h2 id="assessments">{t.assessments}</h2>
        {mentorship.assessments.length === 0 && <p>{t.noAssessments}</p>}
        <ul className="cards">
          {mentorship.assessments.map((a) => (
            <li key={a.kind} className="card">
              <h3>{t.kindShown[a.kind as AssessmentKind]}</h3>
              <p className="meta">{formatDateTime(a.updatedAt, language)}</p>
              {a.text && <p>{a.text}</p>}
              {a.ratings.length > 0 && (
                <ul className="list">
                  {a.ratings.map((r) => <li key={r.key}>{tagOf(r.key)}: {r.value}/5</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {assessmentKinds(status, role).length > 0 && (
          <Assess
            id={id}
            t={t}
            kinds={assessmentKinds(status, role)}
            tags={[...new Set(mentorship.assessments.flatMap((a) => a.ratings.map((r) => tagOf(r.key))))]}
            onDone={reload}
          />
        )}
      </section>
    </>
  );
}

function Answer({ id, t, onDone }: { id: string; t: Text; onDone: () => void }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [acceptState, accept] = useMutation(AcceptMentorshipMutation);
  const [declineState, decline] = useMutation(DeclineMentorshipMutation);
  async function yes() {
    const result = await accept({ input: { mentorshipId: id, clientMutationId: crypto.randomUUID() } });
    if (result.data?.acceptMentorship.errors.length === 0) onDone();
  }
  async function no(event: FormEvent) {
    event.preventDefault();
    const result = await decline({ input: { mentorshipId: id, reason, clientMutationId: crypto.randomUUID() } });
    if (result.data?.declineMentorship.errors.length === 0) onDone();
  }
  return (
    <div className="stack">
      <p>{t.proposed}</p>
      <Errors errors={[...(acceptState.data?.acceptMentorship.errors ?? []), ...(declineState.data?.declineMentorship.errors ?? [])]} />
      {!declining ? (
        <>
          <button type="button" onClick={yes} disabled={acceptState.fetching}>{t.accept}</button>
          <button type="button" className="secondary" onClick={() => setDeclining(true)}>{t.decline}</button>
        </>
      ) : (
        <form onSubmit={no} className="stack" aria-label={t.decline}>
          <label htmlFor="decline-reason">{t.reason}</label>
          <textarea id="decline-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" disabled={declineState.fetching}>{t.confirmDecline}</button>
          <button type="button" className="secondary" onClick={() => setDeclining(false)}>{t.no}</button>
        </form>
      )}
    </div>
  );
}

function Changes({ id, t, changes, onDone }: { id: string; t: Text; changes: Change[]; onDone: () => void }) {
  const [asking, setAsking] = useState<Change | null>(null);
  const [state, change] = useMutation(ChangeMentorshipStatusMutation);
  async function confirm() {
    if (!asking) return;
    const result = await change({ input: { mentorshipId: id, status: asking, clientMutationId: crypto.randomUUID() } });
    if (result.data?.changeMentorshipStatus.errors.length === 0) {
      setAsking(null);
      onDone();
    }
  }
  return (
    <div className="stack">
      <Errors errors={state.data?.changeMentorshipStatus.errors} />
      {asking ? (
        <div role="group" aria-labelledby="confirm-change" className="stack">
          <p id="confirm-change"><strong>{t.confirm[asking]}</strong></p>
          <button type="button" onClick={confirm} disabled={state.fetching}>{t.yes}</button>
          <button type="button" className="secondary" onClick={() => setAsking(null)}>{t.no}</button>
        </div>
      ) : (
        changes.map((c) => (
          <button key={c} type="button" className="secondary" onClick={() => setAsking(c)}>{t.change[c]}</button>
        ))
      )}
    </div>
  );
}

function Assess(props: { id: string; t: Text; kinds: AssessmentKind[]; tags: string[]; onDone: () => void }) {
  const { t } = props;
  const [kind, setKind] = useState<AssessmentKind>(props.kinds[0]);
  const [text, setText] = useState("");
  const [rows, setRows] = useState(() => (props.tags.length ? props.tags : [""]).map((tag) => ({ tag, value: 3 })));
  const [saved, setSaved] = useState(false);
  const [state, submit] = useMutation(SubmitAssessmentMutation);
  const chosen = props.kinds.includes(kind) ? kind : props.kinds[0];
  async function send(event: FormEvent) {
    event.preventDefault();
    const result = await submit({ input: { mentorshipId: props.id, kind: chosen, text, ratings: ratingsInput(rows), clientMutationId: crypto.randomUUID() } });
    if (result.data?.submitMentorshipAssessment.errors.length === 0) {
      setText("");
      setSaved(true);
      props.onDone();
    }
  }
  const edit = (index: number, change: Partial<{ tag: string; value: number }>) => {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
    setSaved(false);
  };
  return (
    <form onSubmit={send} className="stack" aria-labelledby="assess">
      <h3 id="assess">{t.write}</h3>
      <label htmlFor="assess-kind">{t.which}</label>
      <select id="assess-kind" value={chosen} onChange={(e) => setKind(e.target.value as AssessmentKind)}>
        {props.kinds.map((k) => <option key={k} value={k}>{t.kind[k]}</option>)}
      </select>
      {rows.map((row, i) => (
        <div key={i} className="stack">
          <label htmlFor={`focus-${i}`}>{t.focus} {i + 1}</label>
          <input id={`focus-${i}`} value={row.tag} onChange={(e) => edit(i, { tag: e.target.value })} />
          <label htmlFor={`focus-value-${i}`}>{t.rating(i + 1)}</label>
          <select id={`focus-value-${i}`} value={row.value} onChange={(e) => edit(i, { value: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => setRows([...rows, { tag: "", value: 3 }])}>{t.addFocus}</button>
      <label htmlFor="assess-text">{t.text}</label>
      <textarea id="assess-text" rows={4} value={text} onChange={(e) => { setText(e.target.value); setSaved(false); }} />
      <Errors errors={state.data?.submitMentorshipAssessment.errors} />
      <p role="status">{saved ? t.done : ""}</p>
      <button type="submit" disabled={state.fetching}>{t.submit}</button>
    </form>
  );
}
