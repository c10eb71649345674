// 360: the leader nominates raters (people of the directory, a partner by
// address), opens their own self-assessment, reads their report with charts
// and the PDF; the manager approves nominations and reads a direct report's
// report. Loaded only when opened.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  ApproveNominationsMutation,
  DirectoryQuery,
  EvaluationQuery,
  MyMentorQuery,
  NominateMutation,
  OpenMyRaterFormMutation,
  ShareReportMutation,
  SubmitNominationsMutation,
  TasksQuery,
  WithdrawNominationMutation,
} from "../api/evaluations";
import type { AppEvaluationQuery } from "../gql/graphql";
import { formatDateTime, type Language } from "../i18n/format";
import { describeBars, placeBars } from "../ui/chart";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { shareChoices, type SharedPerson } from "./reportSharing";

const TEXT = {
  DA: {
    title: "360-evaluering",
    tasks: "Det venter på dig",
    noTasks: "Intet venter lige nu.",
    mine: "Mine evalueringer",
    task: {
      NOMINATE_RATERS: "Vælg bedømmere",
      APPROVE_NOMINATIONS: "Godkend bedømmere",
      GIVE_SELF_ASSESSMENT: "Udfyld din selvevaluering",
      GIVE_MANAGER_ASSESSMENT: "Udfyld din vurdering som leder",
      RATE_OTHER: "Udfyld en 360-evaluering",
      READ_REPORT: "Læs rapporten",
    } as Record<string, string>,
    group: { SELF: "Selv", MANAGER: "Leder", PEER: "Kollega", DIRECT_REPORT: "Medarbejder", EXTERNAL: "Ekstern", ALL_OTHERS: "Alle andre" } as Record<string, string>,
    state: { NOMINATING: "Du vælger bedømmere", AWAITING_APPROVAL: "Venter på godkendelse", APPROVED: "Godkendt" } as Record<string, string>,
    raters: "Bedømmere",
    responses: "Svar pr. gruppe",
    outside: "Uden for organisationen",
    invited: "Inviteret",
    fromDirectory: "Tilføj en kollega",
    search: "Søg efter navn",
    results: "Søgeresultater",
    add: "Tilføj",
    external: "Tilføj en ekstern bedømmer",
    name: "Navn",
    email: "E-mail",
    submit: "Send til godkendelse",
    reject: (name: string) => `Afvis ${name}`,
    approve: "Godkend bedømmere",
    approved: "Bedømmerne er godkendt",
    openForm: "Åbn din selvevaluering",
    report: "Rapport",
    pdf: "Hent rapporten som PDF",
    answers: (n: number) => `${n} svar`,
    pending: "Rapporten er ikke klar endnu.",
    progress: (invited: number, enough: boolean) => `${invited} inviteret · ${enough ? "nok svar" : "ikke nok svar endnu"}`,
    withdraw: (name: string) => `Træk tilbage ${name}`,
    withdrawShort: "Træk tilbage",
    withdrawn: (name: string) => `${name} er ikke længere nomineret.`,
    share: "Del rapporten",
    shareWith: (name: string) => `Del rapporten med ${name}`,
    stopSharing: (name: string) => `Stop deling med ${name}`,
    shared: (name: string) => `Rapporten er delt med ${name}.`,
    unshared: (name: string) => `Rapporten er ikke længere delt med ${name}.`,
    shareHint: "Din mentor kan læse rapporten, når du deler den. Du kan stoppe delingen igen.",
    sharedWith: (names: string) => `Delt med ${names}`,
    notShared: "Rapporten er ikke delt med nogen.",
  },
  EN: {
    title: "360 evaluation",
    tasks: "Waiting for you",
    noTasks: "Nothing waits right now.",
    mine: "My evaluations",
    task: {
      NOMINATE_RATERS: "Choose raters",
      APPROVE_NOMINATIONS: "Approve raters",
      GIVE_SELF_ASSESSMENT: "Fill in your self-assessment",
      GIVE_MANAGER_ASSESSMENT: "Fill in your assessment as manager",
      RATE_OTHER: "Fill in a 360 evaluation",
      READ_REPORT: "Read the report",
    } as Record<string, string>,
    group: { SELF: "Self", MANAGER: "Manager", PEER: "Peer", DIRECT_REPORT: "Direct report", EXTERNAL: "External", ALL_OTHERS: "All others" } as Record<string, string>,
    state: { NOMINATING: "You choose raters", AWAITING_APPROVAL: "Awaiting approval", APPROVED: "Approved" } as Record<string, string>,
    raters: "Raters",
    responses: "Answers per group",
    outside: "Outside the organisation",
    invited: "Invited",
    fromDirectory: "Add a colleague",
    search: "Search by name",
    results: "Search results",
    add: "Add",
    external: "Add an external rater",
    name: "Name",
    email: "E-mail",
    submit: "Send for approval",
    reject: (name: string) => `Reject ${name}`,
    approve: "Approve raters",
    approved: "The raters are approved",
    openForm: "Open your self-assessment",
    report: "Report",
    pdf: "Download the report as PDF",
    answers: (n: number) => `${n} answers`,
    pending: "The report is not ready yet.",
    progress: (invited: number, enough: boolean) => `${invited} invited · ${enough ? "enough answers" : "not enough answers yet"}`,
    withdraw: (name: string) => `Withdraw ${name}`,
    withdrawShort: "Withdraw",
    withdrawn: (name: string) => `${name} is no longer nominated.`,
    share: "Share the report",
    shareWith: (name: string) => `Share the report with ${name}`,
    stopSharing: (name: string) => `Stop sharing with ${name}`,
    shared: (name: string) => `The report is shared with ${name}.`,
    unshared: (name: string) => `The report is no longer shared with ${name}.`,
    shareHint: "Your mentor can read the report once you share it. You can stop sharing again.",
    sharedWith: (names: string) => `Shared with ${names}`,
    notShared: "The report is not shared with anyone.",
  },
};

