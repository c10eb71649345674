// A mentorship's agreement, meetings (with notes) and the mentor's
// observations of the mentee at work. Loaded only when a mentorship opens.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  MentorshipLogQuery,
  RecordObservationMutation,
  SaveMeetingNoteMutation,
  ScheduleMeetingMutation,
  SetAgreementMutation,
} from "../api/mentoring";
import { formatDate, formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";

const SETTINGS = ["STAFF_MEETING", "DIFFICULT_CONVERSATION", "ONE_TO_ONE", "PRESENTATION", "CHANGE_PROCESS", "OTHER"] as const;
type Setting = (typeof SETTINGS)[number];

const TEXT = {
  DA: {
    agreement: "Aftale",
    goals: "Mål for forløbet",
    frequency: "Hvor ofte mødes I?",
    endsOn: "Slutdato",
    saveAgreement: "Gem aftalen",
    meetings: "Møder",
    noMeetings: "Ingen møder endnu.",
    startsAt: "Tidspunkt",
    place: "Sted",
    agenda: "Dagsorden",
    schedule: "Planlæg møde",
    note: "Note fra mødet",
    shareNote: "Del noten med den anden",
    saveNote: "Gem note",
    observations: "Observationer",
    noObservations: "Ingen observationer endnu.",
    observedOn: "Dato",
    setting: "Situation",
    settings: { STAFF_MEETING: "Personalemøde", DIFFICULT_CONVERSATION: "Svær samtale", ONE_TO_ONE: "En-til-en", PRESENTATION: "Oplæg", CHANGE_PROCESS: "Forandringsproces", OTHER: "Andet" } as Record<Setting, string>,
    situation: "Hvad skete der?",
    wentWell: "Det gik godt",
    toDevelop: "Kan udvikles",
    suggestion: "Forslag",
    shareObservation: "Del med mentee",
    record: "Gem observation",
    saved: "Gemt",
  },
  EN: {
    agreement: "Agreement",
    goals: "Goals of the mentorship",
    frequency: "How often do you meet?",
    endsOn: "End date",
    saveAgreement: "Save the agreement",
    meetings: "Meetings",
    noMeetings: "No meetings yet.",
    startsAt: "Time",
    place: "Place",
    agenda: "Agenda",
    schedule: "Schedule a meeting",
    note: "Note from the meeting",
    shareNote: "Share the note with the other",
    saveNote: "Save note",
    observations: "Observations",
    noObservations: "No observations yet.",
    observedOn: "Date",
    setting: "Setting",
    settings: { STAFF_MEETING: "Staff meeting", DIFFICULT_CONVERSATION: "Difficult conversation", ONE_TO_ONE: "One-to-one", PRESENTATION: "Presentation", CHANGE_PROCESS: "Change process", OTHER: "Other" } as Record<Setting, string>,
    situation: "What happened?",
    wentWell: "Went well",
    toDevelop: "To develop",
    suggestion: "Suggestion",
    shareObservation: "Share with the mentee",
    record: "Save observation",
    saved: "Saved",
  },
};

/** "2026-12-05T09:30" from a datetime-local field, as an instant with the browser's offset. */
export function localToIso(value: string): string {
  return new Date(value).toISOString();
}

export default function MentorshipLog({ id }: { id: string }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [{ data }, refetch] = useQuery({ query: MentorshipLogQuery, variables: { id } });
  const mentorship = data?.node?.__typename === "Mentorship" ? data.node : null;
  if (!mentorship) return null;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const mentor = mentorship.viewerRole === "MENTOR";
  return (
    <>
      <Agreement id={id} goals={mentorship.goals} frequency={mentorship.meetingFrequency} endsOn={mentorship.endsOn ?? ""} onDone={reload} />
      <section aria-labelledby="meetings">
        <h2 id="meetings">{t.meetings}</h2>
        {mentorship.meetings.length === 0 && <p>{t.noMeetings}</p>}
        <ul className="cards">
          {mentorship.meetings.map((meeting) => (
            <li key={meeting.id} className="card">
              <h3>{formatDateTime(meeting.startsAt, language)}{meeting.place ? ` · ${meeting.place}` : ""}</h3>
              {meeting.agenda && <p>{meeting.agenda}</p>}
              {meeting.notes.map((note, i) => <blockquote key={i} className="note">{note.text}</blockquote>)}
              <MeetingNote meetingId={meeting.id} onDone={reload} />
            </li>
          ))}
        </ul>
        <Schedule id={id} onDone={reload} />
      </section>
      <section aria-labelledby="observations">
        <h2 id="observations">{t.observations}</h2>
        {mentorship.observations.length === 0 && <p>{t.noObservations}</p>}
        <ul className="cards">
          {mentorship.observations.map((o, i) => (
            <li key={i} className="card">
              <h3>{formatDate(o.observedOn, language)}: {t.settings[o.setting as Setting]}</h3>
              {o.situation && <p>{o.situation}</p>}
              {o.wentWell && <p><strong>{t.wentWell}:</strong> {o.wentWell}</p>}
              {o.toDevelop && <p><strong>{t.toDevelop}:</strong> {o.toDevelop}</p>}
              {o.suggestion && <p><strong>{t.suggestion}:</strong> {o.suggestion}</p>}
            </li>
          ))}
        </ul>
        {mentor && <Observe id={id} onDone={reload} />}
      </section>
    </>
  );
}

function Errors({ errors }: { errors?: { code: string; message: string }[] }) {
  return <>{errors?.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}</>;
}

function Agreement(props: { id: string; goals: string; frequency: string; endsOn: string; onDone: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [goals, setGoals] = useState(props.goals);
  const [frequency, setFrequency] = useState(props.frequency);
  const [endsOn, setEndsOn] = useState(props.endsOn);
  const [state, save] = useMutation(SetAgreementMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({ input: { mentorshipId: props.id, goals, meetingFrequency: frequency, endsOn: endsOn || null, clientMutationId: crypto.randomUUID() } });
    if (result.data?.setMentorshipAgreement.errors.length === 0) props.onDone();
  }
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="agreement">
      <h2 id="agreement">{t.agreement}</h2>
      <label htmlFor="agreement-goals">{t.goals}</label>
      <textarea id="agreement-goals" rows={3} value={goals} onChange={(e) => setGoals(e.target.value)} />
      <label htmlFor="agreement-frequency">{t.frequency}</label>
      <input id="agreement-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value)} />
      <label htmlFor="agreement-ends">{t.endsOn}</label>
      <input id="agreement-ends" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      <Errors errors={state.data?.setMentorshipAgreement.errors} />
      <button type="submit" className="secondary" disabled={state.fetching}>{t.saveAgreement}</button>
    </form>
  );
}

function Schedule({ id, onDone }: { id: string; onDone: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [startsAt, setStartsAt] = useState("");
  const [place, setPlace] = useState("");
  const [agenda, setAgenda] = useState("");
  const [state, schedule] = useMutation(ScheduleMeetingMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!startsAt) return;
    const result = await schedule({ input: { mentorshipId: id, startsAt: localToIso(startsAt), place, agenda, clientMutationId: crypto.randomUUID() } });
    if (result.data?.scheduleMentoringMeeting.errors.length === 0) {
      setStartsAt("");
      setPlace("");
      setAgenda("");
      onDone();
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="schedule">
      <h3 id="schedule">{t.schedule}</h3>
      <label htmlFor="meeting-starts">{t.startsAt}</label>
      <input id="meeting-starts" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
      <label htmlFor="meeting-place">{t.place}</label>
      <input id="meeting-place" value={place} onChange={(e) => setPlace(e.target.value)} />
      <label htmlFor="meeting-agenda">{t.agenda}</label>
      <textarea id="meeting-agenda" rows={2} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      <Errors errors={state.data?.scheduleMentoringMeeting.errors} />
      <button type="submit" disabled={state.fetching}>{t.schedule}</button>
    </form>
  );
}

function MeetingNote({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [text, setText] = useState("");
  const [shared, setShared] = useState(false);
  const [state, save] = useMutation(SaveMeetingNoteMutation);
  const prefix = `note-${meetingId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({ input: { meetingId, text, shared, clientMutationId: crypto.randomUUID() } });
    if (result.data?.saveMeetingNote.errors.length === 0) {
      setText("");
      onDone();
    }
  }
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor={prefix}>{t.note}</label>
      <textarea id={prefix} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <label className="check"><input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{t.shareNote}</label>
      <Errors errors={state.data?.saveMeetingNote.errors} />
      <button type="submit" className="secondary" disabled={!text.trim() || state.fetching}>{t.saveNote}</button>
    </form>
  );
}

function Observe({ id, onDone }: { id: string; onDone: () => void }) {
  const { language } = useApp();
  const t = TEXT[language];
  const [form, setForm] = useState({ observedOn: new Date().toISOString().slice(0, 10), setting: "STAFF_MEETING" as Setting, situation: "", wentWell: "", toDevelop: "", suggestion: "", sharedWithMentee: true });
  const [state, record] = useMutation(RecordObservationMutation);
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record({ input: { mentorshipId: id, ...form, clientMutationId: crypto.randomUUID() } });
    if (result.data?.recordMentoringObservation.errors.length === 0) {
      setForm({ ...form, situation: "", wentWell: "", toDevelop: "", suggestion: "" });
      setSaved(true);
      onDone();
    }
  }
  const text = (name: "situation" | "wentWell" | "toDevelop" | "suggestion") => (
    <>
      <label htmlFor={`obs-${name}`}>{t[name]}</label>
      <textarea id={`obs-${name}`} rows={2} value={form[name]} onChange={(e) => { setForm({ ...form, [name]: e.target.value }); setSaved(false); }} />
    </>
  );
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="observe">
      <h3 id="observe">{t.record}</h3>
      <label htmlFor="obs-date">{t.observedOn}</label>
      <input id="obs-date" type="date" value={form.observedOn} onChange={(e) => setForm({ ...form, observedOn: e.target.value })} required />
      <label htmlFor="obs-setting">{t.setting}</label>
      <select id="obs-setting" value={form.setting} onChange={(e) => setForm({ ...form, setting: e.target.value as Setting })}>
        {SETTINGS.map((s) => <option key={s} value={s}>{t.settings[s]}</option>)}
      </select>
      {text("situation")}
      {text("wentWell")}
      {text("toDevelop")}
      {text("suggestion")}
      <label className="check"><input type="checkbox" checked={form.sharedWithMentee} onChange={(e) => setForm({ ...form, sharedWithMentee: e.target.checked })} />{t.shareObservation}</label>
      <Errors errors={state.data?.recordMentoringObservation.errors} />
      <p role="status">{saved ? t.saved : ""}</p>
      <button type="submit" disabled={state.fetching}>{t.record}</button>
    </form>
  );
}
