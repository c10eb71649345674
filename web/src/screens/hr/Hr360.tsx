// HR's 360: competency frameworks (list, create, publish) and evaluation
// cycles from creation to close, with response rates as far as the
// anonymity rules let the API give them, reminders and reports' status.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  AddLeadersMutation,
  ChangeDeadlineMutation,
  CloseCycleMutation,
  CreateCycleMutation,
  CreateFrameworkMutation,
  CycleQuery,
  CyclesQuery,
  FrameworksQuery,
  InviteRatersMutation,
  LeadersQuery,
  OpenCycleMutation,
  PublishFrameworkMutation,
} from "../../api/hr";
import { formatDate, formatDateTime, formatNumber } from "../../i18n/format";
import { rateCell } from "../../hr/rates";
import { useApp } from "../../ui/context";
import { Link } from "../../ui/Link";
import { navigate } from "../../ui/router";
import { hrText } from "./text";
import { HrNav } from "./HrNav";
import { ReminderDaysForm, RemindNowButton } from "./Hr360Reminders";
import { FrameworkVersionForm } from "./Hr360Versions";
import { QuestionnaireForm } from "./Hr360Questionnaire";
import { dayAt, dayFromNow, Field, GeneralErrors, newId, Notice, usePlaced } from "../../hr/ui";

export default function Hr360() {
  const { language } = useApp();
  const t = hrText(language);
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.evaluations.title}</h1>
      <Cycles />
      <Frameworks />
    </main>
  );
}

