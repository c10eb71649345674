// HR's reminders of an open 360 cycle: send them now (only raters who have
// not answered get one; the answer names no one and counts no one, which
// could tell who answered in a small group) and change the reminder days.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ChangeReminderDaysMutation, RemindRatersMutation } from "../../api/hr";
import { useApp } from "../../ui/context";
import { hrText } from "./text";
import { Field, GeneralErrors, newId, usePlaced } from "../../hr/ui";
import { parseReminderDays } from "../../hr/reminders";

export function RemindNowButton({ cycleId, onDone, onErrors }: { cycleId: string; onDone: () => void; onErrors: (messages: string[]) => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [state, remind] = useMutation(RemindRatersMutation);
  async function onRemind() {
    const result = await remind({ input: { cycleId, clientMutationId: newId() } });
    const errors = result.data?.remindEvaluationRaters.errors ?? [];
    onErrors(errors.map((e) => e.message));
    if (result.data && errors.length === 0) onDone();
  }
  return <button type="button" className="secondary" onClick={onRemind} disabled={state.fetching}>{t.remindNow}</button>;
}

export function ReminderDaysForm({ cycleId, days, onDone }: { cycleId: string; days: number[]; onDone: () => void }) {
  const { language } = useApp();
  const t = hrText(language).evaluations;
  const [text, setText] = useState(days.join(", "));
  const [state, change] = useMutation(ChangeReminderDaysMutation);
  const placed = usePlaced(state.data?.changeEvaluationReminderDays.errors, ["reminderDaysBeforeClose"]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await change({ input: { cycleId, reminderDaysBeforeClose: parseReminderDays(text), clientMutationId: newId() } });
    if (result.data?.changeEvaluationReminderDays.errors.length === 0) onDone();
  }
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <Field id="reminder-days" label={t.newReminderDays} hint={t.remindersHint} errors={placed.byField.reminderDaysBeforeClose}>
        <input value={text} onChange={(e) => setText(e.target.value)} inputMode="numeric" />
      </Field>
      <GeneralErrors messages={placed.general} />
      <button type="submit" className="secondary" disabled={state.fetching}>{t.changeReminders}</button>
    </form>
  );
}
