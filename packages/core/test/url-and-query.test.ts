import { describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, prepareRequest } from '../src/index.js';

async function urlOf(config: CustomApiNodeConfig, input: Record<string, unknown> = {}): Promise<string> {
  return (await prepareRequest(config, { context: { input } })).url;
}

describe('URL references', () => {
  it('percent-encodes a path value as one segment: it cannot add /, ? or #', async () => {
    expect(
      await urlOf({ url: 'https://api.example.com/customers/{{input.id}}' }, { id: '../admin?x=1#frag' }),
    ).toBe('https://api.example.com/customers/..%2Fadmin%3Fx%3D1%23frag');
  });

  it("encodes ! ' ( ) * and spaces in path values (Google Sheets ranges)", async () => {
    expect(
      await urlOf(
        { url: 'https://sheets.googleapis.com/v4/spreadsheets/{{input.id}}/values/{{input.range}}:append' },
        {
          id: 'abc',
          range: "'My Sheet'!A1:D1",
        },
      ),
    ).toBe('https://sheets.googleapis.com/v4/spreadsheets/abc/values/%27My%20Sheet%27%21A1%3AD1:append');
  });

  it('lets / through only with allowSlashInPathValues', async () => {
    expect(
      await urlOf(
        { url: 'https://api.example.com/files/{{input.path}}', allowSlashInPathValues: true },
        { path: 'a/b c/d.txt' },
      ),
    ).toBe('https://api.example.com/files/a/b%20c/d.txt');
  });

  it('encodes query-string values in the URL', async () => {
    expect(await urlOf({ url: 'https://api.example.com/search?q={{input.q}}&n=1' }, { q: 'a&b=c d' })).toBe(
      'https://api.example.com/search?q=a%26b%3Dc%20d&n=1',
    );
  });

  it('takes a whole URL or a base URL from a reference as written', async () => {
    expect(await urlOf({ url: '{{input.base}}/v1/items' }, { base: 'http://127.0.0.1:8080' })).toBe(
      'http://127.0.0.1:8080/v1/items',
    );
  });

  it('refuses a host reference that would change more than the host', async () => {
    await expect(urlOf({ url: 'https://{{input.host}}/a' }, { host: 'evil.example/x?' })).rejects.toThrow(
      /not a host name/,
    );
  });
});

describe('query parameters', () => {
  const base = { url: 'https://api.example.com/items?fixed=1' };

  it('appends to the query already in the URL; repeat is the default array format', async () => {
    expect(await urlOf({ ...base, query: { ranges: ['Sheet1!A1:B2', 'C3'], limit: 10 } })).toBe(
      'https://api.example.com/items?fixed=1&ranges=Sheet1%21A1%3AB2&ranges=C3&limit=10',
    );
  });

  it('supports indices, brackets and comma array formats and bracket nesting for objects', async () => {
    const query = { a: ['x', 'y'], f: { status: 'open' } };
    expect(await urlOf({ ...base, query, queryArrayFormat: 'indices' })).toBe(
      'https://api.example.com/items?fixed=1&a[0]=x&a[1]=y&f[status]=open',
    );
    expect(await urlOf({ ...base, query, queryArrayFormat: 'brackets' })).toBe(
      'https://api.example.com/items?fixed=1&a[]=x&a[]=y&f[status]=open',
    );
    expect(await urlOf({ ...base, query, queryArrayFormat: 'comma' })).toBe(
      'https://api.example.com/items?fixed=1&a=x%2Cy&f[status]=open',
    );
  });

  it('resolves references in query values with their JSON type, and omits undefined', async () => {
    expect(
      await urlOf(
        {
          url: 'https://api.example.com/items',
          query: { limit: '{{input.limit}}', ids: '{{input.ids}}', empty: null },
        },
        {
          limit: 3,
          ids: [1, 2],
        },
      ),
    ).toBe('https://api.example.com/items?limit=3&ids=1&ids=2&empty=');
  });
});
