// The leader rates an activity 1-5, with an optional comment; rating again
// replaces the earlier rating. Sent at once, not through the offline queue:
// the queue carries progress (syncProgress), and a rating is an opinion the
// leader can give when back online, so offline the form says so and waits.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { MyActivityRatingQuery, RateActivityMutation } from "../api/ratings";
import { useOnline } from "../offline/useQueue";
import { useApp } from "../ui/context";

const TEXT = {
  DA: {
    title: "Din bedømmelse",
    scale: "Hvor meget fik du ud af aktiviteten? (1 = lidt, 5 = meget)",
    star: (n: number) => `${n} af 5`,
    comment: "Kommentar (valgfri)",
    save: "Gem bedømmelse",
    saved: (n: number) => `Gemt: ${n} af 5`,
    yours: (n: number) => `Din bedømmelse: ${n} af 5`,
    offline: "Du kan bedømme aktiviteten, når du er online igen.",
  },
  EN: {
    title: "Your rating",
    scale: "How much did you get out of the activity? (1 = little, 5 = a lot)",
    star: (n: number) => `${n} of 5`,
    comment: "Comment (optional)",
    save: "Save rating",
    saved: (n: number) => `Saved: ${n} of 5`,
    yours: (n: number) => `Your rating: ${n} of 5`,
    offline: "You can rate the activity when you are back online.",
  },
};

export function ActivityRating({ activityId }: { activityId: string }) {
  const { language } = useApp();
  const t = TEXT[language];
  const online = useOnline();
  const [{ data }, refetch] = useQuery({ query: MyActivityRatingQuery, variables: { activityIds: [activityId] } });
  const mine = data?.myActivityRatings.find((r) => r.activityId === activityId);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [state, rate] = useMutation(RateActivityMutation);
  const chosen = rating ?? mine?.rating ?? null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen === null) return;
    setSaved(null);
    const result = await rate({ input: { activityId, rating: chosen, comment: comment ?? mine?.comment ?? "", clientMutationId: crypto.randomUUID() } });
    if (result.data?.rateActivity.errors.length === 0) {
      setSaved(chosen);
      refetch({ requestPolicy: "network-only" });
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="rating-title">
      <h2 id="rating-title">{t.title}</h2>
      {mine && <p className="meta">{t.yours(mine.rating)}</p>}
      <fieldset>
        <legend>{t.scale}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="check">
            <input type="radio" name="activity-rating" value={n} checked={chosen === n} onChange={() => { setRating(n); setSaved(null); }} />
            {t.star(n)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="rating-comment">{t.comment}</label>
      <textarea id="rating-comment" rows={3} value={comment ?? mine?.comment ?? ""} onChange={(e) => { setComment(e.target.value); setSaved(null); }} />
      {state.data?.rateActivity.errors.map((e, i) => <p key={`${e.code}-${i}`} role="alert" className="error">{e.message}</p>)}
      {!online && <p className="meta">{t.offline}</p>}
      <p role="status">{saved !== null ? t.saved(saved) : ""}</p>
      <button type="submit" disabled={chosen === null || !online || state.fetching}>{t.save}</button>
    </form>
  );
}
