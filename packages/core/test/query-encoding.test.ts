/**
 * Query encodings, checked on the bytes that reach a real server against the specifications' own implementations:
 * `urlSearchParams` against Node's WHATWG URLSearchParams, `uriComponent` against encodeURIComponent, `rfc3986`
 * against RFC 3986's unreserved set.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeQueryAs, executeNode, type QueryEncoding, validateConfig } from '../src/index.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

/** Every printable ASCII character, a Latin letter, an emoji and a lone surrogate (a cut emoji). */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const TRICKY = [ASCII, 'café', '😀 ok', 'cut \ud83d', 'a[b]', '%41', '+'];

/** Sends one GET with the query and returns the request target's query as it arrived. */
async function arrived(
  query: Record<string, unknown>,
  queryEncoding?: QueryEncoding,
  queryArrayFormat?: 'repeat' | 'indices',
): Promise<string> {
  const result = await executeNode(
    {
      url: `${server.origin}/q`,
      query,
      ...(queryEncoding ? { queryEncoding } : {}),
      ...(queryArrayFormat ? { queryArrayFormat } : {}),
    },
    { retry: { limit: 0 } },
  );
  expect(result.ok).toBe(true);
  const url = server.requests.at(-1)?.url ?? '';
  return url.slice('/q?'.length);
}

const rfc3986 = (text: string) =>
  encodeURIComponent(text.toWellFormed()).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

describe('queryEncoding on the wire', () => {
  it.each(TRICKY)('urlSearchParams sends what URLSearchParams writes: %j', async (text) => {
    expect(await arrived({ [text]: text }, 'urlSearchParams')).toBe(
      new URLSearchParams([[text, text]]).toString(),
    );
  });

  it.each(TRICKY)('uriComponent sends encodeURIComponent, but for the apostrophe: %j', async (text) => {
    const value = encodeURIComponent(text.toWellFormed()).replace(/'/g, '%27');
    expect(await arrived({ k: text }, 'uriComponent')).toBe(`k=${value}`);
  });

  it.each(TRICKY)('rfc3986 (the default) keeps only unreserved characters raw: %j', async (text) => {
    expect(await arrived({ k: text })).toBe(`k=${rfc3986(text)}`);
    expect(await arrived({ k: text }, 'rfc3986')).toBe(`k=${rfc3986(text)}`);
  });

  it('differs exactly where the sets differ', async () => {
    const query = { 'filter[q]': "it's (a) *b* ~c!", tags: ['x y', 'z'] };
    expect(await arrived(query)).toBe('filter[q]=it%27s%20%28a%29%20%2Ab%2A%20~c%21&tags=x%20y&tags=z');
    expect(await arrived(query, 'uriComponent')).toBe('filter[q]=it%27s%20(a)%20*b*%20~c!&tags=x%20y&tags=z');
    expect(await arrived(query, 'urlSearchParams')).toBe(
      'filter%5Bq%5D=it%27s+%28a%29+*b*+%7Ec%21&tags=x+y&tags=z',
    );
  });

  it('keeps the array format and the key order with every encoding', async () => {
    const query = { z: 1, a: ['p q'], m: { n: 'o' }, empty: null };
    expect(await arrived(query, 'urlSearchParams', 'indices')).toBe('z=1&a%5B0%5D=p+q&m%5Bn%5D=o&empty=');
    expect(await arrived(query, 'uriComponent', 'indices')).toBe('z=1&a[0]=p%20q&m[n]=o&empty=');
    expect(encodeQueryAs(query, 'repeat', 'urlSearchParams')).toBe('z=1&a=p+q&m%5Bn%5D=o&empty=');
  });
});

describe('queryEncoding in the config', () => {
  it('is refused when unknown, naming the field', () => {
    expect(validateConfig({ url: 'https://api.example.com', queryEncoding: 'browser' })).toEqual([
      { pointer: '/queryEncoding', message: 'must be one of rfc3986, uriComponent or urlSearchParams' },
    ]);
  });
});