function Frameworks() {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [{ data }, refetch] = useQuery({ query: FrameworksQuery });
  const [publishState, publish] = useMutation(PublishFrameworkMutation);
  const frameworks = data?.competencyFrameworks.nodes ?? [];
  const [notice, setNotice] = useState("");
  const [versionOf, setVersionOf] = useState<string | null>(null);
  async function onPublish(id: string) {
    const result = await publish({ input: { id, clientMutationId: newId() } });
    if (result.data?.publishCompetencyFramework.errors.length === 0) {
      setNotice(t.frameworkPublished);
      refetch({ requestPolicy: "network-only" });
    }
  }
  const publishErrors = publishState.data?.publishCompetencyFramework.errors.map((e) => e.message) ?? [];
  return (
    <section aria-labelledby="frameworks">
      <h2 id="frameworks">{t.frameworks}</h2>
      {notice && <Notice text={notice} />}
      <GeneralErrors messages={publishErrors} />
      <ul className="list">
        {frameworks.map((f) => (
          <li key={f.id} className="card">
            <h3>{f.name} <span className="meta">{t.version(f.version)}</span></h3>
            <p className="meta">
              {f.status === "PUBLISHED" && f.publishedAt ? t.publishedOn(formatDate(f.publishedAt, language)) : t.draft}
              {" · "}{t.competencyCount(f.competencies.length)}
            </p>
            {f.status === "DRAFT" && (
              <button type="button" onClick={() => onPublish(f.id)}>{t.publishFramework(f.name)}</button>
            )}
            {f.status === "PUBLISHED" && (
              <button type="button" className="secondary" aria-expanded={versionOf === f.id} onClick={() => setVersionOf(versionOf === f.id ? null : f.id)}>
                {t.newVersion(`${f.name} (${t.version(f.version)})`)}
              </button>
            )}
            {versionOf === f.id && (
              <FrameworkVersionForm
                frameworkId={f.id}
                name={`${f.name} (${t.version(f.version)})`}
                onCancel={() => setVersionOf(null)}
                onDone={(version) => { setVersionOf(null); setNotice(t.versionCreated(version)); refetch({ requestPolicy: "network-only" }); }}
              />
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t.newFramework}</summary>
        <FrameworkForm onDone={() => { setNotice(t.frameworkCreated); refetch({ requestPolicy: "network-only" }); }} />
      </details>
    </section>
  );
}

const DEFAULT_SCALE = {
  DA: "Slet ikke, I lille grad, I nogen grad, I høj grad, I meget høj grad",
  EN: "Not at all, To a small extent, To some extent, To a large extent, To a very large extent",
};

interface CompetencyDraft {
  titleDa: string;
  titleEn: string;
  itemsDa: string;
  itemsEn: string;
}

function FrameworkForm({ onDone }: { onDone: () => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [family, setFamily] = useState("");
  const [nameDa, setNameDa] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [scaleDa, setScaleDa] = useState(DEFAULT_SCALE.DA);
  const [scaleEn, setScaleEn] = useState(DEFAULT_SCALE.EN);
  const [competencies, setCompetencies] = useState<CompetencyDraft[]>([{ titleDa: "", titleEn: "", itemsDa: "", itemsEn: "" }]);
  const [publishNow, setPublishNow] = useState(false);
  const [state, create] = useMutation(CreateFrameworkMutation);
  const shown = ["family", "nameDa", "nameEn", "scaleLabelsDa", "scaleLabelsEn", ...competencies.map((_, i) => `competencies.${i}`), "competencies"];
  const placed = usePlaced(state.data?.createCompetencyFramework.errors, shown);
  const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
  const list = (text: string) => text.split(",").map((l) => l.trim()).filter(Boolean);
  function change(index: number, patch: Partial<CompetencyDraft>) {
    setCompetencies((old) => old.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  }
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      input: {
        family,
        nameDa,
        nameEn: nameEn || nameDa,
        scaleLabelsDa: list(scaleDa),
        scaleLabelsEn: list(scaleEn),
        competencies: competencies.map((c) => {
          const da = lines(c.itemsDa);
          const en = lines(c.itemsEn);
          return {
            titleDa: c.titleDa,
            titleEn: c.titleEn || c.titleDa,
            items: da.map((text, i) => ({ textDa: text, textEn: en[i] ?? text })),
          };
        }),
        publish: publishNow,
        clientMutationId: newId(),
      },
    });
    if (result.data?.createCompetencyFramework.errors.length === 0) onDone();
  }
  return (
    <form onSubmit={onSubmit} className="stack">
      <Field id="fw-family" label={t.family} hint={t.familyHint} errors={placed.byField.family}>
        <input value={family} onChange={(e) => setFamily(e.target.value)} required />
      </Field>
      <Field id="fw-name-da" label={t.nameDa} errors={placed.byField.nameDa}>
        <input value={nameDa} onChange={(e) => setNameDa(e.target.value)} required />
      </Field>
      <Field id="fw-name-en" label={t.nameEn} errors={placed.byField.nameEn}>
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </Field>
      <Field id="fw-scale-da" label={t.scaleDa} hint={t.scaleHint} errors={placed.byField.scaleLabelsDa}>
        <input value={scaleDa} onChange={(e) => setScaleDa(e.target.value)} />
      </Field>
      <Field id="fw-scale-en" label={t.scaleEn} errors={placed.byField.scaleLabelsEn}>
        <input value={scaleEn} onChange={(e) => setScaleEn(e.target.value)} />
      </Field>
      {competencies.map((c, i) => (
        <fieldset key={i} className="card">
          <legend>{t.competency(i + 1)}</legend>
          <GeneralErrors messages={placed.byField[`competencies.${i}`] ?? []} />
          <Field id={`fw-c${i}-da`} label={t.competencyTitleDa}>
            <input value={c.titleDa} onChange={(e) => change(i, { titleDa: e.target.value })} required />
          </Field>
          <Field id={`fw-c${i}-en`} label={t.competencyTitleEn}>
            <input value={c.titleEn} onChange={(e) => change(i, { titleEn: e.target.value })} />
          </Field>
          <Field id={`fw-c${i}-items-da`} label={t.itemsDa} hint={t.itemsHint}>
            <textarea rows={3} value={c.itemsDa} onChange={(e) => change(i, { itemsDa: e.target.value })} />
          </Field>
          <Field id={`fw-c${i}-items-en`} label={t.itemsEn}>
            <textarea rows={3} value={c.itemsEn} onChange={(e) => change(i, { itemsEn: e.target.value })} />
          </Field>
        </fieldset>
      ))}
      <GeneralErrors messages={placed.byField.competencies ?? []} />
      <button type="button" className="secondary" onClick={() => setCompetencies((old) => [...old, { titleDa: "", titleEn: "", itemsDa: "", itemsEn: "" }])}>
        {t.addCompetency}
      </button>
      <label className="check">
        <input type="checkbox" checked={publishNow} onChange={(e) => setPublishNow(e.target.checked)} />
        {t.publishNow}
      </label>
      <GeneralErrors messages={placed.general} />
      <button type="submit" disabled={state.fetching}>{t.createFramework}</button>
    </form>
  );
}

function Cycles() {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [{ data, fetching }, refetch] = useQuery({ query: CyclesQuery, requestPolicy: "cache-and-network" });
  const cycles = data?.evaluationCycles.nodes ?? [];
  return (
    <section aria-labelledby="cycles">
      <h2 id="cycles">{t.cycles}</h2>
      {!data && fetching && <p role="status">{hrText(language).loading}</p>}
      {data && cycles.length === 0 && <p>{t.noCycles}</p>}
      <table className="table">
        <caption className="visually-hidden">{t.cycles}</caption>
        <thead>
          <tr><th scope="col">{t.name}</th><th scope="col">{t.status}</th><th scope="col">{t.period}</th></tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={c.id}>
              <td><Link href={`/hr/360/cycles/${encodeURIComponent(c.id)}`}>{c.name}</Link></td>
              <td>{t.cycleStatus[c.status]}</td>
              <td>{formatDate(c.opensAt, language)} – {formatDate(c.closedAt ?? c.closesAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t.newCycle}</summary>
        <CycleForm onDone={() => refetch({ requestPolicy: "network-only" })} />
      </details>
    </section>
  );
}

function CycleForm({ onDone }: { onDone: () => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [{ data }] = useQuery({ query: FrameworksQuery });
  const published = (data?.competencyFrameworks.nodes ?? []).filter((f) => f.status === "PUBLISHED");
  const [name, setName] = useState("");
  const [frameworkId, setFrameworkId] = useState("");
  const [opens, setOpens] = useState(dayFromNow(1));
  const [closes, setCloses] = useState(dayFromNow(22));
  const [reminders, setReminders] = useState("7, 2");
  const [purpose, setPurpose] = useState<"BASELINE" | "FOLLOW_UP">("BASELINE");
  const [state, create] = useMutation(CreateCycleMutation);
  const placed = usePlaced(state.data?.createEvaluationCycle.errors, ["name", "frameworkId", "opensAt", "closesAt", "reminderDaysBeforeClose", "purpose", "baselineCycleId"]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      input: {
        name,
        frameworkId: frameworkId || published[0]?.id || "",
        opensAt: dayAt(opens, 8) ?? opens,
        closesAt: dayAt(closes, 16) ?? closes,
        purpose,
        reminderDaysBeforeClose: reminders.split(",").map((d) => Number(d.trim())).filter((d) => Number.isInteger(d) && d > 0),
        clientMutationId: newId(),
      },
    });
    const cycle = result.data?.createEvaluationCycle.cycle;
    if (cycle && result.data?.createEvaluationCycle.errors.length === 0) {
      onDone();
      navigate(`/hr/360/cycles/${encodeURIComponent(cycle.id)}`);
    }
  }
  return (
    <form onSubmit={onSubmit} className="stack">
      <Field id="cycle-name" label={t.name} errors={placed.byField.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field id="cycle-framework" label={t.framework} errors={placed.byField.frameworkId}>
        <select value={frameworkId || published[0]?.id || ""} onChange={(e) => setFrameworkId(e.target.value)}>
          {published.map((f) => <option key={f.id} value={f.id}>{f.name} ({t.version(f.version)})</option>)}
        </select>
      </Field>
      <Field id="cycle-purpose" label={t.purpose} errors={placed.byField.purpose}>
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as "BASELINE" | "FOLLOW_UP")}>
          <option value="BASELINE">{t.purposes.BASELINE}</option>
          <option value="FOLLOW_UP">{t.purposes.FOLLOW_UP}</option>
        </select>
      </Field>
      <Field id="cycle-opens" label={t.opens} errors={placed.byField.opensAt}>
        <input type="date" value={opens} onChange={(e) => setOpens(e.target.value)} required />
      </Field>
      <Field id="cycle-closes" label={t.closes} errors={placed.byField.closesAt}>
        <input type="date" value={closes} onChange={(e) => setCloses(e.target.value)} required />
      </Field>
      <Field id="cycle-reminders" label={t.reminders} hint={t.remindersHint} errors={placed.byField.reminderDaysBeforeClose}>
        <input value={reminders} onChange={(e) => setReminders(e.target.value)} inputMode="numeric" />
      </Field>
      <GeneralErrors messages={[...placed.general, ...(placed.byField.baselineCycleId ?? [])]} />
      {/* Not before the frameworks are read: the select would send no framework. */}
      <button type="submit" disabled={state.fetching || !data}>{t.createCycle}</button>
    </form>
  );
}

export function HrCycle({ id }: { id: string }) {
  const { language } = useApp();
  const all = hrText(language);
  const t = all.evaluations;
  const [{ data, fetching }, refetch] = useQuery({ query: CycleQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [openState, open] = useMutation(OpenCycleMutation);
  const [closeState, close] = useMutation(CloseCycleMutation);
  const [inviteState, invite] = useMutation(InviteRatersMutation);
  const [notice, setNotice] = useState("");
  const [confirmClose, setConfirmClose] = useState(false);
  const [remindErrors, setRemindErrors] = useState<string[]>([]);
  const cycle = data?.node?.__typename === "EvaluationCycle" ? data.node : null;
  if (!cycle) return <main id="main" className="wide"><HrNav /><p role="status">{fetching ? all.loading : all.notFound}</p></main>;
  const reload = () => refetch({ requestPolicy: "network-only" });
  async function onOpen() {
    const result = await open({ input: { cycleId: id, clientMutationId: newId() } });
    if (result.data?.openEvaluationCycle.errors.length === 0) { setNotice(t.opened); reload(); }
  }
  async function onInvite() {
    const result = await invite({ input: { cycleId: id, clientMutationId: newId() } });
    const payload = result.data?.inviteRaters;
    if (payload && payload.errors.length === 0) { setNotice(t.invited(payload.invited)); reload(); }
  }
  async function onClose() {
    const result = await close({ input: { cycleId: id, clientMutationId: newId() } });
    if (result.data?.closeEvaluationCycle.errors.length === 0) { setNotice(t.closed); setConfirmClose(false); reload(); }
  }
  const actionErrors = [
    ...(openState.data?.openEvaluationCycle.errors ?? []),
    ...(inviteState.data?.inviteRaters.errors ?? []),
    ...(closeState.data?.closeEvaluationCycle.errors ?? []),
  ].map((e) => e.message).concat(remindErrors);
  const rates = cycle.responseRates;
  const evaluations = cycle.evaluations.nodes;
  return (
    <main id="main" className="wide">
      <HrNav />
      <p><Link href="/hr/360">{t.title}</Link></p>
      <h1>{cycle.name}</h1>
      <p>
        <span className="badge">{t.cycleStatus[cycle.status]}</span>{" "}
        {t.purposes[cycle.purpose]} · {cycle.framework ? `${cycle.framework.name} (${t.version(cycle.framework.version)})` : ""}
      </p>
      <dl className="facts">
        <dt>{t.opens}</dt><dd>{formatDateTime(cycle.opensAt, language)}</dd>
        <dt>{cycle.closedAt ? t.closedAt : t.closes}</dt><dd>{formatDateTime(cycle.closedAt ?? cycle.closesAt, language)}</dd>
        <dt>{t.reminders}</dt>
        <dd>{cycle.reminderDaysBeforeClose.length ? t.reminderDays(cycle.reminderDaysBeforeClose) : t.noReminders}</dd>
      </dl>
      {notice && <Notice text={notice} />}
      <GeneralErrors messages={actionErrors} />
      <div className="actions">
        {cycle.status === "PLANNED" && <button type="button" onClick={onOpen} disabled={openState.fetching}>{t.open}</button>}
        {cycle.status === "OPEN" && <button type="button" onClick={onInvite} disabled={inviteState.fetching}>{t.invite}</button>}
        {cycle.status === "OPEN" && <RemindNowButton cycleId={id} onDone={() => setNotice(t.reminded)} onErrors={setRemindErrors} />}
        {cycle.status !== "CLOSED" && !confirmClose && (
          <button type="button" className="secondary" onClick={() => setConfirmClose(true)}>{t.close}</button>
        )}
      </div>
      {confirmClose && (
        <div className="card" role="group" aria-labelledby="confirm-close">
          <p id="confirm-close">{t.closeConfirm}</p>
          <button type="button" onClick={onClose} disabled={closeState.fetching}>{t.closeNow}</button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirmClose(false)}>{all.cancel}</button>
        </div>
      )}
      {cycle.status === "PLANNED" && (
        <QuestionnaireForm
          key={`${cycle.framework?.id ?? ""}:${Object.values(cycle.anonymityPolicy).join(",")}`}
          cycleId={id}
          frameworkId={cycle.framework?.id ?? ""}
          policy={cycle.anonymityPolicy}
          onDone={() => { setNotice(t.questionnaireChanged); reload(); }}
        />
      )}
      {cycle.status !== "CLOSED" && <DeadlineForm cycleId={id} closesAt={cycle.closesAt} onDone={() => { setNotice(t.deadlineMoved); reload(); }} />}
      {cycle.status !== "CLOSED" && (
        <ReminderDaysForm key={cycle.reminderDaysBeforeClose.join(",")} cycleId={id} days={cycle.reminderDaysBeforeClose} onDone={() => { setNotice(t.remindersChanged); reload(); }} />
      )}

      <section aria-labelledby="rates">
        <h2 id="rates">{t.responseRates}</h2>
        <p className="meta">{t.anonymityNote(cycle.anonymityPolicy.allRatersMinimum)}</p>
        <table className="table">
          <caption className="visually-hidden">{t.responseRates}</caption>
          <thead>
            <tr><th scope="col">{t.group}</th><th scope="col">{t.invitedCol}</th><th scope="col">{t.answered}</th><th scope="col">{t.declined}</th></tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.allGroups}</th>
              <td>{formatNumber(rates.invited, language)}</td>
              <td>{rateCell(rates.answered, rates.invited, language, t.hidden)}</td>
              <td>{rateCell(rates.declined, rates.invited, language, t.hidden)}</td>
            </tr>
            {rates.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{t.groups[g.group] ?? g.group}</th>
                <td>{formatNumber(g.invited, language)}</td>
                <td>{rateCell(g.answered, g.invited, language, t.hidden)}</td>
                <td>{rateCell(g.declined, g.invited, language, t.hidden)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="leaders">
        <h2 id="leaders">{t.leaders(evaluations.length)}</h2>
        {cycle.status !== "CLOSED" && <AddLeaders cycleId={id} onDone={(n) => { setNotice(t.leadersAdded(n)); reload(); }} />}
        <table className="table">
          <caption className="visually-hidden">{t.reportsStatus}</caption>
          <thead>
            <tr><th scope="col">{t.leader}</th><th scope="col">{t.nominations}</th><th scope="col">{t.report}</th></tr>
          </thead>
          <tbody>
            {evaluations.map((e) => (
              <tr key={e.id}>
                <td>{e.leader.name}</td>
                <td>{t.nominationState[e.nominationState]}</td>
                <td>{t.reportStatus[e.reportStatus]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

function DeadlineForm({ cycleId, closesAt, onDone }: { cycleId: string; closesAt: string; onDone: () => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [day, setDay] = useState(closesAt.slice(0, 10));
  const [state, change] = useMutation(ChangeDeadlineMutation);
  const placed = usePlaced(state.data?.changeEvaluationCycleDeadline.errors, ["closesAt"]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await change({ input: { cycleId, closesAt: dayAt(day, 16) ?? day, clientMutationId: newId() } });
    if (result.data?.changeEvaluationCycleDeadline.errors.length === 0) onDone();
  }
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <Field id="deadline" label={t.newDeadline} errors={placed.byField.closesAt}>
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
      </Field>
      <GeneralErrors messages={placed.general} />
      <button type="submit" className="secondary" disabled={state.fetching}>{t.moveDeadline}</button>
    </form>
  );
}

function AddLeaders({ cycleId, onDone }: { cycleId: string; onDone: (n: number) => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>([]);
  const [{ data }] = useQuery({ query: LeadersQuery, variables: { search }, pause: search.trim().length < 2 });
  const [state, add] = useMutation(AddLeadersMutation);
  const placed = usePlaced(state.data?.addLeadersToEvaluationCycle.errors, ["leaderIds"]);
  const found = (data?.people.nodes ?? []).filter((p) => !chosen.some((c) => c.id === p.membership.id));
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ input: { cycleId, leaderIds: chosen.map((c) => c.id), clientMutationId: newId() } });
    if (result.data?.addLeadersToEvaluationCycle.errors.length === 0) {
      onDone(chosen.length);
      setChosen([]);
      setSearch("");
    }
  }
  return (
    <form onSubmit={onSubmit} className="stack card">
      <Field id="leader-search" label={t.findLeader} hint={t.findLeaderHint} errors={placed.byField.leaderIds}>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </Field>
      {found.length > 0 && (
        <ul className="list" aria-label={t.searchResults}>
          {found.map((p) => (
            <li key={p.id}>
              <button type="button" className="secondary" onClick={() => setChosen((old) => [...old, { id: p.membership.id, name: p.name }])}>
                {t.choose(p.name)}
              </button>{" "}
              <span className="meta">{p.membership.jobTitle}{p.membership.unit ? `, ${p.membership.unit.name}` : ""}</span>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <ul aria-label={t.chosenLeaders}>
          {chosen.map((c) => <li key={c.id}>{c.name}</li>)}
        </ul>
      )}
      <GeneralErrors messages={placed.general} />
      <button type="submit" disabled={chosen.length === 0 || state.fetching}>{t.addLeaders(chosen.length)}</button>
    </form>
  );
}
