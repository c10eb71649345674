// An experienced leader's own mentor profile ("mesterlære"): whether they
// offer to mentor new leaders, and on what terms. saveMentorProfile without
// membershipId writes the viewer's own; the server lets members with the role
// LEADER or MENTOR do so (others get its refusal, shown as it comes). The
// matching compares the strengths (tags), areas, languages and place with a
// new leader's need; capacity and "takes new mentees" decide who is offered.
// Strengths chosen from a competency framework are kept as they are.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { MyMentorProfileQuery, SaveMyMentorProfileMutation } from "../api/mentoring";
import { Field, GeneralErrors, newId, Notice, usePlaced } from "../hr/ui";
import type { Language } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";
import { listFromText, mayOfferToMentor, textFromList } from "../ui/mentorProfile";

const TEXT = {
  DA: {
    title: "Din mentorprofil",
    status: "Mentor for nye ledere",
    intro: "Som erfaren leder kan du tilbyde at være mentor for nye ledere. HR parrer jer ud fra din profil.",
    offering: (capacity: number, taken: number) =>
      `Du tilbyder at være mentor for op til ${capacity} ${capacity === 1 ? "ny leder" : "nye ledere"}. ${taken} ${taken === 1 ? "plads er" : "pladser er"} optaget.`,
    paused: "Du tager ikke imod nye mentees lige nu.",
    notOffering: "Du tilbyder ikke at være mentor endnu. Udfyld og gem profilen, så kan HR parre dig med nye ledere.",
    notAllowed: "Kun ledere kan tilbyde at være mentor. Spørg HR, hvis du mener, du burde kunne.",
    formTitle: "Dine vilkår som mentor",
    capacity: "Hvor mange mentees kan du have på én gang?",
    capacityHint: "Mellem 1 og 10.",
    isAvailable: "Jeg tager imod nye mentees",
    tags: "Hvad kan du hjælpe med?",
    tagsHint: "Emner og styrker, adskilt af komma, fx forandringsledelse, svære samtaler.",
    areas: "Dine fagområder",
    areasHint: "Adskilt af komma, fx Dagtilbud, Ældre og sundhed.",
    languages: "Sprog",
    languagesHint: "Sprogkoder adskilt af komma, fx da, en.",
    location: "Hvor mødes du helst?",
    availability: "Hvornår og hvor ofte kan du mødes?",
    availabilityHint: "Fx et møde hver 14. dag, gerne tirsdag eftermiddag.",
    create: "Tilbyd at være mentor",
    save: "Gem mentorprofil",
    saving: "Gemmer …",
    saved: "Din mentorprofil er gemt.",
  },
  EN: {
    title: "Your mentor profile",
    status: "Mentor to new leaders",
    intro: "As an experienced leader you can offer to mentor new leaders. HR pairs you from your profile.",
    offering: (capacity: number, taken: number) =>
      `You offer to mentor up to ${capacity} new ${capacity === 1 ? "leader" : "leaders"}. ${taken} ${taken === 1 ? "place is" : "places are"} taken.`,
    paused: "You are not taking new mentees right now.",
    notOffering: "You do not offer to mentor yet. Fill in and save the profile, and HR can pair you with new leaders.",
    notAllowed: "Only leaders can offer to mentor. Ask HR if you think you should be able to.",
    formTitle: "Your terms as a mentor",
    capacity: "How many mentees can you have at a time?",
    capacityHint: "Between 1 and 10.",
    isAvailable: "I take new mentees",
    tags: "What can you help with?",
    tagsHint: "Topics and strengths, separated by commas, e.g. leading change, difficult conversations.",
    areas: "Your areas",
    areasHint: "Separated by commas, e.g. Day care, Elderly care and health.",
    languages: "Languages",
    languagesHint: "Language codes separated by commas, e.g. da, en.",
    location: "Where would you rather meet?",
    availability: "When and how often can you meet?",
    availabilityHint: "E.g. one meeting every other week, preferably Tuesday afternoon.",
    create: "Offer to mentor",
    save: "Save mentor profile",
    saving: "Saving …",
    saved: "Your mentor profile is saved.",
  },
};

type Text = (typeof TEXT)[Language];

export type OwnProfile = {
  id: string;
  capacity: number;
  takenPlaces: number;
  isAvailable: boolean;
  availability: string;
  competencyIds: string[];
  tags: string[];
  areas: string[];
  languages: string[];
  location: string;
};

