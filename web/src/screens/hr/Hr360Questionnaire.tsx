// HR's questionnaire of a cycle that has not opened: its framework (a
// published version) and its anonymity thresholds. The server refuses both
// once the cycle opens, and a threshold under its minimum, beside the field.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ChangeQuestionnaireMutation, FrameworksQuery } from "../../api/hr";
import { Field, GeneralErrors, newId, usePlaced } from "../../hr/ui";
import { useApp } from "../../ui/context";
import { hrText } from "./text";

const THRESHOLDS = ["peerMinimum", "directReportMinimum", "externalMinimum", "allRatersMinimum", "commentMinimum"] as const;
type Threshold = (typeof THRESHOLDS)[number];

export function QuestionnaireForm(props: { cycleId: string; frameworkId: string; policy: Record<Threshold, number>; onDone: () => void }) {
  const { cycleId, policy, onDone } = props;
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [{ data }] = useQuery({ query: FrameworksQuery });
  const published = (data?.competencyFrameworks.nodes ?? []).filter((f) => f.status === "PUBLISHED");
  const [frameworkId, setFrameworkId] = useState(props.frameworkId);
  const [values, setValues] = useState<Record<Threshold, string>>(
    () => Object.fromEntries(THRESHOLDS.map((k) => [k, String(policy[k])])) as Record<Threshold, string>,
  );
  const [state, change] = useMutation(ChangeQuestionnaireMutation);
  const placed = usePlaced(state.data?.changeEvaluationQuestionnaire.errors, ["frameworkId", ...THRESHOLDS]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const numbers = Object.fromEntries(
      THRESHOLDS.map((k) => [k, values[k].trim() === "" ? null : Number(values[k])]),
    ) as Record<Threshold, number | null>;
    const result = await change({ input: { cycleId, frameworkId: frameworkId || null, ...numbers, clientMutationId: newId() } });
    if (result.data?.changeEvaluationQuestionnaire.errors.length === 0) onDone();
  }
  return (
    <form onSubmit={onSubmit} className="stack card" aria-labelledby="questionnaire">
      <h2 id="questionnaire">{t.questionnaire}</h2>
      <p className="meta">{t.questionnaireHint}</p>
      <Field id="questionnaire-framework" label={t.framework} errors={placed.byField.frameworkId}>
        <select value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
          {published.map((f) => <option key={f.id} value={f.id}>{f.name} ({t.version(f.version)})</option>)}
        </select>
      </Field>
      {THRESHOLDS.map((k) => (
        <Field key={k} id={`questionnaire-${k}`} label={t[k]} errors={placed.byField[k]}>
          <input type="number" inputMode="numeric" value={values[k]} onChange={(e) => setValues((old) => ({ ...old, [k]: e.target.value }))} />
        </Field>
      ))}
      <GeneralErrors messages={placed.general} />
      {/* Not before the frameworks are read: the select would have no options. */}
      <button type="submit" className="secondary" disabled={state.fetching || !data}>{t.changeQuestionnaire}</button>
    </form>
  );
}
