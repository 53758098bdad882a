/**
 * Every character class of each encoder and character check, tried character by character: the boundaries of each
 * range (`/` `0` `9` `:`, `@` `A` `Z` `[`, `` ` `` `a` `z` `{`) are where an off-by-one would hide.
 */
import { describe, expect, it } from 'vitest';
import { headerNameProblem, headerValueProblem } from '../src/config/header-rules.js';
import { isPlainHeaderText, isUnreserved } from '../src/encoding/characters.js';
import { encodePathValue, pathValueProblem, strictPercentEncode } from '../src/encoding/percent.js';
import { encodeForm, encodeQuery, prepareRequest } from '../src/index.js';

/** Every character from U+0000 to U+017F (ASCII, Latin-1 and a little beyond). */
const characters = Array.from({ length: 0x180 }, (_, code) => String.fromCharCode(code));
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

describe('character checks', () => {
  it('treats exactly A-Z a-z 0-9 - . _ ~ as unreserved, and brackets only when asked', () => {
    for (const c of characters) {
      expect(isUnreserved(c), JSON.stringify(c)).toBe(UNRESERVED.test(c));
      expect(isUnreserved(c, true), JSON.stringify(c)).toBe(UNRESERVED.test(c) || c === '[' || c === ']');
    }
  });

  it('judges a whole string: unreserved only when every character is', () => {
    expect(isUnreserved('')).toBe(true);
    expect(isUnreserved('order_6735-v2.1~')).toBe(true);
    expect(isUnreserved('order 6735')).toBe(false);
    expect(isUnreserved('metadata[order_id]')).toBe(false);
    expect(isUnreserved('metadata[order_id]', true)).toBe(true);
    expect(isUnreserved('a[b]c d', true)).toBe(false);
  });

  it('treats tab, visible ASCII and Latin-1 as plain header text, and nothing else', () => {
    for (const c of characters) {
      const code = c.charCodeAt(0);
      const plain = code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
      expect(isPlainHeaderText(c), JSON.stringify(c)).toBe(plain);
    }
    expect(isPlainHeaderText('Bearer sk_test_1\tZoë')).toBe(true);
    expect(isPlainHeaderText('Bearer ok\n')).toBe(false);
  });
});

describe('strict percent-encoding', () => {
  it('leaves unreserved characters alone and encodes every other ASCII character as uppercase %XX', () => {
    for (const c of characters.slice(0, 0x80)) {
      const expected = UNRESERVED.test(c)
        ? c
        : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
      expect(strictPercentEncode(c), JSON.stringify(c)).toBe(expected);
    }
  });

  it("encodes every one of ! ' ( ) * wherever it appears, not just the first", () => {
    expect(strictPercentEncode("**!!''(())")).toBe('%2A%2A%21%21%27%27%28%28%29%29');
  });

  it('writes other text as UTF-8 and a lone surrogate as U+FFFD', () => {
    expect(strictPercentEncode('Zoë ✓')).toBe('Zo%C3%AB%20%E2%9C%93');
    expect(strictPercentEncode('a\uD83D')).toBe('a%EF%BF%BD');
  });

  it('keeps every slash of a path value only when slashes are allowed', () => {
    expect(encodePathValue('a/b c/d', true)).toBe('a/b%20c/d');
    expect(encodePathValue('a/b c/d', false)).toBe('a%2Fb%20c%2Fd');
  });
});

describe('path values', () => {
  it('refuses empty values and dot segments, in any spelling', () => {
    expect(pathValueProblem('', false)).toBe('is empty, which would change the path');
    expect(pathValueProblem('', true)).toBe('is empty, which would change the path');
    for (const dots of ['.', '..', '%2e', '%2E', '%2e%2E', '.%2e', '%2e.'])
      expect(pathValueProblem(dots, false), dots).toBe(`contains the path segment "${dots}"`);
  });

  it('accepts names that merely contain dots', () => {
    for (const name of ['...', 'a.', '.a', '..a', 'v1.2', '%2e%2e%2e', 'x%2e'])
      expect(pathValueProblem(name, false), name).toBeUndefined();
  });

  it('checks each segment of a path when slashes are allowed, and refuses empty ones', () => {
    expect(pathValueProblem('a/../b', true)).toBe('contains the path segment ".."');
    expect(pathValueProblem('a/b/.', true)).toBe('contains the path segment "."');
    expect(pathValueProblem('a//b', true)).toBe('contains an empty path segment (//)');
    expect(pathValueProblem('/a', true)).toBe('contains an empty path segment (//)');
    expect(pathValueProblem('a/b', true)).toBeUndefined();
  });

  it('treats slashes as ordinary characters of one segment when they are not allowed', () => {
    expect(pathValueProblem('a//b', false)).toBeUndefined();
    expect(pathValueProblem('../x', false)).toBeUndefined();
  });
});

