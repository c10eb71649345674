// A new leader without a mentor: what they look for, then a shortlist of
// mentors (best fit first) and a request their manager approves.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { MentoringNeedQuery, MyMentorRequestsQuery, RequestMentorMutation, SaveNeedMutation, ShortlistQuery } from "../api/mentoring";
import { formatDateTime, formatPercent } from "../i18n/format";
import { useApp } from "../ui/context";

const TEXT = {
  DA: {
    title: "Find en mentor",
    need: "Hvad søger du i en mentor?",
    location: "Hvor vil du helst mødes?",
    save: "Gem og vis forslag",
    shortlist: "Forslag",
    none: "Ingen ledige mentorer passer lige nu.",
    fit: (p: string) => `Match ${p}`,
    ask: (name: string) => `Spørg ${name}`,
    asked: "Din forespørgsel er sendt til din leder til godkendelse.",
  },
  EN: {
    title: "Find a mentor",
    need: "What do you look for in a mentor?",
    location: "Where would you rather meet?",
    save: "Save and show suggestions",
    shortlist: "Suggestions",
    none: "No available mentor fits right now.",
    fit: (p: string) => `Fit ${p}`,
    ask: (name: string) => `Ask ${name}`,
    asked: "Your request has gone to your manager for approval.",
  },
};

export default function FindMentor() {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data, fetching }, refetchNeed] = useQuery({ query: MentoringNeedQuery });
  const need = data?.myMentoringNeed;
  const [notes, setNotes] = useState<string | null>(null);
  const [location, setLocation] = useState<string | null>(null);
  const [saveState, saveNeed] = useMutation(SaveNeedMutation);
  const [{ data: shortlist }, refetchShortlist] = useQuery({ query: ShortlistQuery, pause: !need, requestPolicy: "network-only" });
  const [requestState, request] = useMutation(RequestMentorMutation);
  const [{ data: requests }, refetchRequests] = useQuery({ query: MyMentorRequestsQuery, requestPolicy: "cache-and-network" });
  if (!data) return <main id="main"><p role="status">{fetching ? common.loading : common.failed}</p></main>;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await saveNeed({ input: { notes: notes ?? need?.notes ?? "", location: location ?? need?.location ?? "", clientMutationId: crypto.randomUUID() } });
    if (result.data?.saveMentoringNeed.errors.length === 0) {
      refetchNeed({ requestPolicy: "network-only" });
      refetchShortlist();
    }
  }
  async function ask(profileId: string) {
    const result = await request({ input: { mentorProfileId: profileId, clientMutationId: crypto.randomUUID() } });
    if (result.data?.requestMentor.errors.length === 0) refetchRequests({ requestPolicy: "network-only" });
  }
  const asked = requestState.data?.requestMentor.errors.length === 0;
  const mine = requests?.myMentorRequests ?? [];
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="need-notes">{t.need}</label>
        <textarea id="need-notes" rows={3} value={notes ?? need?.notes ?? ""} onChange={(e) => setNotes(e.target.value)} />
        <label htmlFor="need-location">{t.location}</label>
        <input id="need-location" value={location ?? need?.location ?? ""} onChange={(e) => setLocation(e.target.value)} />
        {saveState.data?.saveMentoringNeed.errors.map((e, i) => <p key={i} role="alert" className="error">{e.message}</p>)}
        <button type="submit" disabled={saveState.fetching}>{t.save}</button>
      </form>
      {need && (
        <section aria-labelledby="shortlist">
          <h2 id="shortlist">{t.shortlist}</h2>
          {shortlist && shortlist.mentorShortlist.length === 0 && <p>{t.none}</p>}
          <ul className="cards">
            {shortlist?.mentorShortlist.map((candidate) => (
              <li key={candidate.profile.id} className="card">
                <strong>{candidate.person?.name}</strong>
                <span className="meta">{candidate.person?.jobTitle}{candidate.person?.unitName ? `, ${candidate.person.unitName}` : ""} · {t.fit(formatPercent(candidate.fit * 100, language))}</span>
                <p>{candidate.explanation.text}</p>
                <button type="button" className="secondary" disabled={requestState.fetching || asked} onClick={() => ask(candidate.profile.id)}>
                  {t.ask(candidate.person?.name ?? "")}
                </button>
              </li>
            ))}
          </ul>
          {requestState.data?.requestMentor.errors.map((e, i) => <p key={i} role="alert" className="error">{e.message}</p>)}
          <p role="status">{asked ? t.asked : ""}</p>
        </section>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="my-requests">
          <h2 id="my-requests">{common.myRequests}</h2>
          <ul className="cards">
            {mine.map((r) => (
              <li key={r.id} className="card">
                <strong>{common.requestAsked(r.mentor?.name ?? "", formatDateTime(r.createdAt, language))}</strong>
                <span className="meta">{common.requestStatus[r.status] ?? r.status}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