export default function MentorProfile() {
  const { t: common, language, roles } = useApp();
  const t = TEXT[language];
  const allowed = mayOfferToMentor(roles);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyMentorProfileQuery, pause: !allowed });
  const [saved, setSaved] = useState(false);
  if (!allowed) {
    return (
      <main id="main" className="stack">
        <h1>{t.title}</h1>
        <p>{t.notAllowed}</p>
        <p><Link href="/">{common.back}</Link></p>
      </main>
    );
  }
  if (!data) return <main id="main"><p role="status">{fetching ? common.loading : error ? common.failed : ""}</p></main>;
  const profile = data.myMentorProfile ?? null;
  return (
    <main id="main" className="stack">
      <h1>{t.title}</h1>
      <p className="meta">{t.intro}</p>
      <section aria-labelledby="mentor-profile-status" className="card">
        <h2 id="mentor-profile-status">{t.status}</h2>
        {profile ? (
          <>
            <p>{t.offering(profile.capacity, profile.takenPlaces)}</p>
            {!profile.isAvailable && <p>{t.paused}</p>}
          </>
        ) : (
          <p>{t.notOffering}</p>
        )}
      </section>
      {saved && <Notice text={t.saved} />}
      <ProfileForm
        key={profile?.id ?? "new"}
        profile={profile}
        t={t}
        onSaving={() => setSaved(false)}
        onSaved={() => {
          setSaved(true);
          refetch({ requestPolicy: "network-only" });
        }}
      />
    </main>
  );
}

const SHOWN = ["capacity", "tags", "areas", "languages", "location", "availability"];

function ProfileForm({ profile, t, onSaving, onSaved }: { profile: OwnProfile | null; t: Text; onSaving: () => void; onSaved: () => void }) {
  const failed = useApp().t.failed;
  const [capacity, setCapacity] = useState(String(profile?.capacity ?? 2));
  const [isAvailable, setIsAvailable] = useState(profile?.isAvailable ?? true);
  const [tags, setTags] = useState(textFromList(profile?.tags ?? []));
  const [areas, setAreas] = useState(textFromList(profile?.areas ?? []));
  const [languages, setLanguages] = useState(textFromList(profile?.languages ?? ["da"]));
  const [location, setLocation] = useState(profile?.location ?? "");
  const [availability, setAvailability] = useState(profile?.availability ?? "");
  const [state, save] = useMutation(SaveMyMentorProfileMutation);
  const placed = usePlaced(state.data?.saveMentorProfile.errors, SHOWN);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSaving();
    const result = await save({
      input: {
        capacity: Number.parseInt(capacity, 10) || 0,
        isAvailable,
        // Strengths from a framework were checked when they were added: sent
        // back as they are, they need no framework named.
        competencyIds: profile?.competencyIds ?? [],
        tags: listFromText(tags),
        areas: listFromText(areas),
        languages: listFromText(languages),
        location,
        availability,
        clientMutationId: newId(),
      },
    });
    if (result.data?.saveMentorProfile.errors.length === 0) onSaved();
  }
  return (
    <form onSubmit={onSubmit} className="stack card" aria-labelledby="mentor-profile-form" noValidate>
      <h2 id="mentor-profile-form">{t.formTitle}</h2>
      <Field id="mentor-capacity" label={t.capacity} hint={t.capacityHint} errors={placed.byField.capacity}>
        <input type="number" inputMode="numeric" min={1} max={10} value={capacity} onChange={(e) => setCapacity(e.target.value)} required />
      </Field>
      <label className="check">
        <input type="checkbox" checked={isAvailable} onChange={(e) => setIsAvailable(e.target.checked)} />
        {t.isAvailable}
      </label>
      <Field id="mentor-tags" label={t.tags} hint={t.tagsHint} errors={placed.byField.tags}>
        <textarea rows={2} value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <Field id="mentor-areas" label={t.areas} hint={t.areasHint} errors={placed.byField.areas}>
        <input value={areas} onChange={(e) => setAreas(e.target.value)} />
      </Field>
      <Field id="mentor-languages" label={t.languages} hint={t.languagesHint} errors={placed.byField.languages}>
        <input value={languages} onChange={(e) => setLanguages(e.target.value)} autoCapitalize="none" />
      </Field>
      <Field id="mentor-location" label={t.location} errors={placed.byField.location}>
        <input value={location} onChange={(e) => setLocation(e.target.value)} />
      </Field>
      <Field id="mentor-availability" label={t.availability} hint={t.availabilityHint} errors={placed.byField.availability}>
        <textarea rows={3} value={availability} onChange={(e) => setAvailability(e.target.value)} />
      </Field>
      <GeneralErrors messages={[...placed.general, ...(state.error ? [failed] : [])]} />
      <div className="actions">
        <button type="submit" disabled={state.fetching}>{state.fetching ? t.saving : profile ? t.save : t.create}</button>
      </div>
    </form>
  );
}
