// The person's own settings: their language, saved on the server (so mails
// follow it and every device opens in it) and on this device (so the sign-in
// screen does too). Numbers and dates follow the language; an example shows how.
// Below it, their password (SettingsPassword.tsx).
import { useState } from "react";
import { useMutation } from "urql";
import { SetMyLocaleMutation } from "../api/settings";
import { chooseLanguage } from "../i18n/choice";
import { formatDate, formatNumber, type Language } from "../i18n/format";
import { useApp } from "../ui/context";
import { ChangePassword } from "./SettingsPassword";
import { Link } from "../ui/Link";
import { mayOfferToMentor } from "../ui/mentorProfile";

const TEXT = {
  DA: {
    title: "Indstillinger",
    help: "Ledelyst og de mails, du får, bruger dette sprog. Tal og datoer skrives, som man gør på sproget.",
    example: (number: string, date: string) => `Sådan ser tal og datoer ud: ${number} · ${date}`,
    saved: "Gemt. Ledelyst er nu på dansk.",
    saving: "Gemmer …",
    mentoring: "Mentorordning",
  },
  EN: {
    title: "Settings",
    help: "Ledelyst and the mails you get use this language. Numbers and dates are written the way the language writes them.",
    example: (number: string, date: string) => `Numbers and dates look like this: ${number} · ${date}`,
    saved: "Saved. Ledelyst is now in English.",
    saving: "Saving …",
    mentoring: "Mentoring",
  },
};

export default function Settings() {
  const { t: common, language, roles } = useApp();
  const t = TEXT[language];
  const [state, setLocale] = useMutation(SetMyLocaleMutation);
  const [message, setMessage] = useState<string | null>(null);

  async function choose(next: Language) {
    setMessage(null);
    const result = await setLocale({ input: { locale: next } });
    const errors = result.data?.setMyLocale.errors ?? [];
    if (result.error || errors.length > 0 || !result.data?.setMyLocale.person) {
      setMessage(errors.map((e) => e.message).join(" ") || common.failed);
      return;
    }
    chooseLanguage(next);
    setMessage(TEXT[next].saved);
  }

  return (
    <main id="main" className="stack">
      <h1>{t.title}</h1>
      <label htmlFor="my-language">{common.language}</label>
      <p id="my-language-help" className="meta">{t.help}</p>
      <select
        id="my-language"
        aria-describedby="my-language-help"
        value={language}
        disabled={state.fetching}
        onChange={(e) => void choose(e.target.value as Language)}
      >
        <option value="DA" lang="da">Dansk</option>
        <option value="EN" lang="en">English</option>
      </select>
      <p className="meta">{t.example(formatNumber(1234.5, language, 1), formatDate("2026-12-05", language))}</p>
      <p role="status">{state.fetching ? t.saving : message}</p>
      <ChangePassword />
      {mayOfferToMentor(roles) && (
        <section aria-labelledby="settings-mentoring">
          <h2 id="settings-mentoring">{t.mentoring}</h2>
          <p><Link href="/mentoring/profile">{common.myMentorProfile}</Link></p>
        </section>
      )}
    </main>
  );
}
