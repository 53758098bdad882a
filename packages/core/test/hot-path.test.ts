/**
 * The shortcuts executeNode takes on every request must give the answers of the general paths they skip: form
 * bodies encoded by a per-config plan, configs recognised by comparison with a snapshot, one shared timer for every
 * attempt's timeout.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sameJson } from '../src/config/same-json.js';
import { type Expiring, now, watchTimeout } from '../src/execute/timeouts.js';
import {
  type CustomApiNodeConfig,
  executeNode,
  isConfigError,
  prepareRequest,
  undiciTransport,
} from '../src/index.js';

const FORM = 'application/x-www-form-urlencoded';

describe('form bodies encoded by plan', () => {
  /** The same config sent down the general path: a Content-Type chosen by reference is never planned. */
  const general = (config: CustomApiNodeConfig): CustomApiNodeConfig => ({
    ...config,
    headers: { 'Content-Type': '{{input.contentType}}' },
  });
  const prepareBody = async (config: CustomApiNodeConfig, input: Record<string, unknown>) =>
    (await prepareRequest(config, { context: { input: { ...input, contentType: FORM } } })).body;
  /**
   * What preparing gives: the body bytes, or the refusal (its class and message). Random literals may be refused on
   * both paths (an unclosed `{{`, say); the plan must then refuse them the same way, not succeed or fail otherwise.
   */
  const prepareOutcome = async (config: CustomApiNodeConfig, input: Record<string, unknown>) => {
    try {
      return { body: await prepareBody(config, input) };
    } catch (error) {
      return { refused: `${(error as Error).name}: ${(error as Error).message}` };
    }
  };

  it('gives the bytes of the general path for any values and shapes (property)', async () => {
    const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
    const inputValue = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
      fc.dictionary(key, fc.string({ maxLength: 4 }), { maxKeys: 2 }),
    );
    // Leaves: literals, whole references to an input field, references inside text, escaped braces.
    const leaf = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      key.map((name) => `{{input.v_${name}}}`),
      key.map((name) => `order {{input.v_${name}}} [x]`),
      fc.constant('\\{{literal}}'),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, tree.node, { minKeys: 1, maxKeys: 4 }),
        fc.constantFrom('indices' as const, 'brackets' as const, 'repeat' as const),
        fc.dictionary(key, inputValue, { maxKeys: 6 }),
        async (body, formArrayFormat, values) => {
          const input = Object.fromEntries(
            Object.entries(values).map(([name, value]) => [`v_${name}`, value]),
          );
          // Every referenced field exists (a missing one is an error on both paths, tested below).
          for (const match of JSON.stringify(body).matchAll(/input\.(v_\w+)/g)) {
            input[match[1] as string] ??= 'filled';
          }
          const config: CustomApiNodeConfig = {
            url: 'https://api.example.com/v1/things',
            method: 'POST',
            headers: { 'Content-Type': FORM },
            body,
            formArrayFormat,
          };
          expect(await prepareOutcome(config, input)).toEqual(await prepareOutcome(general(config), input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an unclosed {{ in a literal the way the general path does (seed 1926401639)', async () => {
    const config: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/things',
      method: 'POST',
      headers: { 'Content-Type': FORM },
      body: { a: { _: [{ _: '{{' }] } },
      formArrayFormat: 'indices',
    };
    const planned = await prepareOutcome(config, {});
    expect(planned).toHaveProperty('refused');
    expect(planned).toEqual(await prepareOutcome(general(config), {}));
  });

  it('reports a missing input once, at its pointer, as the general path does', async () => {
    const config: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/things',
      method: 'POST',
      headers: { 'Content-Type': FORM },
      body: { metadata: { order: '{{input.missing}}' }, amount: 1 },
    };
    const issuesOf = async (candidate: CustomApiNodeConfig) => {
      try {
        await prepareRequest(candidate, { context: { input: { contentType: FORM } } });
      } catch (error) {
        if (isConfigError(error)) return error.issues;
      }
      return [];
    };
    const planned = await issuesOf(config);
    expect(planned).toEqual(await issuesOf(general(config)));
    expect(planned).toEqual([expect.objectContaining({ pointer: '/body/metadata/order' })]);
  });

  it('records a secret used in a planned body, so it is redacted', async () => {
    const prepared = await prepareRequest(
      {
        url: 'https://api.example.com/v1/things',
        method: 'POST',
        headers: { 'Content-Type': FORM },
        body: { token: '{{secrets.FORM_SECRET}}' },
      },
      { secrets: { FORM_SECRET: 'canary-form-secret-123' } },
    );
    expect(prepared.body).toBe('token=canary-form-secret-123');
    expect(JSON.stringify(prepared)).not.toContain('canary-form-secret-123');
  });
});

