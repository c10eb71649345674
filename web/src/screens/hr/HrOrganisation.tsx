// HR's organisation: the CSV structure import (errors beside the file's
// lines), units, people with their roles and reporting lines, organisational
// goals and the leadership foundation.
import { useEffect, useState, type FormEvent, type ReactElement } from "react";
import { useClient, useMutation, useQuery } from "urql";
import {
  CreateGoalMutation,
  CreateImportMutation,
  CreatePersonMutation,
  CreateUnitMutation,
  GoalsQuery,
  ImportQuery,
  OrganisationQuery,
  PublishFoundationMutation,
  SetReportingLineMutation,
  StartImportMutation,
  UpdateGoalMutation,
  UpdateMembershipMutation,
  UpdatePersonMutation,
  UpdateUnitMutation,
} from "../../api/hr";
import { sendUpload } from "../../api/upload";
import { placeErrors } from "../../hr/errors";
import { annotateFile, linesToShow, type Rejection } from "../../hr/importFile";
import { Field, GeneralErrors, newId, Notice, usePlaced } from "../../hr/ui";
import { formatNumber } from "../../i18n/format";
import { useApp } from "../../ui/context";
import { HrNav } from "./HrNav";
import { orgText } from "./orgText";

const ROLES = ["LEADER", "MENTOR", "HR", "ADMIN"] as const;

export default function HrOrganisation() {
  const { language } = useApp();
  const t = orgText(language);
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.title}</h1>
      <StructureImport />
      <People />
      <Units />
      <Goals />
      <Foundation />
    </main>
  );
}

interface ImportResult {
  status: string;
  createdLines: number[];
  updatedLines: number[];
  unchangedCount: number;
  unitsCreated: number;
  rejected: Rejection[];
  error?: string | null;
}

