/**
 * OAuth 2.0 refresh_token and client_credentials grants against a local token endpoint and a local API that accepts
 * only the tokens it issued: what is sent, token reuse, single flight, refresh ahead of expiry, 401 → one refresh →
 * one repeat.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  type ExecuteOptions,
  executeNode,
  MemoryTokenStore,
  type OAuth2Auth,
  undiciTransport,
} from '../src/index.js';
import { type OAuthServers, startOAuthServers } from './oauth-helpers.js';

let servers: OAuthServers;
const transport = undiciTransport();
const secrets = {
  CLIENT_SECRET: 'cs_CANARY_secret',
  REFRESH_TOKEN: 'rt_CANARY_refresh',
  CLIENT_ID: 'client 1',
};
let options: ExecuteOptions;

beforeAll(async () => {
  servers = await startOAuthServers();
});
beforeEach(() => {
  servers.reset();
  options = {
    transport,
    secrets,
    tokenStore: new MemoryTokenStore(),
    allowHosts: [servers.token.origin],
    retry: { limit: 0 },
  };
});
afterAll(async () => {
  await transport.close?.();
  await servers.close();
});

function refreshGrant(extra: Partial<Record<string, unknown>> = {}): OAuth2Auth {
  return {
    type: 'oauth2',
    grant: 'refresh_token',
    tokenUrl: `${servers.token.origin}/token`,
    clientId: '{{secrets.CLIENT_ID}}',
    clientSecret: '{{secrets.CLIENT_SECRET}}',
    refreshToken: '{{secrets.REFRESH_TOKEN}}',
    ...extra,
  } as OAuth2Auth;
}
const api = (auth: OAuth2Auth, extra: Partial<CustomApiNodeConfig> = {}): CustomApiNodeConfig => ({
  url: `${servers.api.origin}/v1/things`,
  auth,
  ...extra,
});

describe('the refresh_token grant', () => {
  it('sends the refresh token form with HTTP Basic client authentication, then the API call with the token', async () => {
    const result = await executeNode(api(refreshGrant({ scopes: ['read', 'write'] })), options);
    expect(result).toMatchObject({ ok: true, body: { ok: true } });
    const [request] = servers.token.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/token' });
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    // RFC 6749 §2.3.1: id and secret form-encoded, then base64.
    expect(request?.headers.authorization).toBe(`Basic ${btoa('client+1:cs_CANARY_secret')}`);
    expect(servers.form(0)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt_CANARY_refresh',
      scope: 'read write',
    });
    expect(servers.api.requests[0]?.headers.authorization).toMatch(/^Bearer tok-\d+$/);
  });

  it('puts the client credentials in the body with clientAuth post, and only the id for a public client', async () => {
    await executeNode(api(refreshGrant({ clientAuth: 'post' })), options);
    await executeNode(api(refreshGrant({ clientSecret: undefined })), options);
    expect(servers.form(0)).toMatchObject({ client_id: 'client 1', client_secret: 'cs_CANARY_secret' });
    expect(servers.form(1)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt_CANARY_refresh',
      client_id: 'client 1',
    });
    expect(servers.token.requests.map((request) => request.headers.authorization)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('reuses the token across calls, and makes one token request for 100 concurrent calls', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, () => executeNode(api(refreshGrant()), options)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    await executeNode(api(refreshGrant()), options);
    expect(servers.token.requests).toHaveLength(1);
    expect(servers.api.requests).toHaveLength(101);
  });

  it('fetches a new token ahead of expiry', async () => {
    servers.reply = servers.issue(2); // refreshed after half its lifetime, 1 s
    expect(await executeNode(api(refreshGrant()), options)).toMatchObject({ ok: true });
    const first = servers.api.requests[0]?.headers.authorization;
    await executeNode(api(refreshGrant()), options);
    expect(servers.token.requests).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await executeNode(api(refreshGrant()), options);
    expect(servers.token.requests).toHaveLength(2);
    expect(servers.api.requests[2]?.headers.authorization).not.toBe(first);
  });

  it('uses a rotated refresh token for the next refresh', async () => {
    servers.reply = servers.issue(2, { refresh_token: 'rt_CANARY_rotated' });
    await executeNode(api(refreshGrant()), options);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await executeNode(api(refreshGrant()), options);
    expect(servers.form(1).refresh_token).toBe('rt_CANARY_rotated');
  });
});

describe('a 401 from the API', () => {
  it('refreshes the token once and repeats a GET once', async () => {
    await executeNode(api(refreshGrant()), options);
    servers.valid.clear(); // the API revokes tok-*
    servers.reply = servers.issue();
    const result = await executeNode(api(refreshGrant()), options);
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(servers.token.requests).toHaveLength(2);
  });

  it('repeats only once when the fresh token is refused too', async () => {
    servers.reply = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"access_token":"never-valid","expires_in":3600}');
    };
    const result = await executeNode(api(refreshGrant()), options);
    expect(result).toMatchObject({ ok: false, status: 401, attempts: 2 });
    expect(servers.token.requests).toHaveLength(2);
    expect(servers.api.requests).toHaveLength(2);
  });

  it('does not repeat a POST without an idempotency key, and repeats one with a key', async () => {
    servers.reply = servers.issue();
    await executeNode(api(refreshGrant()), options);
    servers.valid.clear();
    const post = await executeNode(api(refreshGrant(), { method: 'POST', body: { a: 1 } }), options);
    expect(post).toMatchObject({ ok: false, status: 401, attempts: 1 });
    const keyed = await executeNode(api(refreshGrant(), { method: 'POST', body: { a: 1 } }), {
      ...options,
      idempotencyKey: 'run-1-step-2',
    });
    expect(keyed).toMatchObject({ ok: true, attempts: 2 });
    const keys = servers.api.requests.slice(-2).map((request) => request.headers['idempotency-key']);
    expect(keys).toEqual(['run-1-step-2', 'run-1-step-2']);
  });
});

describe('the client_credentials grant', () => {
  it('sends its scopes and audience and caches the token', async () => {
    const auth = {
      type: 'oauth2',
      grant: 'client_credentials',
      tokenUrl: `${servers.token.origin}/oauth/token`,
      clientId: 'svc',
      clientSecret: '{{secrets.CLIENT_SECRET}}',
      scopes: ['orders:read'],
      audience: 'https://api.example.com',
    } as OAuth2Auth;
    expect(await executeNode(api(auth), options)).toMatchObject({ ok: true });
    expect(await executeNode(api(auth), options)).toMatchObject({ ok: true });
    expect(servers.form(0)).toEqual({
      grant_type: 'client_credentials',
      scope: 'orders:read',
      audience: 'https://api.example.com',
    });
    expect(servers.token.requests).toHaveLength(1);
  });
});
