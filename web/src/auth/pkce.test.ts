import { beforeEach, describe, expect, it } from "vitest";
import { challengeOf, finishSignIn, OidcFailed, randomText, startSignIn, type OidcConfiguration } from "./pkce";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const config: OidcConfiguration = {
  issuer: "https://idp.example",
  clientId: "ledelyst-web",
  authorizationEndpoint: "https://idp.example/auth?tenant=fjordby",
  redirectUri: "https://app.example/sign-in/oidc",
};

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe("PKCE", () => {
  it("makes the S256 challenge of RFC 7636's example verifier", async () => {
    expect(await challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("makes verifiers of 43 URL-safe characters, never the same twice", () => {
    const a = randomText(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomText(32)).not.toBe(a);
  });

  it("sends the challenge, never the verifier, and keeps the endpoint's own query", async () => {
    const url = new URL(await startSignIn(config, storage));
    const kept = JSON.parse(storage.getItem("ledelyst:oidc")!);
    expect(url.origin + url.pathname).toBe("https://idp.example/auth");
    expect(url.searchParams.get("tenant")).toBe("fjordby");
    expect(url.searchParams.get("client_id")).toBe("ledelyst-web");
    expect(url.searchParams.get("redirect_uri")).toBe(config.redirectUri);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toBe(await challengeOf(kept.verifier));
    expect(url.searchParams.get("state")).toBe(kept.state);
    expect(url.searchParams.get("nonce")).toBe(kept.nonce);
    expect(url.toString()).not.toContain(kept.verifier);
  });
});

describe("the way back from the issuer", () => {
  it("hands over the code with this tab's verifier and nonce, once", async () => {
    const url = new URL(await startSignIn(config, storage));
    const state = url.searchParams.get("state")!;
    const { verifier, nonce } = JSON.parse(storage.getItem("ledelyst:oidc")!);
    expect(finishSignIn(`?code=abc&state=${state}`, storage)).toEqual({ code: "abc", verifier, nonce });
    expect(() => finishSignIn(`?code=abc&state=${state}`, storage)).toThrow(OidcFailed);
  });

  it("refuses an answer with another state, and forgets the verifier", async () => {
    await startSignIn(config, storage);
    expect(() => finishSignIn("?code=abc&state=forged", storage)).toThrow(OidcFailed);
    expect(storage.getItem("ledelyst:oidc")).toBeNull();
  });

  it("says what the issuer refused", async () => {
    await startSignIn(config, storage);
    expect(() => finishSignIn("?error=access_denied&error_description=Nej", storage)).toThrow("Nej");
  });
});
