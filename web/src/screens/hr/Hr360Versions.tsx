// HR's new version of a published competency framework: a form that starts
// from the version's texts in both languages, where each competency says
// which competency of that version it continues ("Ny kompetence": none), so
// that learning effect and a follow-up's baseline compare the right two.
// Saved as a draft of the same family; published from the list as today.
import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { CreateFrameworkMutation, FrameworkTextsQuery } from "../../api/hr";
import { draftFromTexts, newCompetency, versionInput, type CompetencyVersionDraft, type VersionDraft } from "../../hr/frameworkVersion";
import { placeErrors } from "../../hr/errors";
import { Field, GeneralErrors, newId } from "../../hr/ui";
import { useApp } from "../../ui/context";
import { hrText } from "./text";

export function FrameworkVersionForm(props: { frameworkId: string; name: string; onDone: (version: number) => void; onCancel: () => void }) {
  const { frameworkId, name, onDone, onCancel } = props;
  const { language } = useApp();
  const all = hrText(language);
  const t = all.evaluations;
  const [{ data, fetching }] = useQuery({ query: FrameworkTextsQuery, variables: { id: frameworkId }, requestPolicy: "network-only" });
  const source = data?.node?.__typename === "CompetencyFramework" ? data.node : null;
  const [draft, setDraft] = useState<VersionDraft | null>(null);
  const [state, create] = useMutation(CreateFrameworkMutation);
  useEffect(() => {
    if (source?.texts && draft === null) setDraft(draftFromTexts(source.texts));
  }, [source, draft]);
  const heading = `version-of-${frameworkId}`;
  if (!source || !draft) {
    return <p role="status">{fetching ? all.loading : all.notFound}</p>;
  }
  const competencies = draft.competencies;
  const shown = ["nameDa", "nameEn", "scaleLabelsDa", "scaleLabelsEn", "competencies", "openQuestions"];
  competencies.forEach((_, i) => shown.push(`competencies.${i}`, `competencies.${i}.continues`));
  const placed = placeErrors(state.data?.createCompetencyFramework.errors ?? [], shown);
  const set = (patch: Partial<VersionDraft>) => setDraft((old) => (old ? { ...old, ...patch } : old));
  const change = (index: number, patch: Partial<CompetencyVersionDraft>) =>
    set({ competencies: competencies.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!source || !draft) return;
    const result = await create({ input: { ...versionInput(source.family, draft), clientMutationId: newId() } });
    const payload = result.data?.createCompetencyFramework;
    if (payload?.framework && payload.errors.length === 0) onDone(payload.framework.version);
  }
  const id = (part: string) => `fv-${part}`;
  return (
    <form onSubmit={onSubmit} className="stack" aria-labelledby={heading}>
      <h4 id={heading}>{t.newVersion(name)}</h4>
      <p className="meta">{t.newVersionIntro(source.version)}</p>
      <Field id={id("name-da")} label={t.nameDa} errors={placed.byField.nameDa}>
        <input value={draft.nameDa} onChange={(e) => set({ nameDa: e.target.value })} required />
      </Field>
      <Field id={id("name-en")} label={t.nameEn} errors={placed.byField.nameEn}>
        <input value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />
      </Field>
      <Field id={id("scale-da")} label={t.scaleDa} hint={t.scaleHint} errors={placed.byField.scaleLabelsDa}>
        <input value={draft.scaleDa} onChange={(e) => set({ scaleDa: e.target.value })} />
      </Field>
      <Field id={id("scale-en")} label={t.scaleEn} errors={placed.byField.scaleLabelsEn}>
        <input value={draft.scaleEn} onChange={(e) => set({ scaleEn: e.target.value })} />
      </Field>
      {competencies.map((c, i) => (
        <fieldset key={i} className="card">
          <legend>{t.competency(i + 1)}</legend>
          <GeneralErrors messages={placed.byField[`competencies.${i}`] ?? []} />
          <Field id={id(`c${i}-da`)} label={t.competencyTitleDa}>
            <input value={c.titleDa} onChange={(e) => change(i, { titleDa: e.target.value })} required />
          </Field>
          <Field id={id(`c${i}-en`)} label={t.competencyTitleEn}>
            <input value={c.titleEn} onChange={(e) => change(i, { titleEn: e.target.value })} />
          </Field>
          <Field id={id(`c${i}-continues`)} label={t.continues} hint={t.continuesHint(source.version)} errors={placed.byField[`competencies.${i}.continues`]}>
            <select value={c.continues} onChange={(e) => change(i, { continues: e.target.value })}>
              <option value="">{t.newCompetency}</option>
              {source.competencies.map((earlier) => <option key={earlier.id} value={earlier.id}>{earlier.title}</option>)}
            </select>
          </Field>
          <Field id={id(`c${i}-items-da`)} label={t.itemsDa} hint={t.itemsHint}>
            <textarea rows={4} value={c.itemsDa} onChange={(e) => change(i, { itemsDa: e.target.value })} />
          </Field>
          <Field id={id(`c${i}-items-en`)} label={t.itemsEn}>
            <textarea rows={4} value={c.itemsEn} onChange={(e) => change(i, { itemsEn: e.target.value })} />
          </Field>
          {competencies.length > 1 && (
            <button type="button" className="secondary" onClick={() => set({ competencies: competencies.filter((_, j) => j !== i) })}>
              {t.removeCompetency(i + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <GeneralErrors messages={placed.byField.competencies ?? []} />
      <button type="button" className="secondary" onClick={() => set({ competencies: [...competencies, newCompetency()] })}>
        {t.addCompetency}
      </button>
      <Field id={id("questions-da")} label={t.questionsDa} hint={t.questionsHint} errors={placed.byField.openQuestions}>
        <textarea rows={3} value={draft.questionsDa} onChange={(e) => set({ questionsDa: e.target.value })} />
      </Field>
      <Field id={id("questions-en")} label={t.questionsEn}>
        <textarea rows={3} value={draft.questionsEn} onChange={(e) => set({ questionsEn: e.target.value })} />
      </Field>
      <GeneralErrors messages={placed.general} />
      <div className="actions">
        <button type="submit" disabled={state.fetching}>{t.saveVersion}</button>{" "}
        <button type="button" className="secondary" onClick={onCancel}>{all.cancel}</button>
      </div>
    </form>
  );
}
