/**
 * The jwt-bearer grant for Google service accounts, compared on the wire with Google's own auth library
 * (google-auth-library, sending to the same local token endpoint): the same form, the same JWT header and claims,
 * and a signature the key's public half verifies.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { JWT } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, executeNode, MemoryTokenStore, undiciTransport } from '../src/index.js';
import { type OAuthServers, startOAuthServers } from './oauth-helpers.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const EMAIL = 'sheets-bot@convoflow-test.iam.gserviceaccount.com';
const SCOPES: [string, ...string[]] = ['https://www.googleapis.com/auth/spreadsheets'];
let servers: OAuthServers;
const transport = undiciTransport();

beforeAll(async () => {
  servers = await startOAuthServers();
});
afterAll(async () => {
  await transport.close?.();
  await servers.close();
});

/** The JWT's header and claims, after checking its RS256 signature with the public key. */
function decode(assertion: string): { header: unknown; claims: Record<string, unknown> } {
  const [header, claims, signature] = assertion.split('.') as [string, string, string];
  const verified = createVerify('RSA-SHA256')
    .update(`${header}.${claims}`)
    .verify(publicKey, signature, 'base64url');
  expect(verified).toBe(true);
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  return { header: json(header), claims: json(claims) };
}

function serviceAccountConfig(subject?: string): CustomApiNodeConfig {
  return {
    url: `${servers.api.origin}/v4/spreadsheets/abc/values/A1`,
    auth: {
      type: 'oauth2',
      grant: 'jwt-bearer',
      serviceAccount: '{{secrets.GOOGLE_SERVICE_ACCOUNT_KEY}}',
      scopes: SCOPES,
      ...(subject && { subject }),
    },
  };
}
const keyFile = () =>
  JSON.stringify({
    type: 'service_account',
    client_email: EMAIL,
    private_key: PRIVATE_KEY,
    private_key_id: 'k1',
    token_uri: `${servers.token.origin}/token`,
  });

describe('the jwt-bearer grant', () => {
  it('sends what google-auth-library sends: the form, the JWT header and claims, an RS256 signature', async () => {
    const google = new JWT({ email: EMAIL, key: PRIVATE_KEY, scopes: SCOPES, subject: 'ana@example.com' });
    const send = google.transporter.request.bind(google.transporter);
    // Google's library sends to Google's URL; the same request goes to the local endpoint instead.
    google.transporter.request = ((options: { url: string }) =>
      send({ ...options, url: `${servers.token.origin}/token` } as never)) as never;
    await google.authorize();

    const ours = await executeNode(serviceAccountConfig('ana@example.com'), {
      transport,
      secrets: { GOOGLE_SERVICE_ACCOUNT_KEY: keyFile() },
      allowHosts: [servers.token.origin],
      tokenStore: new MemoryTokenStore(),
    });
    expect(ours).toMatchObject({ ok: true });

    const [theirs, mine] = [servers.form(0), servers.form(1)];
    expect(Object.keys(mine)).toEqual(Object.keys(theirs));
    expect(mine.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const [expected, actual] = [decode(theirs.assertion as string), decode(mine.assertion as string)];
    expect(actual.header).toEqual(expected.header);
    expect(Object.keys(actual.claims)).toEqual(Object.keys(expected.claims));
    // Google's library always names Google's token URL as the audience; ours names the URL it sends to.
    expect({ ...actual.claims, aud: 'aud', iat: 0, exp: 0 }).toEqual({
      ...expected.claims,
      aud: 'aud',
      iat: 0,
      exp: 0,
    });
    expect(actual.claims.aud).toBe(`${servers.token.origin}/token`);
    expect(Number(actual.claims.exp) - Number(actual.claims.iat)).toBe(3600);
    expect(actual.claims).toMatchObject({ iss: EMAIL, scope: SCOPES[0], sub: 'ana@example.com' });
  });

  it('refuses a secret that is not a service account key file, naming the field but not its text', async () => {
    const result = await executeNode(serviceAccountConfig(), {
      transport,
      secrets: { GOOGLE_SERVICE_ACCOUNT_KEY: '{"client_email":"x@y","note":"CANARY_not_a_key"}' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'config', issues: [{ pointer: '/auth/serviceAccount' }] },
    });
    expect(JSON.stringify(result)).not.toContain('CANARY_not_a_key');
  });

  it('never shows the private key or the assertion', async () => {
    const result = await executeNode(serviceAccountConfig(), {
      transport,
      secrets: { GOOGLE_SERVICE_ACCOUNT_KEY: keyFile() },
      allowHosts: [servers.token.origin],
      tokenStore: new MemoryTokenStore(),
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toContain(servers.form(servers.token.requests.length - 1).assertion);
  });
});