describe('form and query encoders', () => {
  it('writes arrays with indices when no format is given', () => {
    expect(encodeForm({ expand: ['customer', 'invoice'] })).toBe('expand[0]=customer&expand[1]=invoice');
  });

  it('sends an array from input with indices, and a query array repeated, when the config names no format', async () => {
    const prepared = await prepareRequest(
      {
        url: 'https://api.example.com/v1/items',
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        query: { id: '{{input.expand}}' },
        body: { expand: '{{input.expand}}' },
      },
      { context: { input: { expand: ['customer', 'invoice'] } } },
    );
    expect(prepared.body).toBe('expand[0]=customer&expand[1]=invoice');
    expect(prepared.url).toBe('https://api.example.com/v1/items?id=customer&id=invoice');
  });

  it('keeps brackets literal in form values but encodes them in query values of other formats', () => {
    expect(encodeForm({ 'a[]': '[x]' })).toBe('a[]=[x]');
    expect(encodeQuery({ 'a[]': '[x]' }, 'indices')).toBe('a[]=[x]');
    expect(encodeQuery({ 'a[b]': '[x]' }, 'repeat')).toBe('a[b]=%5Bx%5D');
    expect(encodeQuery({ a: ['[x]', 'y z'] }, 'brackets')).toBe('a[]=%5Bx%5D&a[]=y%20z');
  });

  it('encodes numbers, dates and text with reserved characters exactly as qs would', () => {
    expect(encodeForm({ n: 12.5, d: new Date('2026-10-21T07:28:00.999Z'), t: 'a&b' })).toBe(
      'n=12.5&d=1792567680&t=a%26b',
    );
    expect(encodeQuery({ q: 'x y', n: 7 }, 'repeat')).toBe('q=x%20y&n=7');
  });
});

describe('header rules', () => {
  it('accepts exactly the RFC 9110 token characters in a header name', () => {
    const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;
    for (const c of characters)
      expect(headerNameProblem(`x${c}`) === undefined, JSON.stringify(c)).toBe(token.test(c));
    expect(headerNameProblem('')).toBe(
      "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
    );
  });

  it('refuses the headers the HTTP client manages, in any case', () => {
    for (const name of ['Connection', 'content-length', 'Expect', 'HOST', 'Keep-Alive', 'TE', 'Upgrade'])
      expect(headerNameProblem(name), name).toBe('is managed by the HTTP client and cannot be set');
    for (const name of ['proxy-connection', 'trailer', 'Transfer-Encoding'])
      expect(headerNameProblem(name), name).toBe('is managed by the HTTP client and cannot be set');
    expect(headerNameProblem('X-Request-Id')).toBeUndefined();
  });

  it('names the reason a header value is refused', () => {
    expect(headerValueProblem('Bearer ok\tZoë')).toBeUndefined();
    expect(headerValueProblem('a\rb')).toBe('must not contain CR or LF (header injection)');
    expect(headerValueProblem('a\nb')).toBe('must not contain CR or LF (header injection)');
    expect(headerValueProblem('a\u0000b')).toBe('must not contain NUL');
    expect(headerValueProblem('a\u0001b')).toBe(
      'must contain only visible ASCII or Latin-1 characters (encode other text first)',
    );
    expect(headerValueProblem('a\u007fb')).toBe(
      'must contain only visible ASCII or Latin-1 characters (encode other text first)',
    );
    expect(headerValueProblem('✓')).toBe(
      'must contain only visible ASCII or Latin-1 characters (encode other text first)',
    );
  });
});
