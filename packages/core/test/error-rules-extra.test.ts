/** Error rules beyond message/code/type: extra fields, numeric codes, composed messages, rate-limit rules. */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorRulesSpec, executeNode, rateLimitWait, responseRulesFrom } from '../src/index.js';

const servers: CaptureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Answers the scripted replies in order (the last one repeats). */
async function serve(...replies: Array<[number, Record<string, string>, unknown]>): Promise<CaptureServer> {
  let index = 0;
  const server = await startCaptureServer((_request, response) => {
    const [status, headers, body] = replies[Math.min(index++, replies.length - 1)] ?? [200, {}, {}];
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  servers.push(server);
  return server;
}

const run = (server: CaptureServer, spec: ErrorRulesSpec, retryLimit = 0) =>
  executeNode(
    { url: `${server.origin}/x`, method: 'GET' },
    { rules: responseRulesFrom(spec), retry: { limit: retryLimit, baseDelayMs: 1 } },
  );

describe('error rules with extra fields', () => {
  it('keeps a numeric code a number and composes the message with more_info (Twilio)', async () => {
    const server = await serve([
      404,
      {},
      {
        code: 20404,
        message: 'The requested resource was not found',
        more_info: 'https://twilio.example/20404',
        status: 404,
      },
    ]);
    const result = await run(server, {
      message: ['message'],
      code: ['code'],
      fields: { more_info: 'more_info', status: 'status' },
      messageFormat: '{message} (see {more_info})',
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({
      kind: 'http',
      code: 20404,
      message: 'The requested resource was not found (see https://twilio.example/20404)',
      fields: { more_info: 'https://twilio.example/20404', status: 404 },
    });
  });

  it('collects errors[].field as an array and falls back to the message paths when a format path is missing', async () => {
    const server = await serve([
      422,
      {},
      {
        message: 'Validation Failed',
        errors: [
          { resource: 'Issue', field: 'title', code: 'missing_field' },
          { resource: 'Issue', field: 'body', code: 'invalid' },
        ],
        documentation_url: 'https://docs.example/rest',
      },
    ]);
    const result = await run(server, {
      message: ['message'],
      code: ['errors[].code'],
      fields: { field: 'errors[].field', documentation_url: 'documentation_url', absent: 'nothing.here' },
      messageFormat: '{message}: {errors[].detail}',
    });
    expect(result.error).toMatchObject({
      message: 'Validation Failed',
      code: 'missing_field; invalid',
      fields: { field: ['title', 'body'], documentation_url: 'https://docs.example/rest' },
    });
    expect(result.error?.fields).not.toHaveProperty('absent');
  });
});

describe('declarative rate-limit rules', () => {
  const github: ErrorRulesSpec = {
    rateLimited: [
      { status: 403, headers: { 'x-ratelimit-remaining': '0' }, resetHeader: 'x-ratelimit-reset' },
    ],
  };

  it('makes a 403 with x-ratelimit-remaining: 0 rate_limited, waiting until x-ratelimit-reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 30);
    const server = await serve([
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      { message: 'API rate limit exceeded' },
    ]);
    const result = await run(server, github);
    expect(result.error).toMatchObject({ kind: 'rate_limited', message: 'API rate limit exceeded' });
    expect(result.error?.retryAfterMs).toBeGreaterThan(25_000);
    expect(result.error?.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('retries after the reset like a 429, and leaves other 403s alone', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const server = await serve(
      [403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, { message: 'slow down' }],
      [200, {}, { ok: true }],
    );
    expect((await run(server, github, 1)).ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    const forbidden = await serve([403, { 'x-ratelimit-remaining': '12' }, { message: 'no access' }]);
    expect((await run(forbidden, github, 1)).error).toMatchObject({ kind: 'http', message: 'no access' });
    expect(forbidden.requests).toHaveLength(1);
  });

  it('reads seconds and epoch milliseconds, and falls back to Retry-After, then 60 s', () => {
    const now = 1_700_000_000_000;
    const rule = (unit?: 'seconds' | 'epochMs') => [
      { status: 429, resetHeader: 'x-reset', ...(unit ? { unit } : {}) },
    ];
    expect(rateLimitWait(rule('seconds'), { status: 429, headers: { 'x-reset': '5' } }, now)).toBe(5000);
    expect(
      rateLimitWait(rule('epochMs'), { status: 429, headers: { 'x-reset': String(now + 750) } }, now),
    ).toBe(750);
    expect(rateLimitWait(rule(), { status: 429, headers: { 'retry-after': '2' } }, now)).toBe(2000);
    expect(rateLimitWait(rule(), { status: 429, headers: {} }, now)).toBe(60_000);
    expect(rateLimitWait(rule(), { status: 500, headers: {} }, now)).toBeUndefined();
  });
});
