// HR's programmes: the list, and an editor of a programme's draft (modules
// and knowledge/reflection/action activities in Markdown with a preview),
// publishing, versions, archiving, cohorts and enrolments.
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  ArchiveProgrammeMutation,
  CreateCohortMutation,
  ProgrammeCohortsQuery,
  CreateProgrammeMutation,
  EnrolLeaderMutation,
  GoalsQuery,
  LeadersQuery,
  ProgrammeQuery,
  ProgrammesQuery,
  PublishProgrammeMutation,
  UpdateProgrammeMutation,
} from "../../api/hr";
import { placeErrors } from "../../hr/errors";
import { previewMarkdown } from "../../hr/markdown";
import { dayFromNow, Field, GeneralErrors, newId, Notice, usePlaced } from "../../hr/ui";
import { formatDate } from "../../i18n/format";
import { useApp } from "../../ui/context";
import { Link } from "../../ui/Link";
import { navigate } from "../../ui/router";
import { SafeHtml } from "../../ui/SafeHtml";
import { HrNav } from "./HrNav";
import { programmeText } from "./programmeText";

const KINDS = ["KNOWLEDGE", "REFLECTION", "ACTION"] as const;
type Kind = (typeof KINDS)[number];
const AUDIENCES = ["NEW_LEADERS", "EXPERIENCED_LEADERS", "LEADERS_OF_LEADERS", "ALL_LEADERS"] as const;
type Audience = (typeof AUDIENCES)[number];

interface ActivityDraft {
  kind: Kind;
  title: string;
  body: string;
  estimatedMinutes: number;
  dueOffsetDays: number;
  bodyHtml?: string;
}
interface ModuleDraft {
  title: string;
  introduction: string;
  activities: ActivityDraft[];
}
interface ProgrammeDraft {
  title: string;
  description: string;
  audience: Audience;
  goalIds: string[];
  modules: ModuleDraft[];
}

const newModule = (): ModuleDraft => ({
  title: "",
  introduction: "",
  activities: KINDS.map((kind) => ({ kind, title: "", body: "", estimatedMinutes: 15, dueOffsetDays: 7 })),
});

