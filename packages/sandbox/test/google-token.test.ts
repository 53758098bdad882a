/**
 * The sandbox's Google token endpoint against Google's own auth library (google-auth-library, its requests moved
 * from oauth2.googleapis.com to the sandbox, as core's jwt-bearer wire test does): the service account's assertion
 * and the refresh grant are accepted, the tokens issued open the Sheets API until they expire, and every malformed
 * grant gets Google's error.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { JWT, UserRefreshClient } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOGLE_TOKEN_URL,
  SANDBOX_OAUTH_CLIENT,
  SANDBOX_SERVICE_ACCOUNT_EMAIL,
  SANDBOX_SERVICE_ACCOUNT_KEY,
  type Sandbox,
  startSandbox,
} from '../src/index.js';
import { ISSUED_TOKEN_PREFIX } from '../src/services/google-token.js';
import { send } from './helpers.js';

let sandbox: Sandbox;
let tokenUrl: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  tokenUrl = `${sandbox.baseUrls['google-sheets']}/token`;
  sandbox.state.sheets.spreadsheets.set('abc', new Map([['Sheet1', [['x']]]]));
});
afterAll(() => sandbox.close());

/** Google's client, sending to the sandbox's token endpoint instead of Google's (every request, whatever its URL). */
function toSandbox<T extends { transporter: { request: unknown } }>(client: T): T {
  const request = (client.transporter.request as (options: object) => unknown).bind(client.transporter);
  client.transporter.request = ((options: object) => request({ ...options, url: tokenUrl })) as never;
  return client;
}

const readSheet = (token: string) =>
  send(`${sandbox.baseUrls['google-sheets']}/v4/spreadsheets/abc/values/Sheet1%21A1`, {
    headers: { authorization: `Bearer ${token}` },
  });

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  send(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

/** A signed assertion with these claims (by the sandbox key unless another is given). */
function assertion(
  claims: Record<string, unknown>,
  key = JSON.parse(SANDBOX_SERVICE_ACCOUNT_KEY).private_key,
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({
    iss: SANDBOX_SERVICE_ACCOUNT_EMAIL,
    scope: 'https://www.googleapis.com/auth/spreadsheets',
    aud: GOOGLE_TOKEN_URL,
    iat: now,
    exp: now + 3600,
    ...claims,
  })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

describe('the sandbox token endpoint', () => {
  it('gives google-auth-library a token for the sandbox service account, which opens the Sheets API', async () => {
    const key = JSON.parse(SANDBOX_SERVICE_ACCOUNT_KEY) as { client_email: string; private_key: string };
    const google = toSandbox(
      new JWT({
        email: key.client_email,
        key: key.private_key,
        scopes: ['https://www.googleapis.com/auth/spreadsheets'],
      }),
    );
    const { token } = await google.getAccessToken();
    expect(token).toMatch(/^ya29\.sandbox-issued-/);
    expect((await readSheet(token as string)).status).toBe(200);
    expect(sandbox.state.sheets.accessTokens.has(token as string)).toBe(true);
  });

  it('gives google-auth-library a token for the refresh_token grant of the sandbox client', async () => {
    const google = toSandbox(
      new UserRefreshClient(
        SANDBOX_OAUTH_CLIENT.clientId,
        SANDBOX_OAUTH_CLIENT.clientSecret,
        SANDBOX_OAUTH_CLIENT.refreshToken,
      ),
    );
    const { token } = await google.getAccessToken();
    expect((await readSheet(token as string)).status).toBe(200);
  });

  it('accepts the client in HTTP Basic as well as in the form', async () => {
    const basic = Buffer.from(
      `${SANDBOX_OAUTH_CLIENT.clientId}:${SANDBOX_OAUTH_CLIENT.clientSecret}`,
    ).toString('base64');
    const answer = await form(
      { grant_type: 'refresh_token', refresh_token: SANDBOX_OAUTH_CLIENT.refreshToken },
      { authorization: `Basic ${basic}` },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
  });

  it('refuses a token once it has expired or was revoked', async () => {
    const answer = await form({ grant_type: JWT_BEARER, assertion: assertion({}) });
    const token = answer.body.access_token as string;
    expect((await readSheet(token)).status).toBe(200);
    sandbox.state.sheets.accessTokens.set(token, Date.now() - 1);
    expect((await readSheet(token)).status).toBe(401);
    // A token in the issued form that the endpoint never issued (an obvious fake).
    expect((await readSheet(`${ISSUED_TOKEN_PREFIX}FAKE-never-issued`)).status).toBe(401);
  });

  it.each([
    [
      'a signature by another key',
      () => assertion({}, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
      'Invalid JWT Signature.',
    ],
    ['another audience', () => assertion({ aud: 'https://example.com/token' }), /Failed audience check/],
    [
      'another service account',
      () => assertion({ iss: 'someone@else.iam.gserviceaccount.com' }),
      'Invalid grant: account not found',
    ],
    [
      'a lifetime over an hour',
      () => assertion({ exp: Math.floor(Date.now() / 1000) + 7200 }),
      /short-lived token/,
    ],
    ['an expired assertion', () => assertion({ iat: 1_000, exp: 4_000 }), /short-lived token/],
    ['not a JWT', () => 'not.a-jwt', 'Invalid JWT.'],
  ])('refuses an assertion with %s (invalid_grant)', async (_name, make, description) => {
    const answer = await form({ grant_type: JWT_BEARER, assertion: make() });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_grant');
    expect(answer.body.error_description).toMatch(description);
  });

  it('refuses an assertion without a Sheets scope (invalid_scope)', async () => {
    const answer = await form({
      grant_type: JWT_BEARER,
      assertion: assertion({ scope: 'https://www.googleapis.com/auth/gmail.send' }),
    });
    expect(answer.body).toMatchObject({ error: 'invalid_scope' });
  });

  it('refuses a wrong client (401 invalid_client), a wrong refresh token and an unknown grant (400)', async () => {
    const base = {
      client_id: SANDBOX_OAUTH_CLIENT.clientId,
      refresh_token: SANDBOX_OAUTH_CLIENT.refreshToken,
    };
    const client = await form({ ...base, grant_type: 'refresh_token', client_secret: 'wrong' });
    expect([client.status, client.body.error]).toEqual([401, 'invalid_client']);
    const refresh = await form({
      ...base,
      grant_type: 'refresh_token',
      client_secret: SANDBOX_OAUTH_CLIENT.clientSecret,
      refresh_token: 'wrong',
    });
    expect([refresh.status, refresh.body.error]).toEqual([400, 'invalid_grant']);
    const unknown = await form({ grant_type: 'password' });
    expect([unknown.status, unknown.body.error]).toEqual([400, 'unsupported_grant_type']);
  });
});
