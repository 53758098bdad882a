/**
 * Properties: the response parser never throws, whatever the bytes; and redaction masks any secret in any form a
 * server can echo it in (raw, case-folded, percent- or form-encoded, JSON-escaped, base64 at any alignment), in
 * text, in bytes and inside a JSON body spelled with escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactResponse } from '../src/execute/redact-response.js';
import { parseResponseBody, type ResponseType } from '../src/execute/response-body.js';
import { base64Forms } from '../src/secrets/secret-forms.js';
import { SecretSet } from '../src/secrets/secret-set.js';

const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/problem+json',
    'text/plain',
    'application/octet-stream',
    'text/html; charset=utf-8',
  ),
  fc.string({ maxLength: 20 }),
  fc.constant(undefined),
);
const responseTypes = fc.constantFrom<ResponseType | undefined>('auto', 'json', 'text', 'bytes', undefined);
/** Bytes, JSON-ish text, and deeply nested brackets. */
const bodies = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.json().map((text) => new TextEncoder().encode(text)),
  fc
    .tuple(fc.nat({ max: 20_000 }), fc.constantFrom('[', '{"a":', '["x",'))
    .map(([depth, open]) => new TextEncoder().encode(open.repeat(depth))),
);

describe('the response parser', () => {
  it('never throws, whatever the bytes, Content-Type and responseType', () => {
    fc.assert(
      fc.property(bodies, contentTypes, responseTypes, (bytes, contentType, responseType) => {
        const parsed = parseResponseBody(bytes, contentType, responseType);
        expect(typeof parsed.ok).toBe('boolean');
        // Only our own words: never a quote of the body.
        if (!parsed.ok)
          expect(parsed.problem).toMatch(
            /^the response body (is not valid JSON|nests deeper than 256 levels, the limit for JSON responses)$/,
          );
      }),
      { numRuns: 300 },
    );
  });
});

/** Secrets long enough to be told from chance, without the `*` of the mask. */
const secrets = fc
  .string({ unit: 'grapheme', minLength: 8, maxLength: 30 })
  .filter((s) => !s.includes('*') && s.trim().length >= 8);
const surroundings = fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).filter((s) => !s.includes('*'));

/** Every form a server might echo `secret` in. */
function echoForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    secret.toLowerCase(),
    encodeURIComponent(secret),
    new URLSearchParams([['', secret]]).toString().slice(1),
    json,
    json.replace(/\//g, '\\/'),
    ...base64Forms(secret),
  ];
}

function setOf(secret: string): SecretSet {
  const set = new SecretSet();
  set.add(secret);
  return set;
}

describe('redaction', () => {
  it('masks any secret in any echo form inside any text', () => {
    fc.assert(
      fc.property(secrets, fc.nat(), surroundings, surroundings, (secret, pick, before, after) => {
        const forms = echoForms(secret);
        const form = forms[pick % forms.length] as string;
        expect(setOf(secret).redact(`${before}${form}${after}`)).not.toContain(form);
      }),
      { numRuns: 500 },
    );
  });

  it('masks any secret echoed in a binary body', () => {
    fc.assert(
      fc.property(
        secrets,
        fc.uint8Array({ maxLength: 16 }),
        fc.uint8Array({ maxLength: 16 }),
        (secret, before, after) => {
          const raw = new TextEncoder().encode(secret);
          const body = new Uint8Array([...before, ...raw, ...after]);
          const redacted = Buffer.from(setOf(secret).redactBytes(body));
          expect(redacted.includes(Buffer.from(raw))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('masks any secret that a JSON body spells with escapes', () => {
    fc.assert(
      fc.property(secrets, fc.string({ maxLength: 6 }), (secret, key) => {
        const escaped = JSON.stringify({ [key]: [secret, { note: `key ${secret}` }] }).replace(
          /[^\x20-\x7e]|[/_=+&]/g,
          (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        );
        const bytes = new TextEncoder().encode(escaped);
        const parsed = parseResponseBody(bytes, 'application/json');
        const view = redactResponse(
          { statusText: `Bad ${secret}`, headers: { 'x-echo': secret }, body: parsed.body },
          () => escaped,
          true,
          setOf(secret),
        );
        expect(JSON.stringify(view)).not.toContain(JSON.stringify(secret).slice(1, -1));
        expect(JSON.stringify(view)).toContain('***');
      }),
      { numRuns: 300 },
    );
  });
});
