// The person's own password (changePassword): the current one and a new one,
// each with the payload's errors beside it. The API asks for the current
// password only when there is one, so a person who has signed in by mail link
// or with their organisation so far leaves it empty and sets their first.
// Rate limits (too many wrong current passwords) name no field: shown below.
// A change signs out every device of the person (the server revokes their
// refresh tokens); this one signs in again at once with the new password.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ChangePasswordMutation, MyEmailQuery } from "../api/settings";
import { session } from "../auth/session";
import { Field, GeneralErrors, Notice, usePlaced } from "../hr/ui";
import { useApp } from "../ui/context";

// backend/identity/signin/service.py MIN_PASSWORD_LENGTH: told before typing;
// the server's own error names it too when a shorter one is sent.
const MINIMUM = 12;

const TEXT = {
  DA: {
    title: "Adgangskode",
    current: "Nuværende adgangskode",
    currentHint: "Har du ikke en adgangskode endnu, fordi du logger ind med et link på mail eller med din organisation, så lad feltet stå tomt og vælg din første.",
    new: "Ny adgangskode",
    newHint: `Mindst ${MINIMUM} tegn. Nogle ord i træk er lette at huske og svære at gætte.`,
    submit: "Skift adgangskode",
    saving: "Gemmer …",
    changed: "Adgangskoden er skiftet. Dine andre enheder er logget ud; brug den nye adgangskode, næste gang du logger ind.",
  },
  EN: {
    title: "Password",
    current: "Current password",
    currentHint: "If you have no password yet, because you sign in with a link by mail or with your organisation, leave this empty and choose your first.",
    new: "New password",
    newHint: `At least ${MINIMUM} characters. A few words in a row are easy to remember and hard to guess.`,
    submit: "Change password",
    saving: "Saving …",
    changed: "Your password is changed. Your other devices are signed out; use the new password next time you sign in.",
  },
};

export function ChangePassword() {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data: me }] = useQuery({ query: MyEmailQuery });
  const [state, change] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [changed, setChanged] = useState(false);
  const [failed, setFailed] = useState(false);
  const email = me?.viewer?.person.email;
  const placed = usePlaced(state.data?.changePassword.errors, ["currentPassword", "newPassword"]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    setFailed(false);
    const result = await change({ input: { currentPassword: current || null, newPassword: next } });
    if (result.error || !result.data) {
      setFailed(true);
      return;
    }
    if (result.data.changePassword.errors.length > 0) return;
    if (email) {
      // Without it this device would be signed out too once its access token
      // expires; if it fails, that is what happens, and signing in works.
      await session.signIn(email, next).catch(() => undefined);
    }
    setCurrent("");
    setNext("");
    setChanged(true);
  }

  return (
    <form onSubmit={submit} className="stack" aria-labelledby="password-title">
      <h2 id="password-title">{t.title}</h2>
      {email && <input type="email" autoComplete="username" value={email} readOnly hidden />}
      <Field id="current-password" label={t.current} hint={t.currentHint} errors={placed.byField.currentPassword}>
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field id="new-password" label={t.new} hint={t.newHint} errors={placed.byField.newPassword}>
        <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
      </Field>
      <GeneralErrors messages={failed ? [common.failed] : placed.general} />
      {state.fetching && <p role="status">{t.saving}</p>}
      {changed && <Notice text={t.changed} />}
      <button type="submit" disabled={state.fetching}>{t.submit}</button>
    </form>
  );
}
