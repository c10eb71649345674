// OpenID Connect sign-in with the authorization code and PKCE (RFC 7636), as
// OAuth 2.0 for Browser-Based Apps asks: the browser makes a secret verifier,
// sends only its SHA-256 challenge to the issuer with a state and a nonce, and
// keeps the three in sessionStorage (this tab only) until the issuer sends it
// back to /sign-in/oidc with a code. The server redeems the code with the
// verifier and checks the nonce (POST /auth/oidc); no token of the issuer
// ever reaches this code.

export interface OidcConfiguration {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  redirectUri: string;
}

export interface OidcCallback {
  code: string;
  verifier: string;
  nonce: string;
}

export class OidcFailed extends Error {}

const KEY = "ledelyst:oidc";

function base64url(bytes: Uint8Array): string {
  let text = "";
  bytes.forEach((byte) => (text += String.fromCharCode(byte)));
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** `bytes` random bytes as base64url (32 bytes: a 43-character verifier). */
export function randomText(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier. */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The issuer's address to send the browser to; the verifier, state and nonce
 *  wait in `storage` for the way back. */
export async function startSignIn(config: OidcConfiguration, storage: Storage = sessionStorage): Promise<string> {
  const verifier = randomText(32);
  const state = randomText(16);
  const nonce = randomText(16);
  storage.setItem(KEY, JSON.stringify({ verifier, state, nonce }));
  const url = new URL(config.authorizationEndpoint);
  const params = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: "code",
    scope: "openid email profile",
    code_challenge: await challengeOf(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  params.forEach((value, name) => url.searchParams.set(name, value)); // the endpoint's own query stays
  return url.toString();
}

/** The code of the issuer's answer (`location.search` of /sign-in/oidc) with
 *  the verifier and nonce this tab kept, once: a second call, another tab's
 *  answer, a wrong state or the issuer's error throw `OidcFailed`. */
export function finishSignIn(search: string, storage: Storage = sessionStorage): OidcCallback {
  const kept = storage.getItem(KEY);
  storage.removeItem(KEY);
  const answer = new URLSearchParams(search);
  if (answer.get("error")) throw new OidcFailed(answer.get("error_description") ?? answer.get("error") ?? "");
  if (!kept) throw new OidcFailed("no sign-in was started in this tab");
  const { verifier, state, nonce } = JSON.parse(kept) as { verifier: string; state: string; nonce: string };
  const code = answer.get("code");
  if (!code || answer.get("state") !== state) throw new OidcFailed("the answer is not to this tab's sign-in");
  return { code, verifier, nonce };
}

/** The app's OIDC sign-in, or null when the server offers none. */
export async function oidcConfiguration(fetcher: typeof fetch = fetch): Promise<OidcConfiguration | null> {
  try {
    const response = await fetcher("/auth/oidc", { credentials: "same-origin" });
    // 204: the server offers no OpenID Connect sign-in.
    return response.status === 200 ? ((await response.json()) as OidcConfiguration) : null;
  } catch {
    return null; // offline: the other sign-ins are shown
  }
}
