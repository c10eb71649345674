// HR's mentoring: mentor profiles and open needs, matching runs (the worker
// computes them) with each proposal's fit and its explanation, and deciding.
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ApproveProposalMutation, MentoringQuery, RejectProposalMutation, StartMatchingRunMutation } from "../../api/hr";
import { Field, GeneralErrors, newId, Notice, usePlaced } from "../../hr/ui";
import { formatDateTime, formatNumber, formatPercent } from "../../i18n/format";
import { useApp } from "../../ui/context";
import { HrNav } from "./HrNav";
import { MentorProfileForm } from "./HrMentorProfileForm";
import { mentoringText } from "./mentoringText";

const WEIGHTS = ["focus", "experience", "language", "location", "area"] as const;
type Weight = (typeof WEIGHTS)[number];

export default function HrMentoring() {
  const { language } = useApp();
  const t = mentoringText(language);
  const [{ data, fetching }, refetch] = useQuery({ query: MentoringQuery, requestPolicy: "cache-and-network" });
  const [notice, setNotice] = useState("");
  const [weights, setWeights] = useState<Record<Weight, number>>({ focus: 4, experience: 1, language: 2, location: 1, area: 1 });
  const [sharedPool, setSharedPool] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [startState, start] = useMutation(StartMatchingRunMutation);
  const [approveState, approve] = useMutation(ApproveProposalMutation);
  const [rejectState, reject] = useMutation(RejectProposalMutation);
  const runs = data?.matchingRuns.nodes ?? [];
  // The run just started, until the list has it: the list still shows the
  // one before, whose status ("Færdig") must not pass for the new run's.
  const [startedId, setStartedId] = useState<string | null>(null);
  const awaitingStarted = startedId !== null && !runs.some((r) => r.id === startedId);
  const running = awaitingStarted || runs.some((r) => r.status === "PENDING" || r.status === "RUNNING");
  const reload = () => refetch({ requestPolicy: "network-only" });
  // While the worker computes a run, ask again every two seconds.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 2000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);
  const placed = usePlaced(startState.data?.startMatchingRun.errors, [...WEIGHTS.map((w) => `weights.${w}`), "weights", "useSharedPool"]);
  async function onStart(event: FormEvent) {
    event.preventDefault();
    const result = await start({ input: { weights, useSharedPool: sharedPool, clientMutationId: newId() } });
    if (result.data?.startMatchingRun.errors.length === 0) {
      setStartedId(result.data.startMatchingRun.run?.id ?? null);
      setNotice(t.started);
      reload();
    }
  }
  async function decide(id: string, approved: boolean, name: string) {
    const input = { proposalId: id, clientMutationId: newId() };
    const result = approved ? await approve({ input }) : await reject({ input });
    const errors = approved ? result.data && "approveMatchProposal" in result.data ? result.data.approveMatchProposal.errors : [] : result.data && "rejectMatchProposal" in result.data ? result.data.rejectMatchProposal.errors : [];
    if (result.data && errors.length === 0) {
      setNotice(approved ? t.approved(name) : t.rejected(name));
      reload();
    }
  }
  const decideErrors = [...(approveState.data?.approveMatchProposal.errors ?? []), ...(rejectState.data?.rejectMatchProposal.errors ?? [])].map((e) => e.message);
  const latest = awaitingStarted ? undefined : runs[0];
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.title}</h1>
      {!data && fetching && <p role="status">{t.loading}</p>}
      {notice && <Notice text={notice} />}
      <section aria-labelledby="run">
        <h2 id="run">{t.newRun}</h2>
        <p>{t.runHelp}</p>
        <form onSubmit={onStart} className="stack">
          <div className="inline-form">
            {WEIGHTS.map((w) => (
              <Field key={w} id={`weight-${w}`} label={t.weights[w]} errors={placed.byField[`weights.${w}`]}>
                <input type="number" min={0} step={0.5} value={weights[w]} onChange={(e) => setWeights({ ...weights, [w]: Number(e.target.value) })} />
              </Field>
            ))}
          </div>
          <label className="check">
            <input type="checkbox" checked={sharedPool} onChange={(e) => setSharedPool(e.target.checked)} />
            {t.sharedPool}
          </label>
          <GeneralErrors messages={[...placed.general, ...(placed.byField.weights ?? []), ...(placed.byField.useSharedPool ?? [])]} />
          <button type="submit" disabled={startState.fetching || running}>{running ? t.running : t.start}</button>
        </form>
      </section>
      {awaitingStarted && <p role="status">{t.runStatus.PENDING}</p>}
      {latest && (
        <section aria-labelledby="latest">
          <h2 id="latest">{t.latestRun(formatDateTime(latest.createdAt, language))}</h2>
          <p role="status">
            {t.runStatus[latest.status]}
            {latest.result ? ` · ${t.result(latest.result.matched, latest.result.mentees, latest.result.unmatched)}` : ""}
          </p>
          {latest.error && <p className="error">{latest.error}</p>}
          <GeneralErrors messages={decideErrors} />
          <ul className="cards" aria-label={t.proposals}>
            {latest.proposals.nodes.map((p) => {
              const mentee = p.mentee?.name ?? t.unknown;
              const mentor = p.mentor?.name ?? t.unknown;
              return (
                <li key={p.id} className="card">
                  <h3>{t.pair(mentee, mentor)}</h3>
                  <p className="meta">{t.fit(formatPercent(p.fit * 100, language))} · {t.proposalStatus[p.status] ?? p.status}</p>
                  <p>{p.explanation.text}</p>
                  {p.status === "PROPOSED" && (
                    <div className="actions">
                      <button type="button" onClick={() => decide(p.id, true, mentee)}>{t.approve(mentee, mentor)}</button>
                      <button type="button" className="secondary" onClick={() => decide(p.id, false, mentee)}>{t.reject(mentee, mentor)}</button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="columns">
        <section aria-labelledby="mentors">
          <h2 id="mentors">{t.mentors(data?.mentorProfiles.nodes.length ?? 0)}</h2>
          <table className="table">
            <caption className="visually-hidden">{t.mentorsCaption}</caption>
            <thead><tr><th scope="col">{t.name}</th><th scope="col">{t.places}</th><th scope="col">{t.focus}</th><th scope="col"><span className="visually-hidden">{t.editShort}</span></th></tr></thead>
            <tbody>
              {(data?.mentorProfiles.nodes ?? []).map((m) => (
                <tr key={m.id}>
                  <td>{m.person?.name}<br /><span className="meta">{m.person?.jobTitle}{m.isAvailable ? "" : ` · ${t.unavailable}`}</span></td>
                  <td>{t.taken(formatNumber(m.takenPlaces, language), formatNumber(m.capacity, language))}</td>
                  <td>{m.tags.join(", ")}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setEditing(m.id)} aria-label={t.edit(m.person?.name ?? t.unknown)}>{t.editShort}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {(data?.mentorProfiles.nodes ?? []).filter((m) => m.id === editing).map((m) => (
            <MentorProfileForm
              key={m.id}
              profile={m}
              onCancel={() => setEditing(null)}
              onDone={(name) => { setEditing(null); setNotice(t.saved(name)); reload(); }}
            />
          ))}
        </section>
        <section aria-labelledby="needs">
          <h2 id="needs">{t.needs(data?.mentoringNeeds.nodes.length ?? 0)}</h2>
          <table className="table">
            <caption className="visually-hidden">{t.needsCaption}</caption>
            <thead><tr><th scope="col">{t.name}</th><th scope="col">{t.focus}</th><th scope="col">{t.area}</th></tr></thead>
            <tbody>
              {(data?.mentoringNeeds.nodes ?? []).map((n) => (
                <tr key={n.id}>
                  <td>{n.person?.name}<br /><span className="meta">{n.person?.jobTitle}</span></td>
                  <td>{n.tags.join(", ")}</td>
                  <td>{n.area}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </main>
  );
}
