// panva's oidc-provider on loopback for the sign-in tests.
// usage: node server.mjs PORT KEYS.json ACCOUNTS.json
// KEYS.json is a private JWKS ({"keys": [...]}); rotating keys = restarting
// with another file. ACCOUNTS.json maps a login name to the claims of that
// account; it is read again on every sign-in, so a test can add accounts.
// CLOCK_LAG_SECONDS makes the provider's clock run behind (its tokens are
// issued in the past) and ID_TOKEN_TTL_SECONDS sets how long an ID token
// lives: together they give a token that has expired when it arrives.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const [port, keysFile, accountsFile] = process.argv.slice(2);
const lag = Number(process.env.CLOCK_LAG_SECONDS || 0);
if (lag) {
  const now = Date.now;
  Date.now = () => now() - lag * 1000;
}
const issuer = `http://127.0.0.1:${port}`;
const redirect = 'http://127.0.0.1/callback';
// More redirect URIs, comma-separated: the app's own /sign-in/oidc of a test server.
const redirects = [redirect, ...(process.env.OIDC_REDIRECT_URIS ?? '').split(',').filter(Boolean)];

const provider = new Provider(issuer, {
  jwks: JSON.parse(readFileSync(keysFile, 'utf8')),
  clients: ['ledelyst-web', 'ledelyst-app', 'another-app'].map((id) => ({
    client_id: id,
    token_endpoint_auth_method: 'none',
    redirect_uris: redirects,
    grant_types: ['authorization_code'],
    response_types: ['code'],
  })),
  pkce: { required: () => true },
  ttl: { IdToken: Number(process.env.ID_TOKEN_TTL_SECONDS || 3600) },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    // Entra ID's and Keycloak's claims, and a SAML broker's attributes as its mappers name them.
    profile: ['name', 'preferred_username', 'upn', 'roles', 'locale', 'mail', 'display_name', 'groups'],
  },
  conformIdTokenClaims: false, // the ID token carries the profile claims
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    const accounts = JSON.parse(readFileSync(accountsFile, 'utf8'));
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...claims }; } };
  },
  async loadExistingGrant(ctx) {
    // Consent is the municipality's business, not these tests': grant what is asked.
    const grant = new provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
provider.proxy = false;
provider.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write(`listening ${issuer}\n`);
});
