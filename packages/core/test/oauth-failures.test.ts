/**
 * What happens when no access token can be had (typed `auth` failures, never retried), where the token endpoint
 * may be, how tokens are shared through a TokenStore, and that no OAuth credential ever shows.
 */
import { inspect } from 'node:util';
import { closedPort } from '@convoflow/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthError,
  type CustomApiNodeConfig,
  type ExecuteOptions,
  executeNode,
  executeNodeOrThrow,
  isAuthError,
  MemoryTokenStore,
  type NodeEvent,
  type StoredToken,
  undiciTransport,
  validateConfig,
} from '../src/index.js';
import { type OAuthServers, oauthError, startOAuthServers } from './oauth-helpers.js';

let servers: OAuthServers;
const transport = undiciTransport();
const CANARIES = { CLIENT_SECRET: 'cs_CANARY_fail', REFRESH_TOKEN: 'rt_CANARY_fail' };
let options: ExecuteOptions;
let events: NodeEvent[];

beforeAll(async () => {
  servers = await startOAuthServers();
});
beforeEach(() => {
  servers.reset();
  events = [];
  options = {
    transport,
    secrets: CANARIES,
    tokenStore: new MemoryTokenStore(),
    allowHosts: [servers.token.origin],
    retry: { limit: 3, baseDelayMs: 1 },
    onEvent: (event) => events.push(event),
  };
});
afterAll(async () => {
  await transport.close?.();
  await servers.close();
});

const config = (tokenUrl = `${servers.token.origin}/token`): CustomApiNodeConfig => ({
  url: `${servers.api.origin}/v1/things`,
  auth: {
    type: 'oauth2',
    grant: 'refresh_token',
    tokenUrl,
    clientId: 'app',
    clientSecret: '{{secrets.CLIENT_SECRET}}',
    refreshToken: '{{secrets.REFRESH_TOKEN}}',
  },
});

describe('token endpoint failures', () => {
  it('is auth with the OAuth error and description, fault config, and the API is never called', async () => {
    servers.reply = oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
    const result = await executeNode(config(), options);
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: {
        kind: 'auth',
        code: 'invalid_grant',
        description: 'Token has been expired or revoked.',
        fault: 'config',
      },
    });
    expect(servers.api.requests).toHaveLength(0);
    expect(servers.token.requests).toHaveLength(1);
  });

  it('throws AuthError with a one-line message, and the fault of the answer', async () => {
    servers.reply = oauthError(401, 'invalid_client');
    const error = (await executeNodeOrThrow(config(), options).catch(
      (thrown: unknown) => thrown,
    )) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'auth', fault: 'config', oauthError: 'invalid_client' });
    expect(error.message).toBe(
      `GET ${servers.api.origin}/v1/things could not get an OAuth access token (invalid_client)`,
    );
    expect(error.toJSON()).toMatchObject({ code: 'auth', fault: 'config', oauthError: 'invalid_client' });
  });

  it('is transient for a 5xx and for an unreachable endpoint, and is not retried', async () => {
    servers.reply = oauthError(503, 'temporarily_unavailable');
    expect(await executeNode(config(), options)).toMatchObject({
      error: { kind: 'auth', fault: 'transient' },
    });
    expect(servers.token.requests).toHaveLength(1);
    const port = await closedPort();
    const unreachable = await executeNode(config(`http://127.0.0.1:${port}/token`), {
      ...options,
      allowHosts: [`http://127.0.0.1:${port}`],
    });
    expect(unreachable).toMatchObject({ error: { kind: 'auth', fault: 'transient' } });
  });

  it('refuses a token URL that is not https unless the call allows its host', async () => {
    const result = await executeNode(config(), { ...options, allowHosts: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'config', issues: [{ pointer: '/auth/tokenUrl' }] },
    });
    expect(servers.token.requests).toHaveLength(0);
  });
});

describe('OAuth credentials', () => {
  it('never show in results, events, errors or redacted requests', async () => {
    servers.reply = servers.issue(3600, { refresh_token: 'rt_CANARY_rotated' });
    const ok = await executeNode(config(), options);
    servers.reply = oauthError(400, 'invalid_grant', 'refresh token rt_CANARY_fail is revoked');
    const failed = await executeNode(config(), { ...options, tokenStore: new MemoryTokenStore() });
    const thrown = await executeNodeOrThrow(config(), {
      ...options,
      tokenStore: new MemoryTokenStore(),
    }).catch((error: unknown) => error);
    const token = String(servers.api.requests[0]?.headers.authorization).slice('Bearer '.length);
    const basic = String(servers.token.requests[0]?.headers.authorization).slice('Basic '.length);
    const outputs = [ok, failed, events, thrown].flatMap((value) => [
      JSON.stringify(value),
      inspect(value, { depth: 9 }),
    ]);
    outputs.push((thrown as Error).message);
    for (const text of outputs) {
      for (const secret of [...Object.values(CANARIES), token, basic]) expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(ok.request.headers)).toContain('"authorization":"Bearer ***"');
  });
});

describe('TokenStore', () => {
  it('serves a token stored by another process, under a key that holds no credential', async () => {
    const stored = new Map<string, StoredToken>();
    const store = {
      get: async (key: string) => stored.get(key),
      set: async (key: string, token: StoredToken) => void stored.set(key, token),
      delete: async (key: string) => void stored.delete(key),
    };
    await executeNode(config(), { ...options, tokenStore: store });
    const [key] = [...stored.keys()];
    for (const secret of Object.values(CANARIES)) expect(key).not.toContain(secret);
    await executeNode(config(), { ...options, tokenStore: store });
    expect(servers.token.requests).toHaveLength(1);
    expect(servers.api.requests).toHaveLength(2);
  });
});

describe('oauth2 configs', () => {
  it('require each grant its fields, and credentials as secret references', () => {
    const auth = {
      type: 'oauth2',
      grant: 'client_credentials',
      tokenUrl: 'https://a.example/t',
      clientId: 'x',
    };
    expect(validateConfig({ url: 'https://a.example', auth })).toEqual([
      { pointer: '/auth/clientSecret', message: 'is required' },
    ]);
    const literal = { ...auth, clientSecret: 'cs_live_written_out' };
    expect(validateConfig({ url: 'https://a.example', auth: literal })).toEqual([
      { pointer: '/auth/clientSecret', message: expect.stringContaining('must match') },
    ]);
    expect(
      validateConfig({ url: 'https://a.example', auth: { type: 'oauth2', grant: 'jwt-bearer' } }),
    ).toEqual([
      { pointer: '/auth/serviceAccount', message: 'is required' },
      { pointer: '/auth/scopes', message: 'is required' },
    ]);
  });
});