export function HrProgrammes() {
  const { language } = useApp();
  const t = programmeText(language);
  const [{ data, fetching }] = useQuery({ query: ProgrammesQuery, requestPolicy: "cache-and-network" });
  const programmes = data?.programmes.nodes ?? [];
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.title}</h1>
      <p><Link href="/hr/programmes/new" className="button">{t.newProgramme}</Link></p>
      {!data && fetching && <p role="status">{t.loading}</p>}
      <table className="table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr><th scope="col">{t.programme}</th><th scope="col">{t.status}</th><th scope="col">{t.published}</th></tr>
        </thead>
        <tbody>
          {programmes.map((p) => (
            <tr key={p.id}>
              <td><Link href={`/hr/programmes/${encodeURIComponent(p.id)}`}>{p.draft?.title ?? p.currentVersion?.title ?? p.id}</Link></td>
              <td>{t.programmeStatus[p.status]}{p.draft && p.status !== "DRAFT" ? ` · ${t.draftWaiting}` : ""}</td>
              <td>{p.currentVersion ? t.version(p.currentVersion.version) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

export function HrProgramme({ id }: { id: string | null }) {
  const { language } = useApp();
  const t = programmeText(language);
  const [{ data, fetching }, refetch] = useQuery({ query: ProgrammeQuery, variables: { id: id ?? "" }, pause: id === null, requestPolicy: "cache-and-network" });
  // A new programme still needs the goals to choose from.
  const [{ data: goalsOnly }] = useQuery({ query: GoalsQuery, pause: id !== null });
  const programme = data?.node?.__typename === "Programme" ? data.node : null;
  const goals = (data?.goals.nodes ?? goalsOnly?.goals.nodes ?? []).filter((g) => !("status" in g) || g.status === "ACTIVE");
  const [draft, setDraft] = useState<ProgrammeDraft>({ title: "", description: "", audience: "NEW_LEADERS", goalIds: [], modules: [newModule()] });
  const [notice, setNotice] = useState("");
  const [createState, create] = useMutation(CreateProgrammeMutation);
  const [updateState, update] = useMutation(UpdateProgrammeMutation);
  const [publishState, publish] = useMutation(PublishProgrammeMutation);
  const [archiveState, archive] = useMutation(ArchiveProgrammeMutation);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const source = programme?.draft ?? null;
  useEffect(() => {
    if (!source) return;
    setDraft({
      title: source.title,
      description: source.description,
      audience: source.audience as Audience,
      goalIds: source.goals.map((g) => g.id),
      modules: source.modules.map((m) => ({
        title: m.title,
        introduction: m.introduction,
        activities: m.activities.map((a) => ({ kind: a.kind as Kind, title: a.title, body: a.body, estimatedMinutes: a.estimatedMinutes, dueOffsetDays: a.dueOffsetDays, bodyHtml: a.bodyHtml })),
      })),
    });
  }, [source]);
  if (id !== null && !programme) {
    return <main id="main" className="wide"><HrNav /><p role="status">{fetching ? t.loading : t.notFound}</p></main>;
  }
  const saveErrors = (id === null ? createState.data?.createProgramme.errors : updateState.data?.updateProgramme.errors) ?? [];
  const shownFields = ["title", "description", "audience", "goalIds", "modules"];
  draft.modules.forEach((m, i) => {
    shownFields.push(`modules.${i}`, `modules.${i}.title`, `modules.${i}.introduction`);
    m.activities.forEach((_, j) => shownFields.push(`modules.${i}.activities.${j}`, `modules.${i}.activities.${j}.title`, `modules.${i}.activities.${j}.body`));
  });
  const placed = placeErrors(saveErrors, shownFields);
  const input = () => ({
    title: draft.title,
    description: draft.description,
    audience: draft.audience,
    goalIds: draft.goalIds,
    modules: draft.modules.map((m) => ({
      title: m.title,
      introduction: m.introduction,
      activities: m.activities.map((a) => ({ kind: a.kind, title: a.title, body: a.body, estimatedMinutes: a.estimatedMinutes, dueOffsetDays: a.dueOffsetDays })),
    })),
    clientMutationId: newId(),
  });
  async function onSave(event: FormEvent) {
    event.preventDefault();
    setNotice("");
    if (id === null) {
      const result = await create({ input: input() });
      const created = result.data?.createProgramme;
      if (created?.programme && created.errors.length === 0) navigate(`/hr/programmes/${encodeURIComponent(created.programme.id)}`, true);
      return;
    }
    const result = await update({ input: { ...input(), programmeId: id } });
    if (result.data?.updateProgramme.errors.length === 0) {
      setNotice(t.saved);
      refetch({ requestPolicy: "network-only" });
    }
  }
  async function onPublish() {
    if (!id) return;
    const result = await publish({ input: { programmeId: id, clientMutationId: newId() } });
    if (result.data?.publishProgramme.errors.length === 0) {
      setNotice(t.publishedNotice);
      refetch({ requestPolicy: "network-only" });
    }
  }
  async function onArchive() {
    if (!id) return;
    const result = await archive({ input: { programmeId: id, clientMutationId: newId() } });
    if (result.data?.archiveProgramme.errors.length === 0) {
      setConfirmArchive(false);
      setNotice(t.archivedNotice);
      refetch({ requestPolicy: "network-only" });
    }
  }
  const actionErrors = [...(publishState.data?.publishProgramme.errors ?? []), ...(archiveState.data?.archiveProgramme.errors ?? [])].map((e) => e.message);
  const setModule = (i: number, patch: Partial<ModuleDraft>) => setDraft((d) => ({ ...d, modules: d.modules.map((m, k) => (k === i ? { ...m, ...patch } : m)) }));
  const setActivity = (i: number, j: number, patch: Partial<ActivityDraft>) =>
    setModule(i, { activities: draft.modules[i].activities.map((a, k) => (k === j ? { ...a, ...patch } : a)) });
  const archived = programme?.status === "ARCHIVED";
  return (
    <main id="main" className="wide">
      <HrNav />
      <p><Link href="/hr/programmes">{t.title}</Link></p>
      <h1>{id === null ? t.newProgramme : draft.title || t.untitled}</h1>
      {programme && (
        <p>
          <span className="badge">{t.programmeStatus[programme.status]}</span>{" "}
          {programme.currentVersion ? t.liveVersion(programme.currentVersion.version) : t.notPublished}
          {programme.draft && programme.status !== "DRAFT" ? ` · ${t.draftVersion(programme.draft.version)}` : ""}
        </p>
      )}
      {notice && <Notice text={notice} />}
      <GeneralErrors messages={actionErrors} />
      {programme && !archived && (
        <div className="actions">
          {programme.draft && <button type="button" onClick={onPublish} disabled={publishState.fetching}>{t.publish(programme.draft.version)}</button>}
          {!confirmArchive && <button type="button" className="secondary" onClick={() => setConfirmArchive(true)}>{t.archive}</button>}
        </div>
      )}
      {confirmArchive && (
        <div className="card" role="group" aria-labelledby="confirm-archive">
          <p id="confirm-archive">{t.archiveConfirm}</p>
          <button type="button" onClick={onArchive}>{t.archiveNow}</button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirmArchive(false)}>{t.cancel}</button>
        </div>
      )}
      {!archived && (
        <form onSubmit={onSave} className="stack">
          <Field id="pg-title" label={t.programmeTitle} errors={placed.byField.title}>
            <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          </Field>
          <MarkdownField id="pg-description" label={t.description} value={draft.description} errors={placed.byField.description} onChange={(description) => setDraft({ ...draft, description })} />
          <Field id="pg-audience" label={t.audience} errors={placed.byField.audience}>
            <select value={draft.audience} onChange={(e) => setDraft({ ...draft, audience: e.target.value as Audience })}>
              {AUDIENCES.map((a) => <option key={a} value={a}>{t.audiences[a]}</option>)}
            </select>
          </Field>
          <fieldset aria-describedby={placed.byField.goalIds ? "pg-goals-error" : undefined}>
            <legend>{t.goals}</legend>
            {goals.map((g) => (
              <label key={g.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.goalIds.includes(g.id)}
                  onChange={(e) => setDraft({ ...draft, goalIds: e.target.checked ? [...draft.goalIds, g.id] : draft.goalIds.filter((x) => x !== g.id) })}
                />
                {g.title}
              </label>
            ))}
            {placed.byField.goalIds && <p id="pg-goals-error" role="alert" className="error">{placed.byField.goalIds.join(" ")}</p>}
          </fieldset>
          <GeneralErrors messages={placed.byField.modules ?? []} />
          {draft.modules.map((m, i) => (
            <fieldset key={i} className="card module">
              <legend>{t.module(i + 1)}</legend>
              <GeneralErrors messages={placed.byField[`modules.${i}`] ?? []} />
              <Field id={`m${i}-title`} label={t.moduleTitle} errors={placed.byField[`modules.${i}.title`]}>
                <input value={m.title} onChange={(e) => setModule(i, { title: e.target.value })} />
              </Field>
              <Field id={`m${i}-intro`} label={t.introduction} errors={placed.byField[`modules.${i}.introduction`]}>
                <textarea rows={2} value={m.introduction} onChange={(e) => setModule(i, { introduction: e.target.value })} />
              </Field>
              {m.activities.map((a, j) => (
                <fieldset key={j} className="activity">
                  <legend>{t.activity(j + 1, t.kinds[a.kind])}</legend>
                  <GeneralErrors messages={placed.byField[`modules.${i}.activities.${j}`] ?? []} />
                  <Field id={`m${i}a${j}-kind`} label={t.kind}>
                    <select value={a.kind} onChange={(e) => setActivity(i, j, { kind: e.target.value as Kind })}>
                      {KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
                    </select>
                  </Field>
                  <Field id={`m${i}a${j}-title`} label={t.activityTitle} errors={placed.byField[`modules.${i}.activities.${j}.title`]}>
                    <input value={a.title} onChange={(e) => setActivity(i, j, { title: e.target.value })} />
                  </Field>
                  <MarkdownField
                    id={`m${i}a${j}-body`}
                    label={t.body(t.kinds[a.kind])}
                    value={a.body}
                    serverHtml={a.bodyHtml}
                    errors={placed.byField[`modules.${i}.activities.${j}.body`]}
                    onChange={(body) => setActivity(i, j, { body, bodyHtml: undefined })}
                  />
                  <div className="inline-form">
                    <Field id={`m${i}a${j}-minutes`} label={t.minutes}>
                      <input type="number" min={1} value={a.estimatedMinutes} onChange={(e) => setActivity(i, j, { estimatedMinutes: Number(e.target.value) })} />
                    </Field>
                    <Field id={`m${i}a${j}-due`} label={t.dueDays}>
                      <input type="number" min={0} value={a.dueOffsetDays} onChange={(e) => setActivity(i, j, { dueOffsetDays: Number(e.target.value) })} />
                    </Field>
                  </div>
                  {m.activities.length > 1 && (
                    <button type="button" className="secondary" onClick={() => setModule(i, { activities: m.activities.filter((_, k) => k !== j) })}>
                      {t.removeActivity(j + 1)}
                    </button>
                  )}
                </fieldset>
              ))}
              <button type="button" className="secondary" onClick={() => setModule(i, { activities: [...m.activities, { kind: "KNOWLEDGE", title: "", body: "", estimatedMinutes: 15, dueOffsetDays: 7 }] })}>
                {t.addActivity}
              </button>
              {draft.modules.length > 1 && (
                <button type="button" className="secondary" onClick={() => setDraft({ ...draft, modules: draft.modules.filter((_, k) => k !== i) })}>
                  {t.removeModule(i + 1)}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" className="secondary" onClick={() => setDraft({ ...draft, modules: [...draft.modules, newModule()] })}>{t.addModule}</button>
          <GeneralErrors messages={placed.general} />
          <button type="submit" disabled={createState.fetching || updateState.fetching}>{id === null ? t.create : t.saveDraft}</button>
        </form>
      )}
      {programme && (
        <section aria-labelledby="versions">
          <h2 id="versions">{t.versions}</h2>
          <ul className="list">
            {programme.versions.map((v) => (
              <li key={v.id}>
                <span>{t.version(v.version)}: {v.title}</span>
                <span className="meta">{t.versionStatus[v.status] ?? v.status}{v.publishedAt ? ` · ${formatDate(v.publishedAt, language)}` : ""}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {programme && programme.status === "PUBLISHED" && <Cohorts programmeId={programme.id} />}
    </main>
  );
}

/** A Markdown field with the live preview beside it (escaped, see
 *  hr/markdown.ts) and, once saved, what the server made of it. */
function MarkdownField(props: { id: string; label: string; value: string; errors?: string[]; serverHtml?: string; onChange: (value: string) => void }) {
  const { language } = useApp();
  const t = programmeText(language);
  const { id, label, value, errors, serverHtml, onChange } = props;
  return (
    <div className="columns">
      <Field id={id} label={label} hint={t.markdownHint} errors={errors}>
        <textarea rows={5} value={value} onChange={(e) => onChange(e.target.value)} />
      </Field>
      <div>
        <p className="label" id={`${id}-preview-label`}>
          {serverHtml !== undefined ? t.savedPreview : t.preview}
          <span className="visually-hidden">: {label}</span>
        </p>
        <div className="preview" role="region" aria-labelledby={`${id}-preview-label`}>
          {serverHtml !== undefined ? <SafeHtml html={serverHtml} /> : <div className="content" dangerouslySetInnerHTML={{ __html: previewMarkdown(value) }} />}
        </div>
      </div>
    </div>
  );
}

function Cohorts({ programmeId }: { programmeId: string }) {
  const { language } = useApp();
  const t = programmeText(language);
  const [cohortsResult, refetchCohorts] = useQuery({ query: ProgrammeCohortsQuery, variables: { id: programmeId } });
  const cohortNode = cohortsResult.data?.node;
  const cohorts = cohortNode && "cohorts" in cohortNode ? cohortNode.cohorts : [];
  const reloadCohorts = () => refetchCohorts({ requestPolicy: "network-only" });
  const [name, setName] = useState("");
  const [startsOn, setStartsOn] = useState(dayFromNow(14));
  const [cohortId, setCohortId] = useState("");
  const [search, setSearch] = useState("");
  const [notice, setNotice] = useState("");
  const [cohortState, createCohort] = useMutation(CreateCohortMutation);
  const [enrolState, enrol] = useMutation(EnrolLeaderMutation);
  const [{ data }] = useQuery({ query: LeadersQuery, variables: { search }, pause: search.trim().length < 2 });
  const cohortPlaced = usePlaced(cohortState.data?.createCohort.errors, ["name", "startsOn"]);
  const enrolPlaced = usePlaced(enrolState.data?.enrolLeader.errors, ["leaderId", "cohortId", "startsOn"]);
  async function onCohort(event: FormEvent) {
    event.preventDefault();
    const result = await createCohort({ input: { programmeId, name, startsOn, clientMutationId: newId() } });
    const cohort = result.data?.createCohort.cohort;
    if (cohort && result.data?.createCohort.errors.length === 0) {
      reloadCohorts();
      setCohortId(cohort.id);
      setNotice(t.cohortCreated(cohort.name));
      setName("");
    }
  }
  async function onEnrol(leaderId: string, leaderName: string) {
    const result = await enrol({ input: { programmeId, leaderId, cohortId: cohortId || null, clientMutationId: newId() } });
    if (result.data?.enrolLeader.errors.length === 0) {
      setNotice(t.enrolled(leaderName));
      if (cohortId) reloadCohorts();
    }
  }
  return (
    <section aria-labelledby="cohorts">
      <h2 id="cohorts">{t.cohortsAndEnrolments}</h2>
      {notice && <Notice text={notice} />}
      <h3>{t.existingCohorts}</h3>
      {cohorts.length === 0 ? (
        <p className="meta">{t.noCohortsYet}</p>
      ) : (
        <ul className="list" aria-label={t.existingCohorts}>
          {cohorts.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <span className="meta">{t.cohortStarts(formatDate(c.startsOn, language))} · {t.enrolledCount(c.enrolledLeaders ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="columns">
        <form onSubmit={onCohort} className="stack">
          <h3>{t.newCohort}</h3>
          <Field id="cohort-name" label={t.cohortName} errors={cohortPlaced.byField.name}>
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field id="cohort-starts" label={t.startsOn} errors={cohortPlaced.byField.startsOn}>
            <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          </Field>
          <GeneralErrors messages={cohortPlaced.general} />
          <button type="submit">{t.createCohort}</button>
        </form>
        <div className="stack">
          <h3>{t.enrol}</h3>
          <Field id="enrol-cohort" label={t.cohort} errors={enrolPlaced.byField.cohortId}>
            <select value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
              <option value="">{t.noCohort}</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name} ({formatDate(c.startsOn, language)})</option>)}
            </select>
          </Field>
          <Field id="enrol-search" label={t.findLeader} errors={enrolPlaced.byField.leaderId}>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
          </Field>
          <ul className="list" aria-label={t.searchResults}>
            {(data?.people.nodes ?? []).map((p) => (
              <li key={p.id}>
                <button type="button" className="secondary" onClick={() => onEnrol(p.membership.id, p.name)}>{t.enrolLeader(p.name)}</button>
              </li>
            ))}
          </ul>
          <GeneralErrors messages={[...enrolPlaced.general, ...(enrolPlaced.byField.startsOn ?? [])]} />
        </div>
      </div>
    </section>
  );
}
