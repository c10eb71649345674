// The person's own password (changePassword): the current one and a new one,
// each with the payload's errors beside it. The current one is asked for only
// when they have one (viewer.hasPassword): a person who has signed in by mail
// link or with their organisation so far chooses their first.
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
    first: "Du har ingen adgangskode endnu: du logger ind med et link på mail eller med din organisation. Vælg en her, hvis du også vil kunne logge ind med den.",
    new: "Ny adgangskode",
    newHint: `Mindst ${MINIMUM} tegn. Nogle ord i træk er lette at huske og svære at gætte.`,
    submit: "Skift adgangskode",
    submitFirst: "Gem adgangskode",
    saving: "Gemmer …",
    changed: "Adgangskoden er skiftet. Dine andre enheder er logget ud; brug den nye adgangskode, næste gang du logger ind.",
    saved: "Adgangskoden er gemt. Du kan nu også logge ind med den.",
  },
  EN: {
    title: "Password",
    current: "Current password",
    first: "You have no password yet: you sign in with a link by mail or with your organisation. Choose one here if you also want to sign in with it.",
    new: "New password",
    newHint: `At least ${MINIMUM} characters. A few words in a row are easy to remember and hard to guess.`,
    submit: "Change password",
    submitFirst: "Save password",
    saving: "Saving …",
    changed: "Your password is changed. Your other devices are signed out; use the new password next time you sign in.",
    saved: "Your password is saved. You can now sign in with it too.",
  },
};

export function ChangePassword() {
  const { t: common, language } = useApp();
  const t = TEXT[language];
  const [{ data: me }, refetch] = useQuery({ query: MyEmailQuery });
  const [state, change] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [changed, setChanged] = useState<"changed" | "saved" | null>(null);
  const [failed, setFailed] = useState(false);
  const email = me?.viewer?.person.email;
  // Until the answer is in, as before it existed: the field, which may stay empty.
  const hasPassword = me?.viewer?.hasPassword ?? true;
  // Without the field, an error about the current password (one was chosen on
  // another device meanwhile) is shown below the form, and the form asks again.
  const placed = usePlaced(state.data?.changePassword.errors, hasPassword ? ["currentPassword", "newPassword"] : ["newPassword"]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(null);
    setFailed(false);
    const result = await change({ input: { currentPassword: hasPassword ? current || null : null, newPassword: next } });
    if (result.error || !result.data) {
      setFailed(true);
      return;
    }
    const errors = result.data.changePassword.errors;
    if (errors.length > 0) {
      if (!hasPassword && errors.some((e) => e.field?.includes("currentPassword"))) refetch({ requestPolicy: "network-only" });
      return;
    }
    if (email) {
      // Without it this device would be signed out too once its access token
      // expires; if it fails, that is what happens, and signing in works.
      await session.signIn(email, next).catch(() => undefined);
    }
    setCurrent("");
    setNext("");
    setChanged(hasPassword ? "changed" : "saved");
    // Now they have one: the form asks for it next time.
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <form onSubmit={submit} className="stack" aria-labelledby="password-title">
      <h2 id="password-title">{t.title}</h2>
      {email && <input type="email" autoComplete="username" value={email} readOnly hidden />}
      {hasPassword ? (
        <Field id="current-password" label={t.current} errors={placed.byField.currentPassword}>
          <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
      ) : (
        <p>{t.first}</p>
      )}
      <Field id="new-password" label={t.new} hint={t.newHint} errors={placed.byField.newPassword}>
        <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
      </Field>
      <GeneralErrors messages={failed ? [common.failed] : placed.general} />
      {state.fetching && <p role="status">{t.saving}</p>}
      {changed && <Notice text={t[changed]} />}
      <button type="submit" disabled={state.fetching}>{hasPassword ? t.submit : t.submitFirst}</button>
    </form>
  );
}
