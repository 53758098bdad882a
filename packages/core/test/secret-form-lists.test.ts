/**
 * The exact forms derived from a secret value (written out here, not computed with the code under test): base64 at
 * each byte alignment, with the shortest run still counted (8 characters), the URL-safe alphabet, case, and the
 * form encoding of `~`; and the order in which SecretSet replaces them.
 */
import { describe, expect, it } from 'vitest';
import { base64Forms, derivedForms } from '../src/secrets/secret-forms.js';
import { SecretSet } from '../src/secrets/secret-set.js';

const setOf = (...values: string[]) => {
  const set = new SecretSet();
  for (const value of values) set.add(value);
  return set;
};

describe('base64 forms', () => {
  it('keeps a run of exactly 8 characters and drops one of 7', () => {
    // 6 bytes: 8 characters at offset 0, only 7 at offsets 1 and 2.
    expect(base64Forms('abcdef')).toEqual(['YWJjZGVm']);
    // 7 bytes: 9, 8 and 9 characters.
    expect(base64Forms('abcdefg')).toEqual(['YWJjZGVmZ', 'FiY2RlZm', 'hYmNkZWZn']);
    expect(base64Forms('abcde')).toEqual([]);
  });

  it('gives the characters that depend only on the secret, at each of the three alignments', () => {
    expect(base64Forms('sk_test_CANARY_51xyz')).toEqual([
      'c2tfdGVzdF9DQU5BUllfNTF4eX',
      'NrX3Rlc3RfQ0FOQVJZXzUxeHl6',
      'za190ZXN0X0NBTkFSWV81MXh5e',
    ]);
    for (const [offset, form] of base64Forms('sk_test_CANARY_51xyz').entries()) {
      const around = Buffer.concat([
        Buffer.alloc(offset, 7),
        Buffer.from('sk_test_CANARY_51xyz'),
        Buffer.from('!?'),
      ]);
      expect(around.toString('base64')).toContain(form);
    }
  });

  it('adds the URL-safe form (- and _ for + and /) after a form that has either', () => {
    expect(base64Forms('ÿþýü>>>?')).toEqual([
      'w7/DvsO9w7w+Pj4/',
      'w7_DvsO9w7w-Pj4_',
      'O/w77DvcO8Pj4+P',
      'O_w77DvcO8Pj4-P',
      'Dv8O+w73DvD4+Pj',
      'Dv8O-w73DvD4-Pj',
    ]);
    expect(base64Forms('a~b_c-d.e')).toEqual(['YX5iX2MtZC5l', 'F+Yl9jLWQuZ', 'F-Yl9jLWQuZ', 'hfmJfYy1kLm']);
  });
});

describe('derived forms', () => {
  it('gives a token of letters, digits and - . _ as written, lowercased (once) and in base64', () => {
    expect(derivedForms('sk_Test_AB1')).toEqual([
      'sk_Test_AB1',
      'sk_test_ab1',
      ...base64Forms('sk_Test_AB1'),
    ]);
    expect(derivedForms('sk_test_ab1')).toEqual(['sk_test_ab1', ...base64Forms('sk_test_ab1')]);
    expect(derivedForms('abc')).toEqual(['abc']);
  });

  it('gives a token with ~ in its form-encoded spelling (%7E) too', () => {
    expect(derivedForms('a~b_c-d.e')).toContain('a%7Eb_c-d.e');
    expect(setOf('a~b_c-d.e').redact('next=a%7Eb_c-d.e&x=a~b_c-d.e')).toBe('next=***&x=***');
  });
});

describe('replacing forms', () => {
  it('replaces the longest form first, whatever order the secrets came in', () => {
    expect(setOf('abcdef', 'abc').redact('abcdef abc')).toBe('*** ***');
    expect(setOf('abc', 'abcdef').redact('abcdef abc')).toBe('*** ***');
  });

  it('replaces forms of the same length in code-unit order, whatever order the secrets came in', () => {
    expect(setOf('bcde', 'abcd').redact('abcde')).toBe('***e');
    expect(setOf('abcd', 'bcde').redact('abcde')).toBe('***e');
  });

  it('keeps what a URL secret shows when a later secret is the same text', () => {
    const hook = 'https://hooks.example.com/services/T1/B2';
    expect(setOf(hook, '/services/T1/B2').redact('/services/T1/B2')).toBe('/services/***');
    expect(setOf('/services/T1/B2', hook).redact('/services/T1/B2')).toBe('/services/***');
  });

  it('keeps the first of exactly two path segments of a URL secret', () => {
    expect(setOf('https://h.example.com/a/b').redact('https://h.example.com/a/b')).toBe(
      'https://h.example.com/a/***',
    );
    expect(setOf('https://h.example.com/a').redact('https://h.example.com/a')).toBe(
      'https://h.example.com/***',
    );
    // A server that echoes only the path of a two-segment webhook URL.
    expect(setOf('https://h.example.com/a/b').redact('echo /a/b')).toBe('echo /a/***');
  });

  it('finds nothing in text that merely says undefined', () => {
    expect(setOf('abc').containsSecret('the value is undefined')).toBe(false);
    expect(setOf('abc').redact('the value is undefined')).toBe('the value is undefined');
  });

  it('hands back the same bytes when nothing matched, and new ones when something did', () => {
    const set = setOf('sk_canary');
    const plain = new TextEncoder().encode('nothing here');
    expect(set.redactBytes(plain)).toBe(plain);
    const echo = new TextEncoder().encode('key=sk_canary');
    expect(new TextDecoder().decode(set.redactBytes(echo))).toBe('key=***');
  });
});
