/**
 * A token request and the call's abort signal and deadline, against a local token endpoint that holds its answers
 * until the test lets them go: an aborted call ends as `aborted`, a hanging endpoint as `timeout`, and one caller's
 * abort never fails the others waiting for the same token.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  type ExecuteOptions,
  executeNode,
  MemoryTokenStore,
  type StoredToken,
  undiciTransport,
} from '../src/index.js';
import { type OAuthServers, startOAuthServers } from './oauth-helpers.js';

let servers: OAuthServers;
const transport = undiciTransport();
/** Token requests the endpoint holds (no answer yet). */
let held: ServerResponse[];
let options: ExecuteOptions;
/** Keys the token store was given a token for. */
let stored: string[];

/** A memory store that records each token it is given. */
class RecordingStore extends MemoryTokenStore {
  override async set(key: string, token: StoredToken): Promise<void> {
    await super.set(key, token);
    stored.push(key);
  }
}

beforeAll(async () => {
  servers = await startOAuthServers();
});
beforeEach(() => {
  servers.reset();
  held = [];
  stored = [];
  servers.reply = (_request, response) => {
    held.push(response);
  };
  options = {
    transport,
    secrets: { CLIENT_SECRET: 'cs_CANARY_abort', REFRESH_TOKEN: 'rt_CANARY_abort' },
    tokenStore: new RecordingStore(),
    allowHosts: [servers.token.origin],
  };
});
afterEach(() => {
  release();
});
afterAll(async () => {
  await transport.close?.();
  await servers.close();
});

const config = (): CustomApiNodeConfig => ({
  url: `${servers.api.origin}/v1/things`,
  auth: {
    type: 'oauth2',
    grant: 'refresh_token',
    tokenUrl: `${servers.token.origin}/token`,
    clientId: 'app',
    clientSecret: '{{secrets.CLIENT_SECRET}}',
    refreshToken: '{{secrets.REFRESH_TOKEN}}',
  },
});

/** Resolves once the token endpoint holds `count` requests. */
async function tokenRequestsHeld(count: number): Promise<void> {
  while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Answers every held token request with a new token. */
function release(): void {
  for (const response of held.splice(0)) servers.issue()(undefined as never, response);
}

describe('a token request and the call’s signal', () => {
  it('ends as aborted when the caller aborts while the token request is in flight; the API is never called', async () => {
    const controller = new AbortController();
    const pending = executeNode(config(), { ...options, signal: controller.signal });
    await tokenRequestsHeld(1);
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'aborted' } });
    expect(result.error?.message).toMatch(/aborted while waiting for an access token/);
    release();
    expect(servers.api.requests).toHaveLength(0);
  });

  it('ends as timeout when the token endpoint hangs past the call’s deadline', async () => {
    const result = await executeNode(config(), { ...options, deadlineMs: 150 });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'timeout' } });
    expect(result.error?.message).toMatch(/deadline \(deadlineMs\) passed while waiting for an access token/);
    expect(servers.token.requests).toHaveLength(1);
    expect(servers.api.requests).toHaveLength(0);
  });

  it('ends as timeout when the token endpoint does not answer within timeoutMs', async () => {
    const result = await executeNode(config(), { ...options, timeoutMs: 150 });
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: { kind: 'timeout', message: 'the token endpoint did not answer within 150 ms' },
    });
    expect(servers.api.requests).toHaveLength(0);
  });

  it('starts no token request for a call aborted before it began', async () => {
    const result = await executeNode(config(), { ...options, signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(servers.token.requests).toHaveLength(0);
  });
});

describe('single flight and one caller’s abort', () => {
  it('lets the other waiters have the token when one of them aborts, from the one token request', async () => {
    const controller = new AbortController();
    const quitter = executeNode(config(), { ...options, signal: controller.signal });
    const waiters = Array.from({ length: 5 }, () => executeNode(config(), options));
    await tokenRequestsHeld(1);
    controller.abort();
    expect(await quitter).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    release();
    for (const result of await Promise.all(waiters))
      expect(result).toMatchObject({ ok: true, body: { ok: true } });
    expect(servers.token.requests).toHaveLength(1);
    expect(servers.api.requests).toHaveLength(5);
  });

  it('stores the token of a request every waiter gave up on, for the next call', async () => {
    const controller = new AbortController();
    const quitter = executeNode(config(), { ...options, signal: controller.signal });
    await tokenRequestsHeld(1);
    controller.abort();
    expect(await quitter).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    release();
    // The abandoned request still completes and its token is stored: the next call makes no token request.
    while (stored.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await executeNode(config(), options)).toMatchObject({ ok: true });
    expect(servers.token.requests).toHaveLength(1);
  });

  it('a waiter whose deadline passes gets timeout while the others get the token', async () => {
    const hurried = executeNode(config(), { ...options, deadlineMs: 100 });
    const patient = executeNode(config(), options);
    await tokenRequestsHeld(1);
    expect(await hurried).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    release();
    expect(await patient).toMatchObject({ ok: true });
    expect(servers.token.requests).toHaveLength(1);
  });
});
