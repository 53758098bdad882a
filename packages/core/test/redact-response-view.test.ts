/**
 * `redactResponse` case by case: a JSON body that spells a secret with escapes keeps its shape (arrays stay arrays,
 * `null` and numbers stay as they are) with only the echoing strings masked, and a response without any echo is
 * handed back as it is (the same objects, not equal copies).
 */
import { CANARIES } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import { type ResponseView, redactResponse } from '../src/execute/redact-response.js';
import { SecretSet } from '../src/secrets/secret-set.js';

const SECRET = CANARIES[0];
/** The secret as a JSON string literal's content with its `_` escaped: what a server may send back. */
const ESCAPED = JSON.stringify(SECRET).slice(1, -1).replaceAll('_', '\\u005f');

function secretSet(...values: string[]): SecretSet {
  const set = new SecretSet();
  for (const value of values) set.add(value);
  return set;
}

function view(
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): ResponseView {
  return { statusText: 'OK', headers, body };
}

describe('a JSON body that spells a secret with escapes', () => {
  it('masks the one echoing element of an array and keeps the array, its null and its number', () => {
    const raw = `["${ESCAPED}","plain",null,3,true]`;
    const body = JSON.parse(raw);
    const result = redactResponse(view(body), () => raw, true, secretSet(SECRET));
    expect(result.body).toEqual(['***', 'plain', null, 3, true]);
    expect(Array.isArray(result.body)).toBe(true);
  });

  it('masks the one echoing property of an object and keeps the others', () => {
    const raw = `{"id":"ch_1","echo":"${ESCAPED}","amount":null,"n":2}`;
    const result = redactResponse(view(JSON.parse(raw)), () => raw, true, secretSet(SECRET));
    expect(result.body).toEqual({ id: 'ch_1', echo: '***', amount: null, n: 2 });
  });

  it('masks an escaped echo inside nested arrays and objects', () => {
    const raw = `{"data":[{"n":1},{"tokens":[null,"${ESCAPED}"]}]}`;
    const result = redactResponse(view(JSON.parse(raw)), () => raw, true, secretSet(SECRET));
    expect(result.body).toEqual({ data: [{ n: 1 }, { tokens: [null, '***'] }] });
  });

  it('masks a key that spells the secret', () => {
    const raw = `{"${ESCAPED}":1,"other":null}`;
    const result = redactResponse(view(JSON.parse(raw)), () => raw, true, secretSet(SECRET));
    expect(result.body).toEqual({ '***': 1, other: null });
  });
});

describe('a response without any echo', () => {
  it('is handed back as it is when the request had no secret', () => {
    const response = view({ ok: true });
    expect(redactResponse(response, () => '{"ok":true}', true, secretSet())).toBe(response);
  });

  it('keeps its headers and body objects when no part echoes a secret', () => {
    const raw = '{"path":"a\\/b","values":[null,1,"x"]}';
    const response = view(JSON.parse(raw), { 'content-type': 'application/json', 'x-request-id': 'req_1' });
    const result = redactResponse(response, () => raw, true, secretSet(SECRET));
    expect(result.headers).toBe(response.headers);
    expect(result.body).toBe(response.body);
    expect(result.statusText).toBe('OK');
  });

  it('does not take the positions of an array for text: a secret of digits is not found in them', () => {
    const raw = '["a\\/b","x","y"]';
    const response = view(JSON.parse(raw));
    const result = redactResponse(response, () => raw, true, secretSet('1'));
    expect(result.body).toBe(response.body);
  });

  it('keeps a binary body without an echo as the same bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const result = redactResponse(view(bytes), () => '\u0000\u0001\u0002\u00ff', true, secretSet(SECRET));
    expect(result.body).toBe(bytes);
  });

  it('redacts only the headers when only a header echoes', () => {
    const raw = '{"ok":true}';
    const response = view(JSON.parse(raw), { 'x-echo': `key ${SECRET}`, 'x-request-id': 'req_1' });
    const result = redactResponse(response, () => raw, true, secretSet(SECRET));
    expect(result.headers).toEqual({ 'x-echo': 'key ***', 'x-request-id': 'req_1' });
    expect(result.body).toBe(response.body);
  });
});

describe('a binary body', () => {
  it('has every echo replaced byte for byte', () => {
    const bytes = new TextEncoder().encode(`<<${SECRET}>>`);
    const result = redactResponse(view(bytes), () => `<<${SECRET}>>`, true, secretSet(SECRET));
    expect(new TextDecoder().decode(result.body as Uint8Array)).toBe('<<***>>');
  });
});
