/**
 * Which part of an auth value is recorded as secret (and so redacted wherever it shows up later: results, events,
 * curl, echoes in a response): the credential of a hand-written credential header without its scheme word, every
 * structured credential, literal ones too, and never a dry run's `<NAME>` placeholder, but only that exact form.
 */
import { describe, expect, it } from 'vitest';
import { applyAuth, recordCredentialHeader } from '../src/prepare/apply-auth.js';
import type { ResolveScope } from '../src/references/resolve.js';
import { SecretSet } from '../src/secrets/secret-set.js';

/** A dry run's scope where the secret KEY is missing (its value is the placeholder `<KEY>`). */
function dryRunScope(): ResolveScope {
  return {
    context: {},
    secretValues: new Map([['KEY', '<KEY>']]),
    placeholders: new Set(['KEY']),
    secrets: new SecretSet(),
    issues: [],
  };
}

/** What `text` looks like once the scope's recorded secrets are redacted. */
function recorded(header: string, value: string): (text: string) => string {
  const scope = dryRunScope();
  recordCredentialHeader(header, value, scope);
  return (text) => scope.secrets.redact(text);
}

describe('a hand-written credential header', () => {
  it('records what follows the scheme word, however many spaces or tabs come between', () => {
    expect(recorded('authorization', 'Bearer sk_canary')('echo sk_canary')).toBe('echo ***');
    expect(recorded('authorization', 'Token \t  sk_canary')('"sk_canary"')).toBe('"***"');
    expect(recorded('authorization', 'Bearer sk_canary')('Bearer')).toBe('Bearer');
  });

  it('records a one-letter scheme word as a scheme word', () => {
    const redact = recorded('authorization', 'X sk_canary');
    expect(redact('sk_canary')).toBe('***');
    expect(redact('X marks')).toBe('X marks');
  });

  it('records a value without a scheme word whole', () => {
    expect(recorded('authorization', 'sk_canary')('echo sk_canary')).toBe('echo ***');
    expect(recorded('proxy-authorization', 'sk_canary')('sk_canary')).toBe('***');
  });

  it('records the credential, not the scheme word, when the value has spaces around it', () => {
    const redact = recorded('authorization', '  Bearer sk_canary  ');
    expect(redact('the token sk_canary was echoed')).toBe('the token *** was echoed');
    expect(redact('Bearer')).toBe('Bearer');
  });

  it('records a whole Cookie, spaces included', () => {
    const redact = recorded('cookie', 'session=s1; theme=dark');
    expect(redact('got session=s1; theme=dark')).toBe('got ***');
  });

  it('records nothing for other headers', () => {
    expect(recorded('x-api-key', 'Bearer sk_canary')('sk_canary')).toBe('sk_canary');
  });

  it("does not record a dry run's placeholder, but does record a value that only looks like one", () => {
    for (const [name, value] of [
      ['authorization', 'Bearer <KEY>'],
      ['cookie', '<KEY>'],
    ] as const) {
      const scope = dryRunScope();
      recordCredentialHeader(name, value, scope);
      expect(scope.secrets.size, value).toBe(0);
    }
    for (const credential of ['xKEY>', '<KEYx', 'xKEYx', '<OTHER>', '<KEY', 'KEY>', '<>']) {
      const redact = recorded('authorization', `Bearer ${credential}`);
      expect(redact(`[${credential}]`), credential).toBe('[***]');
    }
  });
});

describe('structured auth', () => {
  it('records a literal bearer token, API key and Basic password, and the Basic base64 form', () => {
    const scope = dryRunScope();
    const headers: Record<string, string> = {};
    const url = new URL('https://api.example.com/v1');
    applyAuth({ type: 'bearer', token: 'tok_literal' }, url, headers, scope);
    applyAuth({ type: 'apiKey', in: 'query', name: 'key', value: 'key_literal' }, url, headers, scope);
    applyAuth({ type: 'basic', username: 'ada', password: 'pw_literal' }, url, headers, scope);
    expect(headers.authorization).toBe(`Basic ${btoa('ada:pw_literal')}`);
    expect(url.search).toBe('?key=key_literal');
    expect(scope.secrets.redact(`tok_literal key_literal pw_literal ${btoa('ada:pw_literal')}`)).toBe(
      '*** *** *** ***',
    );
  });

  it('does not record a placeholder, but does record a token that only looks like one', () => {
    const scope = dryRunScope();
    applyAuth({ type: 'bearer', token: '{{secrets.KEY}}' }, new URL('https://a.example'), {}, scope);
    expect(scope.secrets.size).toBe(0);
    for (const token of ['xKEY>', '<KEYx', 'xKEYx']) {
      const other = dryRunScope();
      const headers: Record<string, string> = {};
      applyAuth({ type: 'bearer', token }, new URL('https://a.example'), headers, other);
      expect(headers.authorization).toBe(`Bearer ${token}`);
      expect(other.secrets.redact(token), token).toBe('***');
    }
  });
});
