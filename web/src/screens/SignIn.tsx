import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { RequestMagicLinkMutation } from "../api/documents";
import { finishSignIn, oidcConfiguration, startSignIn, type OidcConfiguration } from "../auth/pkce";
import { session, SignInRefused } from "../auth/session";
import { useApp } from "../ui/context";
import { navigate } from "../ui/router";

const RETURN_KEY = "ledelyst:after-sign-in";

export function rememberReturn(path: string): void {
  if (path.startsWith("/") && !path.startsWith("//")) sessionStorage.setItem(RETURN_KEY, path);
}

function returnPath(): string {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export function SignIn() {
  const { t } = useApp();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkState, setLinkState] = useState<"none" | "signing-in" | "failed" | "oidc-failed">("none");
  const [, requestLink] = useMutation(RequestMagicLinkMutation);
  const [oidc, setOidc] = useState<OidcConfiguration | null>(null);
  useEffect(() => {
    void oidcConfiguration().then(setOidc);
  }, []);

  // Back from the organisation's identity provider: /sign-in/oidc?code=…&state=….
  useEffect(() => {
    if (location.pathname !== "/sign-in/oidc") return;
    const search = location.search;
    history.replaceState(null, "", "/sign-in");
    setLinkState("signing-in");
    Promise.resolve()
      .then(() => finishSignIn(search))
      .then(({ code, verifier, nonce }) => session.signInWithOidc(code, verifier, nonce))
      .then(() => navigate(returnPath(), true))
      .catch(() => setLinkState("oidc-failed"));
  }, []);

  // The mail's link is /sign-in#token=…: the fragment never reaches a server
  // log. It is read once and removed from the address bar at once.
  useEffect(() => {
    const token = new URLSearchParams(location.hash.slice(1)).get("token");
    if (!token) return;
    history.replaceState(null, "", "/sign-in");
    setLinkState("signing-in");
    session
      .signInWithMagicLink(token)
      .then(() => navigate(returnPath(), true))
      .catch(() => setLinkState("failed"));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email, password);
      navigate(returnPath(), true);
    } catch (refused) {
      setError(refused instanceof SignInRefused ? refused.message || t.failed : t.failed);
    } finally {
      setBusy(false);
    }
  }

  async function sendLink(event: FormEvent) {
    event.preventDefault();
    const result = await requestLink({ input: { email } });
    setNotice(result.data?.requestMagicLink.message ?? t.linkSent);
  }

  return (
    <main id="main" className="narrow">
      <h1>{t.signInTitle}</h1>
      {linkState === "signing-in" && <p role="status">{t.signingInWithLink}</p>}
      {linkState === "failed" && <p role="alert" className="error">{t.linkFailed}</p>}
      {linkState === "oidc-failed" && <p role="alert" className="error">{t.oidcFailed}</p>}
      {oidc && (
        <p>
          <button type="button" onClick={() => void startSignIn(oidc).then((url) => location.assign(url))}>
            {t.signInWithOrganisation}
          </button>
        </p>
      )}
      <form onSubmit={submit} className="stack">
        <label htmlFor="email">{t.email}</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">{t.password}</label>
        <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" disabled={busy}>{t.signIn}</button>
      </form>
      <form onSubmit={sendLink} className="stack">
        <h2>{t.orMagicLink}</h2>
        <button type="submit" className="secondary" disabled={!email}>{t.sendLink}</button>
        {notice && <p role="status">{notice}</p>}
      </form>
    </main>
  );
}
