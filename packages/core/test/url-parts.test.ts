/**
 * buildUrl's edges: which part of the URL a reference lands in (host, path, query) decides how it is checked and
 * encoded; a parsed literal URL is shared only when nothing is appended to it; an empty query adds no `?`; query
 * arrays repeat their key by default; a dry run shows a missing secret URL as `<NAME>`.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, type CustomApiNodeConfig, prepareRequest } from '../src/index.js';

async function urlOf(config: CustomApiNodeConfig, input: Record<string, unknown> = {}): Promise<string> {
  return (await prepareRequest(config, { context: { input } })).url;
}

async function problemsOf(config: CustomApiNodeConfig, input: Record<string, unknown>): Promise<string[]> {
  try {
    await prepareRequest(config, { context: { input } });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  return [];
}

describe('where a reference lands', () => {
  it('checks a reference inside the host as a host name, even after other host text', async () => {
    expect(
      await problemsOf({ url: 'https://api-{{input.region}}.example.com/v1' }, { region: 'eu west' }),
    ).toEqual(['{{input.region}} in the host resolves to something that is not a host name']);
    expect(await problemsOf({ url: 'https://{{input.host}}/v1' }, { host: 'a b' })).toEqual([
      '{{input.host}} in the host resolves to something that is not a host name',
    ]);
    expect(await urlOf({ url: 'https://api-{{input.region}}.example.com/v1' }, { region: 'eu' })).toBe(
      'https://api-eu.example.com/v1',
    );
  });

  it('encodes a reference in the query as a value: `..` and empty text are fine there', async () => {
    expect(await urlOf({ url: 'https://api.example.com/v1/items?q={{input.q}}' }, { q: '..' })).toBe(
      'https://api.example.com/v1/items?q=..',
    );
    expect(await urlOf({ url: 'https://api.example.com/v1/items?q={{input.q}}&r=1' }, { q: '' })).toBe(
      'https://api.example.com/v1/items?q=&r=1',
    );
    expect(await urlOf({ url: 'https://api.example.com/v1/items#{{input.q}}' }, { q: 'a b/c' })).toBe(
      'https://api.example.com/v1/items#a%20b%2Fc',
    );
  });
});

describe('the query', () => {
  it('repeats the key of an array by default', async () => {
    expect(await urlOf({ url: 'https://api.example.com/v1/items', query: { id: ['a', 'b'] } })).toBe(
      'https://api.example.com/v1/items?id=a&id=b',
    );
  });

  it('adds no ? for an empty query, and & after a query the URL has', async () => {
    expect(await urlOf({ url: 'https://api.example.com/v1/items', query: {} })).toBe(
      'https://api.example.com/v1/items',
    );
    expect(await urlOf({ url: 'https://api.example.com/v1/items?a=1', query: { b: 2 } })).toBe(
      'https://api.example.com/v1/items?a=1&b=2',
    );
  });

  it('appends the query to a fresh copy of a literal URL every time (the parsed URL is shared only without one)', async () => {
    const config: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/shared-url-case',
      query: { a: 1 },
    };
    expect(await urlOf(config)).toBe('https://api.example.com/v1/shared-url-case?a=1');
    expect(await urlOf(config)).toBe('https://api.example.com/v1/shared-url-case?a=1');
    const keyed: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/shared-key-case',
      auth: { type: 'apiKey', in: 'query', name: 'key', value: 'k_1' },
    };
    expect(await urlOf(keyed)).toBe('https://api.example.com/v1/shared-key-case?key=k_1');
    expect(await urlOf(keyed)).toBe('https://api.example.com/v1/shared-key-case?key=k_1');
    const header: CustomApiNodeConfig = {
      url: 'https://api.example.com/v1/shared-header-case',
      auth: { type: 'apiKey', in: 'header', name: 'x-key', value: 'k_1' },
    };
    expect(await urlOf(header)).toBe('https://api.example.com/v1/shared-header-case');
    expect(await urlOf({ ...header, query: { a: 1 } })).toBe(
      'https://api.example.com/v1/shared-header-case?a=1',
    );
    expect(await urlOf(header)).toBe('https://api.example.com/v1/shared-header-case');
  });
});

describe('a URL that is a secret', () => {
  it('is redacted to its origin and first path segment, while a literal URL is shown whole', async () => {
    const secret = await prepareRequest(
      { url: '{{secrets.HOOK}}' },
      { secrets: { HOOK: 'https://hooks.example.com/services/T1/B2' } },
    );
    expect(secret.url).toBe('https://hooks.example.com/services/T1/B2');
    expect(secret.toJSON().url).toBe('https://hooks.example.com/services/***');
    const literal = await prepareRequest({ url: 'https://api.example.com/v1/items/x' }, {});
    expect(literal.toJSON().url).toBe('https://api.example.com/v1/items/x');
  });

  it('shows as <NAME> in a dry run when it is missing', async () => {
    const prepared = await prepareRequest(
      { url: '{{secrets.HOOK}}/extra' },
      { secrets: {}, missingSecrets: 'placeholder' },
    );
    expect(prepared.toJSON().url).toBe('<HOOK>/extra');
  });

  it('shows a missing secret in the path as <NAME> in a dry run', async () => {
    const prepared = await prepareRequest(
      { url: 'https://api.example.com/v1/{{secrets.ACCOUNT}}/items' },
      { secrets: {}, missingSecrets: 'placeholder' },
    );
    expect(prepared.toJSON().url).toBe('https://api.example.com/v1/<ACCOUNT>/items');
  });
});