function StructureImport() {
  const { language } = useApp();
  const t = orgText(language);
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const [createState, create] = useMutation(CreateImportMutation);
  const [startState, start] = useMutation(StartImportMutation);
  const placed = usePlaced(
    [...(createState.data?.createStructureImport.errors ?? []), ...(startState.data?.startStructureImport.errors ?? [])],
    ["filename", "contentType", "size", "id"],
  );
  const fileErrors = [...(placed.byField.filename ?? []), ...(placed.byField.contentType ?? []), ...(placed.byField.size ?? []), ...(placed.byField.id ?? [])];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setResult(null);
    setFailure([]);
    try {
      setText(await file.text());
      const created = await create({
        input: { filename: file.name, contentType: file.type || "text/csv", size: file.size, clientMutationId: newId() },
      });
      const record = created.data?.createStructureImport.structureImport;
      const upload = record?.upload;
      if (!record || !upload) return;
      const sent = await sendUpload(
        {
          url: upload.url,
          method: upload.method,
          headers: Object.fromEntries(upload.headers.map((h) => [h.name, h.value])),
          fields: Object.fromEntries(upload.fields.map((f) => [f.name, f.value])),
        },
        file,
      );
      if (!sent) {
        setFailure([t.uploadFailed]);
        return;
      }
      const started = await start({ input: { id: record.id, clientMutationId: newId() } });
      if (started.data?.startStructureImport.errors.length !== 0) return;
      // The worker runs the import: ask until it is done.
      for (let attempt = 0; attempt < 120; attempt += 1) {
        const answer = await client.query(ImportQuery, { id: record.id }, { requestPolicy: "network-only" }).toPromise();
        const node = answer.data?.node;
        if (node?.__typename === "StructureImport" && (node.status === "DONE" || node.status === "FAILED")) {
          setResult(node);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      setFailure([t.stillRunning]);
    } finally {
      setBusy(false);
    }
  }
  const rows = result ? linesToShow(annotateFile(text, result.rejected)) : [];
  return (
    <section aria-labelledby="import">
      <h2 id="import">{t.importTitle}</h2>
      <p>{t.importHelp}</p>
      <form onSubmit={onSubmit} className="inline-form">
        <Field id="import-file" label={t.file} errors={fileErrors}>
          <input type="file" accept=".csv,text/csv" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setResult(null); }} required />
        </Field>
        <button type="submit" disabled={!file || busy}>{busy ? t.importing : t.import}</button>
      </form>
      <GeneralErrors messages={[...placed.general, ...failure]} />
      {result && (
        <div className="card">
          <p role="status">
            {result.status === "FAILED" ? t.failed : t.done(result.createdLines.length, result.updatedLines.length, result.unchangedCount, result.unitsCreated, result.rejected.length)}
          </p>
          {result.error && <p role="alert" className="error">{result.error}</p>}
          {result.rejected.length > 0 && (
            <table className="table file-lines">
              <caption>{t.fileWithErrors(file?.name ?? "")}</caption>
              <thead>
                <tr><th scope="col">{t.line}</th><th scope="col">{t.content}</th><th scope="col">{t.problem}</th></tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className={row.messages.length ? "rejected" : undefined}>
                    <th scope="row">{formatNumber(row.line, language)}</th>
                    <td><code>{row.text}</code></td>
                    <td className={row.messages.length ? "error" : undefined}>{row.messages.join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}

type OrgData = NonNullable<ReturnType<typeof useOrganisation>[0]["data"]>;

function useOrganisation(search: string) {
  return useQuery({ query: OrganisationQuery, variables: { search: search.trim() || null }, requestPolicy: "cache-and-network" });
}

function People() {
  const { language } = useApp();
  const t = orgText(language);
  const [search, setSearch] = useState("");
  const [{ data }, refetch] = useOrganisation(search);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const people = data?.people.nodes ?? [];
  const reload = () => refetch({ requestPolicy: "network-only" });
  return (
    <section aria-labelledby="people">
      <h2 id="people">{t.people}</h2>
      {notice && <Notice text={notice} />}
      <Field id="people-search" label={t.search}>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </Field>
      <table className="table">
        <caption className="visually-hidden">{t.people}</caption>
        <thead>
          <tr><th scope="col">{t.name}</th><th scope="col">{t.unitAndTitle}</th><th scope="col">{t.manager}</th><th scope="col"><span className="visually-hidden">{t.edit}</span></th></tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.name}<br /><span className="meta">{p.email}</span></td>
              <td>{p.membership.unit?.name ?? ""}{p.membership.jobTitle ? `, ${p.membership.jobTitle}` : ""}<br /><span className="meta">{p.membership.roles.map((r) => t.roles[r]).join(", ")}{p.membership.isActive ? "" : ` · ${t.inactive}`}</span></td>
              <td>{p.membership.manager?.person.name ?? ""}</td>
              <td><button type="button" className="secondary" onClick={() => setEditing(editing === p.id ? null : p.id)} aria-expanded={editing === p.id}>{t.editPerson(p.name)}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && data && (
        <EditPerson key={editing} data={data} personId={editing} onDone={(message) => { setNotice(message); reload(); }} />
      )}
      <details>
        <summary>{t.newPerson}</summary>
        {data && <NewPerson data={data} onDone={() => { setNotice(t.personCreated); reload(); }} />}
      </details>
    </section>
  );
}

function UnitOptions({ data }: { data: OrgData }) {
  return (
    <>
      {data.organisation.units.nodes.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
    </>
  );
}

function PersonOptions({ data, except }: { data: OrgData; except?: string }) {
  return (
    <>
      {data.people.nodes.filter((p) => p.id !== except).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
    </>
  );
}

function NewPerson({ data, onDone }: { data: OrgData; onDone: () => void }) {
  const { language } = useApp();
  const t = orgText(language);
  const [form, setForm] = useState({ email: "", name: "", locale: "DA" as "DA" | "EN", unitId: "", jobTitle: "", managerId: "", roles: [] as string[] });
  const [state, create] = useMutation(CreatePersonMutation);
  const placed = usePlaced(state.data?.createPerson.errors, ["email", "name", "locale", "unitId", "jobTitle", "managerId", "roles"]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      input: {
        email: form.email,
        name: form.name,
        locale: form.locale,
        unitId: form.unitId || null,
        jobTitle: form.jobTitle,
        managerId: form.managerId || null,
        roles: form.roles as (typeof ROLES)[number][],
        clientMutationId: newId(),
      },
    });
    if (result.data?.createPerson.errors.length === 0) onDone();
  }
  return (
    <form onSubmit={onSubmit} className="stack">
      <Field id="np-name" label={t.name} errors={placed.byField.name}>
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
      </Field>
      <Field id="np-email" label={t.email} errors={placed.byField.email}>
        <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />
      </Field>
      <Field id="np-locale" label={t.language} errors={placed.byField.locale}>
        <select value={form.locale} onChange={(e) => setForm({ ...form, locale: e.target.value as "DA" | "EN" })}>
          <option value="DA">Dansk</option>
          <option value="EN">English</option>
        </select>
      </Field>
      <Field id="np-unit" label={t.unit} errors={placed.byField.unitId}>
        <select value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
          <option value="">{t.none}</option>
          <UnitOptions data={data} />
        </select>
      </Field>
      <Field id="np-title" label={t.jobTitle} errors={placed.byField.jobTitle}>
        <input value={form.jobTitle} onChange={(e) => setForm({ ...form, jobTitle: e.target.value })} />
      </Field>
      <Field id="np-manager" label={t.manager} errors={placed.byField.managerId}>
        <select value={form.managerId} onChange={(e) => setForm({ ...form, managerId: e.target.value })}>
          <option value="">{t.none}</option>
          <PersonOptions data={data} />
        </select>
      </Field>
      <Roles value={form.roles} onChange={(roles) => setForm({ ...form, roles })} errors={placed.byField.roles} prefix="np" />
      <GeneralErrors messages={placed.general} />
      <button type="submit" disabled={state.fetching}>{t.createPerson}</button>
    </form>
  );
}

function Roles({ value, onChange, errors = [], prefix }: { value: string[]; onChange: (roles: string[]) => void; errors?: string[]; prefix: string }) {
  const { language } = useApp();
  const t = orgText(language);
  return (
    <fieldset aria-describedby={errors.length ? `${prefix}-roles-error` : undefined}>
      <legend>{t.rolesLabel}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />
          {t.roles[role]}
        </label>
      ))}
      {errors.length > 0 && <p id={`${prefix}-roles-error`} role="alert" className="error">{errors.join(" ")}</p>}
    </fieldset>
  );
}

