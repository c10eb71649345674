import { describe, expect, it } from "vitest";
import { CSRF_HEADER, Session, SignInRefused } from "./session";

type Call = { url: string; init: RequestInit };

function server(answers: Record<string, () => Response>, calls: Call[]) {
  return (async (url: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const key = `${init.method ?? "GET"} ${String(url)}`;
    const answer = answers[key];
    if (!answer) throw new TypeError(`Failed to fetch ${key}`);
    return answer();
  }) as typeof fetch;
}

function tokens(token: string, expiresAt: number) {
  return new Response(JSON.stringify({ accessToken: token, accessTokenExpiresAt: new Date(expiresAt).toISOString() }), { status: 200 });
}

describe("the session", () => {
  it("signs in with a password and keeps the access token in memory", async () => {
    const calls: Call[] = [];
    const now = Date.parse("2026-12-05T08:00:00Z");
    const session = new Session(server({ "POST /auth/sign-in": () => tokens("a1", now + 15 * 60_000) }, calls), () => now);
    await session.signIn("leder@fjordby.dk", "hemmelig");
    expect(session.signedIn).toBe(true);
    expect(await session.accessToken()).toBe("a1");
    expect(calls).toHaveLength(1);
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers[CSRF_HEADER]).toBe("1");
    expect(calls[0].init.credentials).toBe("same-origin");
  });

  it("refreshes through the cookie when the token is about to expire", async () => {
    const calls: Call[] = [];
    let now = Date.parse("2026-12-05T08:00:00Z");
    const session = new Session(
      server({ "POST /auth/sign-in": () => tokens("a1", now + 15 * 60_000), "POST /auth/refresh": () => tokens("a2", now + 15 * 60_000) }, calls),
      () => now,
    );
    await session.signIn("x@y.dk", "pw");
    now += 14.5 * 60_000; // within the minute before expiry
    expect(await session.accessToken()).toBe("a2");
    const refresh = calls.at(-1)!;
    expect(refresh.url).toBe("/auth/refresh");
    expect(refresh.init.body).toBeUndefined(); // the refresh token is the cookie, never JS's
    expect((refresh.init.headers as Record<string, string>)[CSRF_HEADER]).toBe("1");
  });

  it("shares one refresh among concurrent requests (a refresh token is spent once)", async () => {
    const calls: Call[] = [];
    const session = new Session(server({ "POST /auth/refresh": () => tokens("a1", Date.now() + 900_000) }, calls));
    const got = await Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    expect(got).toEqual(["a1", "a1", "a1"]);
    expect(calls.filter((c) => c.url === "/auth/refresh")).toHaveLength(1);
  });

  it("is signed out when the refresh cookie is refused", async () => {
    const calls: Call[] = [];
    const session = new Session(server({ "POST /auth/refresh": () => new Response("{}", { status: 401 }) }, calls));
    const changes: boolean[] = [];
    session.subscribe((signedIn) => changes.push(signedIn));
    expect(await session.accessToken()).toBeNull();
    expect(session.signedIn).toBe(false);
  });

  it("keeps the session while offline instead of signing out", async () => {
    const calls: Call[] = [];
    let now = 0;
    let online = true;
    const session = new Session(
      (async (url: RequestInfo | URL, init?: RequestInit) => {
        if (!online) throw new TypeError("Failed to fetch");
        return server({ "POST /auth/sign-in": () => tokens("a1", now + 900_000) }, calls)(url, init);
      }) as typeof fetch,
      () => now,
    );
    await session.signIn("x@y.dk", "pw");
    online = false;
    now += 899_000;
    expect(await session.accessToken()).toBe("a1");
    expect(session.signedIn).toBe(true);
  });

  it("reports the server's localized reason when sign-in is refused", async () => {
    const body = { errors: [{ code: "UNAUTHENTICATED", message: "Forkert e-mail eller adgangskode." }] };
    const session = new Session(server({ "POST /auth/sign-in": () => new Response(JSON.stringify(body), { status: 401 }) }, []));
    await expect(session.signIn("x@y.dk", "forkert")).rejects.toThrow(SignInRefused);
    await expect(session.signIn("x@y.dk", "forkert")).rejects.toThrow("Forkert e-mail eller adgangskode.");
    expect(session.signedIn).toBe(false);
  });

  it("signs out on the server and forgets the access token", async () => {
    const calls: Call[] = [];
    const session = new Session(
      server({ "POST /auth/sign-in": () => tokens("a1", Date.now() + 900_000), "DELETE /auth/refresh": () => new Response(null, { status: 204 }) }, calls),
    );
    await session.signIn("x@y.dk", "pw");
    await session.signOut();
    expect(session.signedIn).toBe(false);
    expect(calls.at(-1)).toMatchObject({ url: "/auth/refresh", init: { method: "DELETE" } });
  });
});

describe("a reload while offline", () => {
  it("says the server was unreachable rather than that the person is signed out", async () => {
    const session = new Session((async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch);
    expect(await session.refresh()).toBeNull();
    expect(session.unreachable).toBe(true);
  });
});
