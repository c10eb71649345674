// Sign-in per OAuth 2.0 for Browser-Based Apps: the access token lives only in
// this module's memory; the refresh token is an HttpOnly, SameSite=Strict
// cookie scoped to /auth/refresh that JavaScript never sees. Every call to
// /auth/* carries the CSRF header, which a cross-site form cannot send.

export const CSRF_HEADER = "X-Ledelyst-CSRF";

export interface AccessToken {
  token: string;
  expiresAt: number; // epoch ms
}

export interface AuthError {
  code: string;
  message: string;
}

export class SignInRefused extends Error {
  constructor(public readonly errors: AuthError[]) {
    super(errors.map((e) => e.message).join(" "));
  }
}

type Listener = (signedIn: boolean) => void;
// Refresh this long before the access token expires, so no request races it.
const MARGIN_MS = 60_000;

export class Session {
  private access: AccessToken | null = null;
  /** The last refresh found no network: after a reload offline the app
   *  opens on its cached data and refreshes once the phone is online. */
  unreachable = false;
  private refreshing: Promise<AccessToken | null> | null = null;
  private listeners = new Set<Listener>();

  constructor(
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    private readonly now: () => number = Date.now,
  ) {}

  get signedIn(): boolean {
    return this.access !== null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.accept(await this.post("/auth/sign-in", { email, password }));
  }

  async signInWithMagicLink(token: string): Promise<void> {
    await this.accept(await this.post("/auth/magic-link", { token }));
  }

  /** The issuer's code with this tab's PKCE verifier and nonce (auth/pkce.ts). */
  async signInWithOidc(code: string, codeVerifier: string, nonce: string): Promise<void> {
    await this.accept(await this.post("/auth/oidc", { code, codeVerifier, nonce }));
  }

  /** A valid access token, refreshed through the cookie when it is (nearly)
   *  expired or absent (after a reload); null when signed out. Concurrent
   *  callers share one refresh: a refresh token is spent once. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - MARGIN_MS > this.now()) {
      return this.access.token;
    }
    const fresh = await this.refresh();
    return fresh?.token ?? null;
  }

  refresh(): Promise<AccessToken | null> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    try {
      await this.fetcher("/auth/refresh", {
        method: "DELETE",
        credentials: "same-origin",
        headers: { [CSRF_HEADER]: "1" },
      });
    } finally {
      this.set(null);
    }
  }

  private async doRefresh(): Promise<AccessToken | null> {
    let response: Response;
    try {
      response = await this.fetcher("/auth/refresh", {
        method: "POST",
        credentials: "same-origin",
        headers: { [CSRF_HEADER]: "1" },
      });
    } catch {
      // Offline: keep what we have (an expired token is refused by the
      // server, which tells the app to sign in once it is online again).
      this.unreachable = true;
      return this.access;
    }
    this.unreachable = false;
    if (!response.ok) {
      this.set(null);
      // Also when there was no token in memory (a reload offline): the app
      // that opened on its cache learns it must sign in.
      this.listeners.forEach((listener) => listener(false));
      return null;
    }
    const body = (await response.json()) as { accessToken: string; accessTokenExpiresAt: string };
    return this.set({ token: body.accessToken, expiresAt: Date.parse(body.accessTokenExpiresAt) });
  }

  private async post(path: string, body: unknown): Promise<Response> {
    return this.fetcher(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [CSRF_HEADER]: "1" },
      body: JSON.stringify(body),
    });
  }

  private async accept(response: Response): Promise<void> {
    const body = (await response.json()) as {
      accessToken?: string;
      accessTokenExpiresAt?: string;
      errors?: AuthError[];
    };
    if (!response.ok || !body.accessToken || !body.accessTokenExpiresAt) {
      throw new SignInRefused(body.errors ?? [{ code: "UNAUTHENTICATED", message: "" }]);
    }
    this.set({ token: body.accessToken, expiresAt: Date.parse(body.accessTokenExpiresAt) });
  }

  private set(access: AccessToken | null): AccessToken | null {
    const changed = (access === null) !== (this.access === null);
    this.access = access;
    if (changed) this.listeners.forEach((listener) => listener(access !== null));
    return access;
  }
}

export const session = new Session();
