/**
 * What compiled presets do at run time, through the greeter fixture compiled into a scratch folder and imported
 * the way a user imports a connector. Templates done right: typed whole-value leaves, absent inputs omitted, never
 * HTML-escaped, path values encoded per segment, input data never resolved as a reference.
 */
import { rmSync } from 'node:fs';
import { type Connector, type CustomApiNodeConfig, InputError, prepareRequest } from '@convoflow/core';
import { startCaptureServer } from '@convoflow/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScratch, scratchRoot } from './support/compile-fixture.js';

const { root, dir } = scratchRoot('greeter');
const generated = (await import(await compileScratch(root, dir))) as {
  connector: Connector;
  sendGreeting: (input: unknown, options?: { baseUrl?: string }) => CustomApiNodeConfig;
  postNote: (input: unknown) => CustomApiNodeConfig;
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

const secrets = {
  GREETER_TOKEN: 'greeter_test_token',
  GREETER_HOOK_URL: 'https://hooks.greeter.example.com/T1/B1/x',
};
const full = {
  person: 'ada/../lovelace',
  name: 'Ada',
  count: 3,
  loud: true,
  trace: 't-1',
  tags: ['math', 'engines'],
  meta: { team: 'analytical' },
  at: '2026-11-27T10:00:00Z',
  address: { line1: '12 St James’s Square', city: 'London' },
};

describe('a compiled preset', () => {
  it('builds the documented config: URL, auth reference, headers, typed body and helpers', () => {
    const config = generated.sendGreeting(full);
    expect(config.url).toBe('https://api.greeter.example.com/v1/people/ada%2F..%2Flovelace/greetings');
    expect(config.auth).toEqual({ type: 'bearer', token: '{{secrets.GREETER_TOKEN}}' });
    expect(config.headers).toEqual({
      'Greeter-Version': '2026-01-01',
      'X-Trace': 'trace-t-1',
      'Content-Type': 'application/json',
    });
    expect(config.query).toEqual({ tags: ['math', 'engines'], mode: 'polite' });
    expect(config.body).toEqual({
      text: 'Hello Ada!',
      count: 3,
      loud: true,
      meta: { team: 'analytical' },
      meta_json: '{"team":"analytical"}',
      tag_list: 'math, engines',
      encoded: Buffer.from('Ada').toString('base64'),
      sent_at: Date.UTC(2026, 10, 27, 10) / 1000,
      day: '2026-11-27',
      rest: {
        name: 'Ada',
        count: 3,
        loud: true,
        tags: ['math', 'engines'],
        meta: { team: 'analytical' },
        at: '2026-11-27T10:00:00Z',
        address: full.address,
      },
      shout: 'LOUD [math][engines]',
      vip: 'yes',
      address: { city: 'London', line: '12 St James’s Square, London' },
    });
    expect(config.allowedHosts).toEqual(['api.greeter.example.com']);
  });

  it('omits absent optional inputs instead of sending ""', () => {
    const config = generated.sendGreeting({ person: 'p1', name: 'Bo' });
    expect(config.body).toEqual({ text: 'Hello Bo!', encoded: 'Qm8=', rest: { name: 'Bo' }, vip: '' });
    expect(config.query).toEqual({ mode: 'polite' });
    expect(config.headers).toEqual({ 'Greeter-Version': '2026-01-01', 'Content-Type': 'application/json' });
  });

  it('never HTML-escapes', () => {
    const config = generated.sendGreeting({ person: 'p', name: '<b>"Tom" & \'Jerry\'</b>', tags: ['<i>'] });
    expect((config.body as Record<string, unknown>).text).toBe('Hello <b>"Tom" & \'Jerry\'</b>!');
    expect((config.body as Record<string, unknown>).shout).toBe('quiet [<i>]');
  });

  it('sends input that looks like a reference literally, through prepareRequest', async () => {
    const config = generated.sendGreeting({
      person: '{{secrets.GREETER_TOKEN}}',
      name: '{{secrets.GREETER_TOKEN}}',
      meta: { a: '{{secrets.GREETER_TOKEN}}' },
    });
    const prepared = await prepareRequest(config, { secrets });
    expect(prepared.url).toBe(
      'https://api.greeter.example.com/v1/people/%7B%7Bsecrets.GREETER_TOKEN%7D%7D/greetings?mode=polite',
    );
    const body = JSON.parse(prepared.body as string) as Record<string, unknown>;
    expect(body.text).toBe('Hello {{secrets.GREETER_TOKEN}}!');
    expect(body.meta).toEqual({ a: '{{secrets.GREETER_TOKEN}}' });
    expect(prepared.body).not.toContain('greeter_test_token');
    expect(prepared.headers.authorization).toBe('Bearer greeter_test_token');
  });

  it('validates input first and lists every problem', () => {
    expect(() => generated.sendGreeting({ name: 7, count: -1, colour: 'red' })).toThrow(InputError);
    try {
      generated.sendGreeting({ name: 7, count: -1, colour: 'red' });
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        { pointer: '/person', message: 'is required' },
        { pointer: '/colour', message: 'is not a known field' },
        { pointer: '/name', message: 'must be a string' },
        { pointer: '/count', message: 'must be >= 0' },
      ]);
      expect((error as Error).message).toMatch(/^Invalid input for greeter\.sendGreeting: /);
    }
  });

  it('refuses a path value that would change the path', () => {
    expect(() => generated.sendGreeting({ person: '..', name: 'x' })).toThrow(
      /\/person: goes into the URL path and contains the path segment "\.\."/,
    );
  });

  it('renders a text body from a .hbs template, with a URL secret as the whole base', () => {
    const config = generated.postNote({ title: 'Plan', lines: ['one', 'two & <three>'] });
    expect(config.url).toBe('{{secrets.GREETER_HOOK_URL}}');
    expect(config.body).toBe('# Plan\n- one\n- two & <three>\n');
    expect(config.headers).toEqual({
      'Greeter-Version': '2026-01-01',
      'Content-Type': 'text/plain; charset=utf-8',
    });
  });

  it('runs through core: baseUrl override, idempotency key on POST, connector error rules', async () => {
    const server = await startCaptureServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        request.url.includes('fail')
          ? '{"ok":false,"error":{"message":"no such person","code":"not_found"}}'
          : '{"ok":true}',
      );
    });
    try {
      const ok = await generated.connector.run(
        'sendGreeting',
        { person: 'p1', name: 'Ada' },
        { secrets, baseUrl: server.origin },
      );
      expect(ok).toMatchObject({ ok: true, body: { ok: true } });
      expect(server.requests[0]?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(server.requests[0]?.headers.authorization).toBe('Bearer greeter_test_token');
      const failed = await generated.connector.run(
        'sendGreeting',
        { person: 'fail', name: 'Ada' },
        { secrets, baseUrl: server.origin },
      );
      expect(failed).toMatchObject({
        ok: false,
        status: 200,
        error: { kind: 'upstream', message: 'no such person', code: 'not_found' },
      });
      const bad = await generated.connector.run('sendGreeting', { name: 'Ada' } as never, {
        secrets,
        baseUrl: server.origin,
      });
      expect(bad).toMatchObject({
        ok: false,
        attempts: 0,
        error: { kind: 'input', issues: [{ pointer: '/person', message: 'is required' }] },
      });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('describes itself for UIs: operations, schemas, secrets', () => {
    const { connector } = generated;
    expect(connector.secrets).toEqual(['GREETER_HOOK_URL', 'GREETER_TOKEN']);
    expect(connector.operations.sendGreeting).toMatchObject({
      method: 'POST',
      auth: 'token',
      secrets: ['GREETER_TOKEN'],
      title: 'Send a greeting',
    });
    const schema = connector.operations.sendGreeting?.inputSchema as { required?: string[] } | undefined;
    expect(schema?.required).toEqual(['person', 'name']);
  });
});