type Text = (typeof TEXT)["DA"];

function useText(): [Text, Language] {
  const { language } = useApp();
  return [TEXT[language], language];
}

export function Evaluations() {
  const { t: common } = useApp();
  const [t, language] = useText();
  const [{ data, fetching, error }] = useQuery({ query: TasksQuery, requestPolicy: "cache-and-network" });
  if (!data) return <main id="main"><p role="status">{fetching ? common.loading : error ? common.failed : ""}</p></main>;
  const tasks = data.home.pending360Tasks;
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <section aria-labelledby="tasks">
        <h2 id="tasks">{t.tasks}</h2>
        {tasks.length === 0 ? (
          <p>{t.noTasks}</p>
        ) : (
          <ul className="list">
            {tasks.map((task) => (
              <li key={task.id}>
                <Link href={`/360/${encodeURIComponent(task.evaluationId)}`}>{t.task[task.kind]}: {task.title}</Link>
                {task.dueAt && <span className="meta">{common.due(formatDateTime(task.dueAt, language))}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.myEvaluations.length > 0 && (
        <section aria-labelledby="mine">
          <h2 id="mine">{t.mine}</h2>
          <ul className="list">
            {data.myEvaluations.map((evaluation) => (
              <li key={evaluation.id}>
                <Link href={`/360/${encodeURIComponent(evaluation.id)}`}>{evaluation.cycle.name}</Link>
                <span className="meta">{t.state[evaluation.nominationState]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

export function Evaluation({ id }: { id: string }) {
  const { t: common } = useApp();
  const [t] = useText();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EvaluationQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [notice, setNotice] = useState("");
  const evaluation = data?.node?.__typename === "Evaluation" ? data.node : null;
  if (!evaluation) return <main id="main"><p role="status">{fetching ? common.loading : error ? common.failed : common.notFound}</p></main>;
  const mine = evaluation.leader.membershipId === data?.viewer?.membership.id;
  const reload = () => refetch({ requestPolicy: "network-only" });
  return (
    <main id="main">
      <h1>{evaluation.cycle.name}: {evaluation.leader.name}</h1>
      <p className="meta">{t.state[evaluation.nominationState]}</p>
      <p role="status">{notice}</p>
      {mine ? (
        <>
          <Nominations evaluation={evaluation} onChange={reload} />
          <OpenOwnForm evaluationId={evaluation.id} />
        </>
      ) : evaluation.nominationState === "AWAITING_APPROVAL" ? (
        <Approval evaluation={evaluation} onDone={() => { setNotice(t.approved); reload(); }} />
      ) : (
        <RaterList nominations={evaluation.nominations} />
      )}
      <section aria-labelledby="progress">
        <h2 id="progress">{t.responses}</h2>
        <ul className="list">
          {evaluation.progress.map((group) => (
            <li key={group.group}>{t.group[group.group]}<span className="meta">{t.progress(group.invited, group.enoughAnswers)}</span></li>
          ))}
        </ul>
      </section>
      <Report report={evaluation.report} />
      {mine && evaluation.report?.status === "READY" && <ShareReport evaluationId={evaluation.id} sharedWith={evaluation.sharedWith ?? []} />}
    </main>
  );
}

type EvaluationData = Extract<NonNullable<AppEvaluationQuery["node"]>, { __typename: "Evaluation" }>;
type Nomination = EvaluationData["nominations"][number];

function RaterList({ nominations, onWithdraw }: { nominations: Nomination[]; onWithdraw?: (n: Nomination) => void }) {
  const [t] = useText();
  return (
    <ul className="list" aria-label={t.raters}>
      {nominations.map((n) => (
        <li key={n.id}>
          {n.raterName} <span className="meta">{t.group[n.group]}{n.outsideDirectory ? ` · ${t.outside}` : ""}{n.invited ? ` · ${t.invited}` : ""}</span>
          {onWithdraw && n.status === "PROPOSED" && (
            <button type="button" className="secondary" aria-label={t.withdraw(n.raterName)} onClick={() => onWithdraw(n)}>{t.withdrawShort}</button>
          )}
        </li>
      ))}
    </ul>
  );
}

function Nominations({ evaluation, onChange }: { evaluation: EvaluationData; onChange: () => void }) {
  const [t] = useText();
  const [search, setSearch] = useState("");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [{ data: found }] = useQuery({ query: DirectoryQuery, variables: { search }, pause: search.trim().length < 2 });
  const [nominateState, nominate] = useMutation(NominateMutation);
  const [submitState, submit] = useMutation(SubmitNominationsMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawNominationMutation);
  const [withdrawn, setWithdrawn] = useState("");
  const editable = evaluation.nominationState === "NOMINATING";
  async function takeBack(nomination: Nomination) {
    setWithdrawn("");
    const result = await withdraw({ input: { nominationId: nomination.id, clientMutationId: crypto.randomUUID() } });
    if (result.data?.withdrawNomination.errors.length !== 0) return;
    setWithdrawn(t.withdrawn(nomination.raterName));
    onChange();
  }
  async function add(nominee: { group: "PEER" | "EXTERNAL"; membershipId?: string; name?: string; email?: string }) {
    const result = await nominate({ input: { evaluationId: evaluation.id, nominees: [nominee], clientMutationId: crypto.randomUUID() } });
    if (result.data?.nominateRaters.errors.length !== 0) return;
    // Clear only the form that added: the other may be half typed.
    if (nominee.group === "EXTERNAL") {
      setName("");
      setEmail("");
    } else setSearch("");
    onChange();
  }
  async function addExternal(event: FormEvent) {
    event.preventDefault();
    await add({ group: "EXTERNAL", name, email });
  }
  async function send() {
    const result = await submit({ input: { evaluationId: evaluation.id, clientMutationId: crypto.randomUUID() } });
    if (result.data?.submitNominations.errors.length === 0) onChange();
  }
  const errors = [...(nominateState.data?.nominateRaters.errors ?? []), ...(submitState.data?.submitNominations.errors ?? [])];
  return (
    <section aria-labelledby="nominations">
      <h2 id="nominations">{t.raters}</h2>
      <RaterList nominations={evaluation.nominations} onWithdraw={evaluation.nominationState === "APPROVED" ? undefined : takeBack} />
      {withdrawState.data?.withdrawNomination.errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
      <p role="status">{withdrawn}</p>
      {editable && (
        <>
          <div className="stack">
            <label htmlFor="directory-search">{t.fromDirectory}</label>
            <input id="directory-search" type="search" placeholder={t.search} value={search} onChange={(e) => setSearch(e.target.value)} />
            <ul className="list" aria-label={t.results}>
              {search.trim().length >= 2 &&
                found?.people.nodes.map((person) => (
                  <li key={person.id}>
                    {person.name} <span className="meta">{person.membership.jobTitle}</span>
                    <button type="button" className="secondary" aria-label={`${t.add} ${person.name}`} onClick={() => add({ group: "PEER", membershipId: person.membership.id })}>{t.add}</button>
                  </li>
                ))}
            </ul>
          </div>
          <form onSubmit={addExternal} className="stack" aria-labelledby="external">
            <h3 id="external">{t.external}</h3>
            <label htmlFor="external-name">{t.name}</label>
            <input id="external-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            <label htmlFor="external-email">{t.email}</label>
            <input id="external-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
            <button type="submit" className="secondary" disabled={nominateState.fetching}>{t.add}</button>
          </form>
          {errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
          <button type="button" onClick={send} disabled={submitState.fetching || evaluation.nominations.length === 0}>{t.submit}</button>
        </>
      )}
    </section>
  );
}

function Approval({ evaluation, onDone }: { evaluation: EvaluationData; onDone: () => void }) {
  const [t] = useText();
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [state, approve] = useMutation(ApproveNominationsMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await approve({ input: { evaluationId: evaluation.id, rejectedNominationIds: [...rejected], clientMutationId: crypto.randomUUID() } });
    if (result.data?.approveNominations.errors.length === 0) onDone();
  }
  const proposed = evaluation.nominations.filter((n) => n.status === "PROPOSED");
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="approval">
      <h2 id="approval">{t.approve}</h2>
      <ul className="list">
        {proposed.map((n) => (
          <li key={n.id}>
            <strong>{n.raterName}</strong> <span className="meta">{t.group[n.group]} · {n.raterEmail}</span>
            {n.outsideDirectory && <span className="badge">{t.outside}</span>}
            <label className="check">
              <input type="checkbox" checked={rejected.has(n.id)} onChange={(e) => {
                const next = new Set(rejected);
                if (e.target.checked) next.add(n.id);
                else next.delete(n.id);
                setRejected(next);
              }} />
              {t.reject(n.raterName)}
            </label>
          </li>
        ))}
      </ul>
      {state.data?.approveNominations.errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
      <button type="submit" disabled={state.fetching}>{t.approve}</button>
    </form>
  );
}

/** Whom the leader's report is shared with, and the one button that applies
 * to each: share with their mentor when it is not, stop sharing with whoever
 * it is shared with. The mutation's answer carries the new list. */
function ShareReport({ evaluationId, sharedWith }: { evaluationId: string; sharedWith: SharedPerson[] }) {
  const [t] = useText();
  const [{ data }] = useQuery({ query: MyMentorQuery });
  const [state, share] = useMutation(ShareReportMutation);
  const [notice, setNotice] = useState("");
  const mentor = data?.myMentorships.nodes.find((m) => m.viewerRole === "MENTEE")?.mentor;
  const { share: offer, stop } = shareChoices(mentor, sharedWith);
  if (!offer && stop.length === 0) return null;
  async function change(person: SharedPerson, shared: boolean) {
    setNotice("");
    const result = await share({ input: { evaluationId, membershipId: person.membershipId, shared, clientMutationId: crypto.randomUUID() } });
    if (result.data?.shareEvaluationReport.errors.length === 0) setNotice(shared ? t.shared(person.name) : t.unshared(person.name));
  }
  return (
    <section aria-labelledby="share" className="stack">
      <h2 id="share">{t.share}</h2>
      <p>{sharedWith.length > 0 ? t.sharedWith(sharedWith.map((p) => p.name).join(", ")) : t.notShared}</p>
      {offer && (
        <>
          <p>{t.shareHint}</p>
          <button type="button" onClick={() => change(offer, true)} disabled={state.fetching}>{t.shareWith(offer.name)}</button>
        </>
      )}
      {stop.map((person) => (
        <button key={person.membershipId} type="button" className="secondary" onClick={() => change(person, false)} disabled={state.fetching}>{t.stopSharing(person.name)}</button>
      ))}
      {state.data?.shareEvaluationReport.errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
      <p role="status">{notice}</p>
    </section>
  );
}

function OpenOwnForm({ evaluationId }: { evaluationId: string }) {
  const [t] = useText();
  const [state, open] = useMutation(OpenMyRaterFormMutation);
  async function go() {
    const result = await open({ input: { evaluationId, clientMutationId: crypto.randomUUID() } });
    const url = result.data?.openMyRaterForm.url;
    if (url) location.assign(url);
  }
  return (
    <p>
      <button type="button" className="secondary" onClick={go} disabled={state.fetching}>{t.openForm}</button>
      {state.data?.openMyRaterForm.errors.map((e, i) => <span key={i} role="alert" className="error"> {e.message}</span>)}
    </p>
  );
}

function Report({ report }: { report: EvaluationData["report"] }) {
  const [t, language] = useText();
  if (!report) return null;
  return (
    <section aria-labelledby="report">
      <h2 id="report">{t.report}</h2>
      {report.status !== "READY" || !report.figures ? (
        <p>{report.withheldReason ?? t.pending}</p>
      ) : (
        <>
          {report.downloadUrl && <p><a href={report.downloadUrl}>{t.pdf}</a></p>}
          {report.figures.competencies.map((competency) => {
            const bars = placeBars(
              competency.figures.map((f) => ({ label: t.group[f.group], mean: f.mean, count: f.count })),
              200,
              28,
              language,
            );
            const titleId = `c-${competency.competencyId}`;
            return (
              <figure key={competency.competencyId} className="chart">
                <figcaption id={titleId}>{competency.title}</figcaption>
                <svg role="img" aria-label={describeBars(competency.title, bars, t.answers)} viewBox={`0 0 320 ${bars.length * 28}`} width="100%">
                  {bars.map((bar) => (
                    <g key={bar.label} transform={`translate(0 ${bar.y})`}>
                      <text x="0" y="18" fontSize="13">{bar.label}</text>
                      <rect x="90" y="6" width={bar.width} height="16" fill="#1b5e7a" />
                      <text x={96 + bar.width} y="18" fontSize="13">{bar.value}</text>
                    </g>
                  ))}
                </svg>
              </figure>
            );
          })}
        </>
      )}
    </section>
  );
}