function EditPerson({ data, personId, onDone }: { data: OrgData; personId: string; onDone: (message: string) => void }) {
  const { language } = useApp();
  const t = orgText(language);
  const person = data.people.nodes.find((p) => p.id === personId);
  const [name, setName] = useState(person?.name ?? "");
  const [email, setEmail] = useState(person?.email ?? "");
  const [locale, setLocale] = useState<"DA" | "EN">(person?.locale ?? "DA");
  const [unitId, setUnitId] = useState(person?.membership.unit?.id ?? "");
  const [jobTitle, setJobTitle] = useState(person?.membership.jobTitle ?? "");
  const [roles, setRoles] = useState<string[]>(person?.membership.roles ?? []);
  const [active, setActive] = useState(person?.membership.isActive ?? true);
  const [managerId, setManagerId] = useState(data.people.nodes.find((p) => p.membership.id === person?.membership.manager?.id)?.id ?? "");
  const [personState, updatePerson] = useMutation(UpdatePersonMutation);
  const [membershipState, updateMembership] = useMutation(UpdateMembershipMutation);
  const [lineState, setLine] = useMutation(SetReportingLineMutation);
  if (!person) return null;
  const placedPerson = placeErrors(personState.data?.updatePerson.errors ?? [], ["name", "email", "locale"]);
  const placedMembership = placeErrors(membershipState.data?.updateMembership.errors ?? [], ["unitId", "jobTitle", "roles", "isActive"]);
  const placedLine = placeErrors(lineState.data?.setReportingLine.errors ?? [], ["managerId"]);
  async function onPerson(event: FormEvent) {
    event.preventDefault();
    const result = await updatePerson({ input: { id: personId, name, email, locale, clientMutationId: newId() } });
    if (result.data?.updatePerson.errors.length === 0) onDone(t.saved(name));
  }
  async function onMembership(event: FormEvent) {
    event.preventDefault();
    const result = await updateMembership({
      input: { personId, unitId: unitId || null, jobTitle, roles: roles as (typeof ROLES)[number][], isActive: active, clientMutationId: newId() },
    });
    if (result.data?.updateMembership.errors.length === 0) onDone(t.saved(name));
  }
  async function onLine(event: FormEvent) {
    event.preventDefault();
    const result = await setLine({ input: { personId, managerId: managerId || null, clientMutationId: newId() } });
    if (result.data?.setReportingLine.errors.length === 0) onDone(t.saved(name));
  }
  return (
    <div className="card columns" role="group" aria-label={t.editPerson(person.name)}>
      <form onSubmit={onPerson} className="stack">
        <h3>{t.personDetails}</h3>
        <Field id="ep-name" label={t.name} errors={placedPerson.byField.name}>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="ep-email" label={t.email} errors={placedPerson.byField.email}>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field id="ep-locale" label={t.language} errors={placedPerson.byField.locale}>
          <select value={locale} onChange={(e) => setLocale(e.target.value as "DA" | "EN")}>
            <option value="DA">Dansk</option>
            <option value="EN">English</option>
          </select>
        </Field>
        <GeneralErrors messages={placedPerson.general} />
        <button type="submit">{t.savePerson}</button>
      </form>
      <form onSubmit={onMembership} className="stack">
        <h3>{t.membership}</h3>
        <Field id="ep-unit" label={t.unit} errors={placedMembership.byField.unitId}>
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t.none}</option>
            <UnitOptions data={data} />
          </select>
        </Field>
        <Field id="ep-title" label={t.jobTitle} errors={placedMembership.byField.jobTitle}>
          <input value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
        </Field>
        <Roles value={roles} onChange={setRoles} errors={placedMembership.byField.roles} prefix="ep" />
        <label className="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} aria-describedby={placedMembership.byField.isActive ? "ep-active-error" : undefined} />
          {t.active}
        </label>
        {placedMembership.byField.isActive && <p id="ep-active-error" role="alert" className="error">{placedMembership.byField.isActive.join(" ")}</p>}
        <GeneralErrors messages={placedMembership.general} />
        <button type="submit">{t.saveMembership}</button>
      </form>
      <form onSubmit={onLine} className="stack">
        <h3>{t.reportingLine}</h3>
        <Field id="ep-manager" label={t.manager} errors={placedLine.byField.managerId}>
          <select value={managerId} onChange={(e) => setManagerId(e.target.value)}>
            <option value="">{t.none}</option>
            <PersonOptions data={data} except={personId} />
          </select>
        </Field>
        <GeneralErrors messages={placedLine.general} />
        <button type="submit">{t.saveLine}</button>
      </form>
    </div>
  );
}


