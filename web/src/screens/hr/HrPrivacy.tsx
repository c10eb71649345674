// HR's privacy work: a person's data exported (the file goes to the person
// only) or erased after a confirmation step, and the audit log of who read
// 360 reports and exported or erased data.
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { AuditLogQuery, ErasePersonMutation, ExportQuery, OrganisationQuery, RequestExportMutation } from "../../api/hr";
import { Field, GeneralErrors, newId, Notice, usePlaced } from "../../hr/ui";
import { formatDateTime } from "../../i18n/format";
import { useApp } from "../../ui/context";
import { HrNav } from "./HrNav";
import { privacyText } from "./privacyText";

export default function HrPrivacy() {
  const { language } = useApp();
  const t = privacyText(language);
  const [search, setSearch] = useState("");
  const [{ data }, refetchPeople] = useQuery({ query: OrganisationQuery, variables: { search: search.trim() || null } });
  const [{ data: audit }, refetchAudit] = useQuery({ query: AuditLogQuery, requestPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const people = data?.people.nodes ?? [];
  const person = people.find((p) => p.id === chosen);
  const names = new Map(people.map((p) => [p.membership.id, p.name]));
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.title}</h1>
      <section aria-labelledby="person">
        <h2 id="person">{t.choosePerson}</h2>
        {notice && <Notice text={notice} />}
        <Field id="privacy-search" label={t.search}>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
        </Field>
        <ul className="list" aria-label={t.searchResults}>
          {search.trim().length >= 2 && people.slice(0, 10).map((p) => (
            <li key={p.id}>
              <button type="button" className="secondary" aria-pressed={chosen === p.id} onClick={() => setChosen(p.id)}>{t.choose(p.name)}</button>
              <span className="meta">{p.email}</span>
            </li>
          ))}
        </ul>
        {person && (
          <div className="columns">
            <ExportData key={`export-${person.id}`} personId={person.id} name={person.name} onDone={() => refetchAudit({ requestPolicy: "network-only" })} />
            <Erase
              key={`erase-${person.id}`}
              personId={person.id}
              name={person.name}
              onDone={() => {
                setNotice(t.erased(person.name));
                setChosen(null);
                refetchPeople({ requestPolicy: "network-only" });
                refetchAudit({ requestPolicy: "network-only" });
              }}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="audit">
        <h2 id="audit">{t.auditLog}</h2>
        <p className="meta">{t.auditHelp}</p>
        <table className="table">
          <caption className="visually-hidden">{t.auditLog}</caption>
          <thead>
            <tr><th scope="col">{t.when}</th><th scope="col">{t.what}</th><th scope="col">{t.who}</th><th scope="col">{t.about}</th></tr>
          </thead>
          <tbody>
            {(audit?.privacyAuditLog.nodes ?? []).map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>{formatDateTime(entry.at, language)}</td>
                <td>{t.actions[entry.action] ?? entry.action}</td>
                <td>{entry.actorMembershipId ? names.get(entry.actorMembershipId) ?? t.someone : t.system}</td>
                <td>{names.get(entry.subjectMembershipId) ?? t.someone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

function ExportData({ personId, name, onDone }: { personId: string; name: string; onDone: () => void }) {
  const { language } = useApp();
  const t = privacyText(language);
  const [exportId, setExportId] = useState<string | null>(null);
  const [state, request] = useMutation(RequestExportMutation);
  const [{ data }, refetch] = useQuery({ query: ExportQuery, variables: { id: exportId ?? "" }, pause: exportId === null, requestPolicy: "network-only" });
  const status = data?.personalDataExport?.status;
  useEffect(() => {
    if (!exportId || status === "READY" || status === "FAILED") return;
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), 2000);
    return () => clearInterval(timer);
  }, [exportId, status, refetch]);
  const placed = usePlaced(state.data?.requestPersonalDataExport.errors, ["personId"]);
  async function onRequest(event: FormEvent) {
    event.preventDefault();
    const result = await request({ input: { personId, clientMutationId: newId() } });
    const made = result.data?.requestPersonalDataExport.export;
    if (made && result.data?.requestPersonalDataExport.errors.length === 0) {
      setExportId(made.id);
      onDone();
    }
  }
  return (
    <form onSubmit={onRequest} className="stack card">
      <h3>{t.exportTitle(name)}</h3>
      <p>{t.exportHelp}</p>
      <GeneralErrors messages={[...placed.general, ...(placed.byField.personId ?? [])]} />
      {exportId && <p role="status">{t.exportStatus[status ?? "PENDING"]}</p>}
      <button type="submit" disabled={state.fetching}>{t.exportButton(name)}</button>
    </form>
  );
}

function Erase({ personId, name, onDone }: { personId: string; name: string; onDone: () => void }) {
  const { language } = useApp();
  const t = privacyText(language);
  const [confirming, setConfirming] = useState(false);
  const [email, setEmail] = useState("");
  const [state, erase] = useMutation(ErasePersonMutation);
  const placed = usePlaced(state.data?.erasePerson.errors, ["confirmEmail", "personId"]);
  async function onErase(event: FormEvent) {
    event.preventDefault();
    const result = await erase({ input: { personId, confirmEmail: email, clientMutationId: newId() } });
    if (result.data?.erasePerson.errors.length === 0) onDone();
  }
  return (
    <div className="stack card">
      <h3>{t.eraseTitle(name)}</h3>
      <p>{t.eraseHelp}</p>
      {!confirming ? (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t.eraseStart(name)}</button>
      ) : (
        <form onSubmit={onErase} className="stack">
          <p><strong>{t.eraseWarning}</strong></p>
          <Field id="erase-confirm" label={t.confirmEmail(name)} errors={placed.byField.confirmEmail}>
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" required />
          </Field>
          <GeneralErrors messages={[...placed.general, ...(placed.byField.personId ?? [])]} />
          <div className="actions">
            <button type="submit" disabled={state.fetching}>{t.eraseNow(name)}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t.cancel}</button>
          </div>
        </form>
      )}
    </div>
  );
}
