/**
 * SecretSet: every wire form of a secret is found and replaced, with few forms (substring search) and with many
 * (one regular expression), longest form first; a URL secret keeps only its origin and first path segment.
 */
import { describe, expect, it } from 'vitest';
import { base64Utf8, REDACTED, SecretSet } from '../src/secrets/secret-set.js';

const setOf = (...values: string[]) => {
  const set = new SecretSet();
  for (const value of values) set.add(value);
  return set;
};

describe('the forms of a secret', () => {
  it('finds a plain token as written and lowercased, and nothing for an empty value', () => {
    const set = setOf('sk_Test_AB12', '');
    expect(set.redact('a sk_Test_AB12 b sk_test_ab12 c SK_TEST_AB12')).toBe('a *** b *** c SK_TEST_AB12');
    expect(setOf('').size).toBe(0);
    expect(setOf('').redact('anything')).toBe('anything');
  });

  it('finds the percent-encoded, form-encoded, bracket and JSON-escaped forms of a secret with special characters', () => {
    const secret = 'p@ss wörd/[x]"*';
    const set = setOf(secret);
    for (const form of [
      secret,
      encodeURIComponent(secret),
      'p%40ss%20w%C3%B6rd%2F%5Bx%5D%22%2A',
      'p%40ss%20w%C3%B6rd%2F[x]%22%2A',
      'p%40ss+w%C3%B6rd%2F%5Bx%5D%22*',
      'p%40ss%20w%C3%B6rd/%5Bx%5D%22%2A',
      'p@ss wörd/[x]\\"*',
    ]) {
      expect(set.containsSecret(`<${form}>`), form).toBe(true);
      expect(set.redact(`<${form}>`), form).toBe('<***>');
    }
    expect(set.containsSecret('p@ss')).toBe(false);
  });

  it('replaces the longest form first, so no part of a longer form is left behind', () => {
    const set = setOf('abc', 'abcdef');
    expect(set.redact('abcdef abc')).toBe('*** ***');
  });

  it('adds the base64 of a Basic pair and the password, but not a lone username', () => {
    const set = new SecretSet();
    expect(set.addBasic('ada', 'pässword')).toBe(base64Utf8('ada:pässword'));
    expect(base64Utf8('ada:pässword')).toBe(Buffer.from('ada:pässword').toString('base64'));
    expect(set.redact(`${base64Utf8('ada:pässword')} pässword ada`)).toBe('*** *** ada');
    expect(new SecretSet().addBasic('ada', '')).toBe(base64Utf8('ada:'));
  });
});

describe('URL secrets', () => {
  it('keeps the origin and the first of several path segments of a webhook URL', () => {
    const hook = 'https://hooks.slack.com/services/T000/B000/XXXX';
    expect(setOf(hook).redact(`post ${hook}`)).toBe('post https://hooks.slack.com/services/***');
    expect(setOf('HTTP://example.com/one').redact('HTTP://example.com/one')).toBe('http://example.com/***');
  });

  it('hides a host label that looks like a token (16+ characters with a digit)', () => {
    const url = 'https://abcdefghijklmno1.example.com/x';
    expect(setOf(url).redact(url)).toBe('https://***.example.com/***');
    const words = 'https://abcdefghijklmnop.example.com/x';
    expect(setOf(words).redact(words)).toBe('https://abcdefghijklmnop.example.com/***');
    const short = 'https://abcdefghijklmn1.example.com/x';
    expect(setOf(short).redact(short)).toBe('https://abcdefghijklmn1.example.com/***');
  });

  it('treats text that only looks like a URL as an ordinary secret', () => {
    expect(setOf('https://[bad').redact('x https://[bad')).toBe('x ***');
    expect(setOf('ftp://example.com/a/b').redact('ftp://example.com/a/b')).toBe(REDACTED);
  });
});

describe('many secrets', () => {
  it('finds and replaces every form through one regular expression once there are more than 8 forms', () => {
    const values = Array.from({ length: 5 }, (_, i) => `Key.${i}(x)`);
    const set = setOf(...values);
    expect(set.size).toBeGreaterThan(8);
    expect(set.containsSecret('nothing here')).toBe(false);
    expect(set.containsSecret('a Key.3%28x%29 b')).toBe(true);
    expect(set.redact('Key.0(x) key.1(x) Key.4%28x%29')).toBe('*** *** ***');
    set.add('https://hooks.example.com/services/T1/B2');
    expect(set.redact('https://hooks.example.com/services/T1/B2 Key.2(x)')).toBe(
      'https://hooks.example.com/services/*** ***',
    );
  });

  it('records a value only once', () => {
    const set = setOf('tok.1', 'tok.1');
    expect(set.size).toBe(setOf('tok.1').size);
  });
});