function Units() {
  const { language } = useApp();
  const t = orgText(language);
  const [{ data }, refetch] = useOrganisation("");
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  const [notice, setNotice] = useState("");
  const [createState, create] = useMutation(CreateUnitMutation);
  const [updateState, update] = useMutation(UpdateUnitMutation);
  const [selected, setSelected] = useState("");
  const [rename, setRename] = useState("");
  const [moveTo, setMoveTo] = useState("");
  const units = data?.organisation.units.nodes ?? [];
  const placedCreate = usePlaced(createState.data?.createUnit.errors, ["name", "parentId"]);
  const placedUpdate = usePlaced(updateState.data?.updateUnit.errors, ["id", "name", "parentId"]);
  useEffect(() => {
    const unit = units.find((u) => u.id === selected);
    setRename(unit?.name ?? "");
    setMoveTo(unit?.parent?.id ?? "");
    // Only when another unit is chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { name, parentId: parentId || null, clientMutationId: newId() } });
    if (result.data?.createUnit.errors.length === 0) {
      setNotice(t.unitCreated(name));
      setName("");
      refetch({ requestPolicy: "network-only" });
    }
  }
  async function onUpdate(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { id: selected, name: rename, parentId: moveTo || null, clientMutationId: newId() } });
    if (result.data?.updateUnit.errors.length === 0) {
      setNotice(t.unitSaved(rename));
      refetch({ requestPolicy: "network-only" });
    }
  }
  const childrenOf = (parent: string | null) => units.filter((u) => (u.parent?.id ?? null) === parent);
  const tree = (parent: string | null, depth: number): ReactElement[] =>
    childrenOf(parent).flatMap((u) => [
      <li key={u.id} style={{ paddingLeft: `${depth}rem` }}>{u.name}</li>,
      ...(depth < 8 ? tree(u.id, depth + 1) : []),
    ]);
  return (
    <section aria-labelledby="units">
      <h2 id="units">{t.units}</h2>
      {notice && <Notice text={notice} />}
      <details>
        <summary>{t.unitTree(units.length)}</summary>
        <ul className="tree">{tree(null, 0)}</ul>
      </details>
      <div className="columns">
        <form onSubmit={onCreate} className="stack">
          <h3>{t.newUnit}</h3>
          <Field id="unit-name" label={t.unitName} errors={placedCreate.byField.name}>
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field id="unit-parent" label={t.parent} errors={placedCreate.byField.parentId}>
            <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <option value="">{t.topLevel}</option>
              {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
          <GeneralErrors messages={placedCreate.general} />
          <button type="submit">{t.createUnit}</button>
        </form>
        <form onSubmit={onUpdate} className="stack">
          <h3>{t.changeUnit}</h3>
          <Field id="unit-selected" label={t.unit} errors={placedUpdate.byField.id}>
            <select value={selected} onChange={(e) => setSelected(e.target.value)}>
              <option value="">{t.chooseUnit}</option>
              {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
          <Field id="unit-rename" label={t.unitName} errors={placedUpdate.byField.name}>
            <input value={rename} onChange={(e) => setRename(e.target.value)} disabled={!selected} />
          </Field>
          <Field id="unit-move" label={t.parent} errors={placedUpdate.byField.parentId}>
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} disabled={!selected}>
              <option value="">{t.topLevel}</option>
              {units.filter((u) => u.id !== selected).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
          <GeneralErrors messages={placedUpdate.general} />
          <button type="submit" disabled={!selected}>{t.saveUnit}</button>
        </form>
      </div>
    </section>
  );
}

function Goals() {
  const { language } = useApp();
  const t = orgText(language);
  const [{ data }, refetch] = useQuery({ query: GoalsQuery, requestPolicy: "cache-and-network" });
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [notice, setNotice] = useState("");
  const [createState, create] = useMutation(CreateGoalMutation);
  const [updateState, update] = useMutation(UpdateGoalMutation);
  const placed = usePlaced(createState.data?.createGoal.errors, ["title", "description", "periodStart", "periodEnd", "status", "unitIds"]);
  const updateErrors = updateState.data?.updateGoal.errors.map((e) => e.message) ?? [];
  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { title, description, clientMutationId: newId() } });
    if (result.data?.createGoal.errors.length === 0) {
      setNotice(t.goalCreated(title));
      setTitle("");
      setDescription("");
      refetch({ requestPolicy: "network-only" });
    }
  }
  async function setStatus(id: string, status: "ACTIVE" | "ACHIEVED" | "ARCHIVED") {
    const result = await update({ input: { id, status, clientMutationId: newId() } });
    if (result.data?.updateGoal.errors.length === 0) refetch({ requestPolicy: "network-only" });
  }
  return (
    <section aria-labelledby="goals">
      <h2 id="goals">{t.goals}</h2>
      {notice && <Notice text={notice} />}
      <GeneralErrors messages={updateErrors} />
      <ul className="list">
        {(data?.goals.nodes ?? []).map((g) => (
          <li key={g.id}>
            <strong>{g.title}</strong>
            <span className="meta">{t.goalStatus[g.status] ?? g.status}</span>
            {g.status === "ACTIVE" && (
              <span>
                <button type="button" className="secondary" onClick={() => setStatus(g.id, "ACHIEVED")}>{t.markAchieved(g.title)}</button>{" "}
                <button type="button" className="secondary" onClick={() => setStatus(g.id, "ARCHIVED")}>{t.archive(g.title)}</button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={onCreate} className="stack">
        <h3>{t.newGoal}</h3>
        <Field id="goal-title" label={t.goalTitle} errors={placed.byField.title}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </Field>
        <Field id="goal-description" label={t.description} errors={placed.byField.description}>
          <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <GeneralErrors messages={placed.general} />
        <button type="submit">{t.createGoal}</button>
      </form>
    </section>
  );
}

function Foundation() {
  const { language } = useApp();
  const t = orgText(language);
  const [{ data }, refetch] = useQuery({ query: GoalsQuery });
  const current = data?.leadershipFoundation;
  const [title, setTitle] = useState("");
  const [introduction, setIntroduction] = useState("");
  const [principles, setPrinciples] = useState("");
  const [values, setValues] = useState("");
  const [notice, setNotice] = useState("");
  const [state, publish] = useMutation(PublishFoundationMutation);
  const placed = usePlaced(state.data?.publishLeadershipFoundation.errors, ["title", "introduction", "principles"]);
  useEffect(() => {
    if (!current) return;
    setTitle(current.title);
    setIntroduction(current.introduction);
    const lines = (kind: string) => current.principles.filter((p) => p.kind === kind).map((p) => (p.description ? `${p.title}: ${p.description}` : p.title)).join("\n");
    setPrinciples(lines("PRINCIPLE"));
    setValues(lines("VALUE"));
  }, [current]);
  const parse = (text: string, kind: "PRINCIPLE" | "VALUE") =>
    text.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => {
      const at = l.indexOf(":");
      return at > 0 ? { kind, title: l.slice(0, at).trim(), description: l.slice(at + 1).trim() } : { kind, title: l, description: "" };
    });
  async function onPublish(event: FormEvent) {
    event.preventDefault();
    const result = await publish({ input: { title, introduction, principles: [...parse(principles, "PRINCIPLE"), ...parse(values, "VALUE")], clientMutationId: newId() } });
    const published = result.data?.publishLeadershipFoundation;
    if (published && published.errors.length === 0) {
      setNotice(t.foundationPublished(published.leadershipFoundation?.version ?? 0));
      refetch({ requestPolicy: "network-only" });
    }
  }
  return (
    <section aria-labelledby="foundation">
      <h2 id="foundation">{t.foundation}</h2>
      <p className="meta">{current ? t.foundationVersion(current.version) : t.noFoundation}</p>
      {notice && <Notice text={notice} />}
      <form onSubmit={onPublish} className="stack">
        <Field id="fd-title" label={t.foundationTitle} errors={placed.byField.title}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </Field>
        <Field id="fd-intro" label={t.introduction} errors={placed.byField.introduction}>
          <textarea rows={3} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />
        </Field>
        <Field id="fd-principles" label={t.principles} hint={t.linesHint} errors={placed.byField.principles}>
          <textarea rows={5} value={principles} onChange={(e) => setPrinciples(e.target.value)} />
        </Field>
        <Field id="fd-values" label={t.values} hint={t.linesHint}>
          <textarea rows={4} value={values} onChange={(e) => setValues(e.target.value)} />
        </Field>
        <GeneralErrors messages={placed.general} />
        <button type="submit" disabled={state.fetching}>{t.publishFoundation}</button>
      </form>
    </section>
  );
}
