/**
 * A call never throws and never sends what it cannot send faithfully: deep bodies, values JSON cannot carry and
 * per-call options that would switch a limit off are typed failures naming what was wrong.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, executeNode, undiciTransport } from '../src/index.js';

const transport = undiciTransport();
let server: CaptureServer;
const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const levels = Number(new URL(request.url, 'http://x').searchParams.get('deep') ?? 0);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(levels > 0 ? deep(levels) : '{}');
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

describe('responses nested without bound', () => {
  it('resolves a 3,000-deep JSON array to invalid_response naming the depth limit', async () => {
    const result = await executeNode({ url: `${server.origin}/?deep=3000` }, { transport });
    expect(result).toMatchObject({ ok: false, status: 200, error: { kind: 'invalid_response' } });
    expect(result.error?.message).toMatch(/deeper than 256 levels/);
  });

  it('still parses a body nested 200 deep', async () => {
    const result = await executeNode({ url: `${server.origin}/?deep=200` }, { transport });
    expect(result.ok).toBe(true);
  });
});

describe('a refused config', () => {
  it('does not show the credential written into its URL', async () => {
    const result = await executeNode(
      { url: 'https://user:sk_test_USERINFO_1@api.example.com/v1' },
      { transport },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(result.request.url).toBe('https://***@api.example.com/v1');
    expect(JSON.stringify(result)).not.toContain('sk_test_USERINFO_1');
  });
});

describe('values a body cannot carry', () => {
  const post = (body: unknown, contentType = 'application/json'): CustomApiNodeConfig => ({
    url: `${server.origin}/`,
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: { amount: '{{input.amount}}', nested: { value: body } } as never,
  });
  for (const [name, value] of [
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e400', JSON.parse('1e400')],
  ] as const) {
    for (const type of ['application/json', 'application/x-www-form-urlencoded']) {
      it(`refuses ${name} from input in a ${type} body as an input error naming the field`, async () => {
        const before = server.requests.length;
        const result = await executeNode(post('x', type), {
          transport,
          context: { input: { amount: value } },
        });
        expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'input' } });
        expect(result.error?.issues).toEqual([
          { pointer: '/body/amount', message: expect.stringMatching(/NaN|Infinity/) },
        ]);
        expect(server.requests.length).toBe(before);
      });
    }
  }

  it('refuses a BigInt in the config as a config issue naming the field', async () => {
    const result = await executeNode(post(10n), { transport, context: { input: { amount: 1 } } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect(result.error?.issues).toContainEqual({
      pointer: '/body/nested/value',
      message: expect.stringMatching(/BigInt/),
    });
  });

  it('refuses a BigInt from input as an input error naming the field', async () => {
    const result = await executeNode(post('x'), { transport, context: { input: { amount: 10n } } });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'input', issues: [{ pointer: '/body/amount' }] },
    });
  });

  it('sends a __proto__ key in a JSON body as data', async () => {
    const body = JSON.parse('{"__proto__":{"admin":true},"b":"{{input.b}}"}');
    const result = await executeNode(
      { url: `${server.origin}/proto`, method: 'POST', body },
      { transport, context: { input: { b: 1 } } },
    );
    expect(result.ok).toBe(true);
    expect(server.requests.at(-1)?.body.toString()).toBe('{"__proto__":{"admin":true},"b":1}');
  });
});

describe('per-call options', () => {
  for (const [name, options] of [
    ['timeoutMs: NaN', { timeoutMs: Number.NaN }],
    ['retry.limit: 1e9', { retry: { limit: 1e9 } }],
    ['maxResponseBytes: NaN', { maxResponseBytes: Number.NaN }],
    ['deadlineMs: -1', { deadlineMs: -1 }],
  ] as const) {
    it(`refuses ${name} before sending, naming the option`, async () => {
      const before = server.requests.length;
      const result = await executeNode({ url: `${server.origin}/` }, { transport, ...options });
      const option = name.split(':')[0]?.replace('.', '/');
      expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
      expect(result.error?.issues?.[0]?.pointer).toBe(`/${option}`);
      expect(server.requests.length).toBe(before);
    });
  }
});
