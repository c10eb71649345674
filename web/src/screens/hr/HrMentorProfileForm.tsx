// HR changes a mentor's profile: how many mentees, whether they take new
// ones, and the description of their availability. The rest of the profile
// (strengths, tags, areas, languages, place) is sent back as it is, so HR's
// change leaves what the mentor wrote alone.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { SaveMentorProfileMutation } from "../../api/hr";
import { Field, GeneralErrors, newId, usePlaced } from "../../hr/ui";
import { useApp } from "../../ui/context";
import { mentoringText } from "./mentoringText";

export type EditableProfile = {
  id: string;
  capacity: number;
  isAvailable: boolean;
  availability: string;
  competencyIds: string[];
  tags: string[];
  areas: string[];
  languages: string[];
  location: string;
  person?: { membershipId: string; name: string } | null;
};

export function MentorProfileForm({ profile, onDone, onCancel }: { profile: EditableProfile; onDone: (name: string) => void; onCancel: () => void }) {
  const { language } = useApp();
  const t = mentoringText(language);
  const name = profile.person?.name ?? t.unknown;
  const [capacity, setCapacity] = useState(profile.capacity);
  const [isAvailable, setIsAvailable] = useState(profile.isAvailable);
  const [availability, setAvailability] = useState(profile.availability);
  const [state, save] = useMutation(SaveMentorProfileMutation);
  const placed = usePlaced(state.data?.saveMentorProfile.errors, ["capacity", "availability"]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { competencyIds, tags, areas, languages, location } = profile;
    const result = await save({
      input: {
        membershipId: profile.person?.membershipId ?? null,
        capacity,
        isAvailable,
        availability,
        competencyIds,
        tags,
        areas,
        languages,
        location,
        clientMutationId: newId(),
      },
    });
    if (result.data?.saveMentorProfile.errors.length === 0) onDone(name);
  }
  const prefix = `profile-${profile.id}`;
  return (
    <form onSubmit={onSubmit} className="stack card" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{t.editTitle(name)}</h3>
      <Field id={`${prefix}-capacity`} label={t.capacity} errors={placed.byField.capacity}>
        <input type="number" min={1} max={10} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} required />
      </Field>
      <label className="check">
        <input type="checkbox" checked={isAvailable} onChange={(e) => setIsAvailable(e.target.checked)} />
        {t.isAvailable}
      </label>
      <Field id={`${prefix}-availability`} label={t.availability} hint={t.availabilityHint} errors={placed.byField.availability}>
        <textarea rows={3} value={availability} onChange={(e) => setAvailability(e.target.value)} />
      </Field>
      <GeneralErrors messages={placed.general} />
      <div className="actions">
        <button type="submit" disabled={state.fetching}>{t.save}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