describe('configs recognised by snapshot', () => {
  it('never lets a config with bytes in it reuse the plan of a config with the same JSON', async () => {
    const base = { url: 'https://api.example.com/v1/things', method: 'POST' as const };
    const headers = { 'Content-Type': FORM };
    // A Uint8Array serialises like the object {"0":104,"1":105}.
    expect((await prepareRequest({ ...base, headers, body: { 0: 104, 1: 105 } })).body).toBe('0=104&1=105');
    const bytes = await prepareRequest({ ...base, headers, body: new Uint8Array([104, 105]) as never });
    expect(new TextDecoder().decode(bytes.body as Uint8Array)).toBe('hi');
  });

  it('refuses a config that is not an object, as a config problem', async () => {
    await expect(prepareRequest('https://api.example.com' as never)).rejects.toMatchObject({
      name: 'ConfigError',
    });
    for (const config of [null, 'https://api.example.com', 42]) {
      expect(await executeNode(config as never)).toMatchObject({ ok: false, error: { kind: 'config' } });
    }
  });

  it('sees a config changed in place between calls: new values, new secrets, new problems', async () => {
    const config: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/things',
      method: 'POST',
      headers: { 'Content-Type': FORM },
      body: { amount: 1 },
    };
    expect((await prepareRequest(config)).body).toBe('amount=1');
    (config.body as Record<string, unknown>).amount = 2;
    expect((await prepareRequest(config)).body).toBe('amount=2');
    (config.body as Record<string, unknown>).key = '{{secrets.LATER}}';
    expect((await prepareRequest(config, { secrets: { LATER: 'later-value' } })).body).toBe(
      'amount=2&key=later-value',
    );
    (config as { method: string }).method = 'FETCH';
    await expect(prepareRequest(config)).rejects.toMatchObject({ name: 'ConfigError' });
  });

  it('compares like JSON: key order ignored, undefined skipped, anything JSON would change is different', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, skipped: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameJson({ when: new Date(0) }, JSON.parse(JSON.stringify({ when: new Date(0) })))).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson(Object.assign(Object.create(null), { a: 1 }), { a: 1 })).toBe(true);
  });
});

describe('what transports are given', () => {
  it("hands a transport of one's own frozen headers, so it cannot change the request that retries work from", async () => {
    let frozen: boolean | undefined;
    const result = await executeNode(
      { url: 'https://api.example.com/v1/things', headers: { 'X-Trace': 'abc' } },
      {
        transport: {
          name: 'mine',
          async send(request) {
            frozen = Object.isFrozen(request.headers);
            return { status: 200, statusText: 'OK', headers: {}, body: new Uint8Array() };
          },
        },
      },
    );
    expect(result.ok).toBe(true);
    expect(frozen).toBe(true);
  });
});

describe('one shared timer for attempt timeouts', () => {
  it('times out under fake timers that leave performance.now() alone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const pending = executeNode(
        { url: 'https://api.example.com/v1/slow', timeoutMs: 1_000, retry: { limit: 0 } },
        {
          transport: {
            name: 'never-answers',
            send: (request) =>
              new Promise((_resolve, reject) =>
                request.signal.addEventListener('abort', () => reject(request.signal.reason)),
              ),
          },
        },
      );
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await pending).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('times out every expired attempt even when one abort listener throws', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    });
    vi.useFakeTimers();
    try {
      const expired: string[] = [];
      const entry = (name: string, fails: boolean): Expiring => ({
        deadline: now() + 10,
        slot: -1,
        expire() {
          expired.push(name);
          if (fails) throw new Error(`${name} failed`);
        },
      });
      watchTimeout(entry('first', true));
      watchTimeout(entry('second', false));
      vi.advanceTimersByTime(10);
      expect(expired.sort()).toEqual(['first', 'second']);
      expect(reported).toEqual([new Error('first failed')]);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  let server: CaptureServer;
  const transport = undiciTransport();
  beforeAll(async () => {
    server = await startCaptureServer(async (request, response) => {
      const wait = Number(new URL(request.url, 'http://x').searchParams.get('wait') ?? 0);
      await new Promise((resolve) => setTimeout(resolve, wait));
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('done');
    });
  });
  afterAll(async () => {
    await transport.close?.();
    await server.close();
  });

  it('fires a short timeout started after a long one on time, and leaves the long one running', async () => {
    const long = executeNode({ url: `${server.origin}/?wait=400`, timeoutMs: 5_000 }, { transport });
    const started = Date.now();
    const short = await executeNode({ url: `${server.origin}/?wait=2000`, timeoutMs: 100 }, { transport });
    expect(short).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await long).toMatchObject({ ok: true, body: 'done' });
  });

  it('holds the process open only while a timeout is pending', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const before = timers();
    const result = await executeNode({ url: `${server.origin}/`, timeoutMs: 60_000 }, { transport });
    expect(result.ok).toBe(true);
    // The shared timer stays armed for the 60 s deadline, but no longer keeps the process alive.
    expect(timers()).toBe(before);
  });
});
