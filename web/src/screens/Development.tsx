// The leader's development goals, each tied to an organisational goal
// (editable until the BEFORE checkpoint is held), and their checkpoints with
// what the manager wrote. Loaded only when opened.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { DevelopmentQuery, SetGoalsMutation } from "../api/goals";
import { formatDate, formatDateTime } from "../i18n/format";
import { useApp } from "../ui/context";

const TEXT = {
  DA: {
    title: "Mine udviklingsmål",
    none: "Ingen udviklingsmål endnu.",
    supports: (goal: string) => `Understøtter: ${goal}`,
    rating: (n: number) => `Vurderet ${n} af 5`,
    agreed: "Aftalt",
    add: "Tilføj et udviklingsmål",
    goal: "Udviklingsmål",
    description: "Beskrivelse",
    orgGoal: "Organisationens mål",
    choose: "Vælg et mål",
    save: "Gem mål",
    locked: "Målene er aftalt ved før-opfølgningen og ændres sammen med din leder.",
    checkpoints: "Mine opfølgninger",
    held: (date: string) => `Holdt ${date}`,
    practice: "Aftalt praksis",
    notes: "Noter",
    feedback: "Feedback fra din leder",
  },
  EN: {
    title: "My development goals",
    none: "No development goals yet.",
    supports: (goal: string) => `Supports: ${goal}`,
    rating: (n: number) => `Rated ${n} of 5`,
    agreed: "Agreed",
    add: "Add a development goal",
    goal: "Development goal",
    description: "Description",
    orgGoal: "The organisation's goal",
    choose: "Choose a goal",
    save: "Save goals",
    locked: "The goals were agreed at the before check-in and change together with your manager.",
    checkpoints: "My check-ins",
    held: (date: string) => `Held ${date}`,
    practice: "Practice agreed",
    notes: "Notes",
    feedback: "Feedback from your manager",
  },
};

export default function Development({ enrolmentId }: { enrolmentId: string }) {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching, error }, refetch] = useQuery({ query: DevelopmentQuery, variables: { enrolmentId } });
  const [state, setGoals] = useMutation(SetGoalsMutation);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [goalId, setGoalId] = useState("");
  const enrolment = data?.node?.__typename === "Enrolment" ? data.node : null;
  if (!enrolment) return <main id="main"><p role="status">{fetching ? common.loading : error ? common.failed : common.notFound}</p></main>;
  const before = enrolment.checkpoints.find((c) => c.kind === "BEFORE");
  const editable = !before?.completedAt;
  async function add(event: FormEvent) {
    event.preventDefault();
    if (!enrolment) return;
    const goals = [
      ...enrolment.developmentGoals.map((g) => ({ id: g.id, title: g.title, description: g.description, organisationGoalId: g.organisationGoal?.id ?? "" })),
      { title, description, organisationGoalId: goalId },
    ];
    const result = await setGoals({ input: { enrolmentId: enrolment.id, goals, clientMutationId: crypto.randomUUID() } });
    if (result.data?.setDevelopmentGoals.errors.length === 0) {
      setTitle("");
      setDescription("");
      refetch({ requestPolicy: "network-only" });
    }
  }
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <p className="meta">{enrolment.programme?.title}</p>
      {enrolment.developmentGoals.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="cards">
          {enrolment.developmentGoals.map((goal) => (
            <li key={goal.id} className="card">
              <strong>{goal.title}</strong>
              {goal.description && <p>{goal.description}</p>}
              <span className="meta">
                {goal.organisationGoal ? t.supports(goal.organisationGoal.title) : ""}
                {goal.agreedAt ? ` · ${t.agreed}` : ""}
                {goal.attainmentRating ? ` · ${t.rating(goal.attainmentRating)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form onSubmit={add} className="stack" aria-labelledby="add-goal">
          <h2 id="add-goal">{t.add}</h2>
          <label htmlFor="goal-title">{t.goal}</label>
          <input id="goal-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="goal-description">{t.description}</label>
          <textarea id="goal-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
          <label htmlFor="goal-org">{t.orgGoal}</label>
          <select id="goal-org" value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">{t.choose}</option>
            {data?.goals.nodes.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
          {state.data?.setDevelopmentGoals.errors.map((e, i) => <p key={i} role="alert" className="error">{e.message}</p>)}
          <button type="submit" disabled={state.fetching}>{t.save}</button>
        </form>
      ) : (
        <p>{t.locked}</p>
      )}
      <section aria-labelledby="my-checkpoints">
        <h2 id="my-checkpoints">{t.checkpoints}</h2>
        <ul className="cards">
          {enrolment.checkpoints.map((checkpoint) => (
            <li key={checkpoint.id} className="card">
              <h3>{common.checkpointKind[checkpoint.kind]}</h3>
              <p className="meta">
                {checkpoint.completedAt ? t.held(formatDateTime(checkpoint.completedAt, language)) : common.due(formatDate(checkpoint.dueOn, language))}
              </p>
              {checkpoint.practiceAgreed && <p><strong>{t.practice}:</strong> {checkpoint.practiceAgreed}</p>}
              {checkpoint.notes && <p><strong>{t.notes}:</strong> {checkpoint.notes}</p>}
              {checkpoint.feedback && <p><strong>{t.feedback}:</strong> {checkpoint.feedback}</p>}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
