/**
 * Structured auth as it lands on the wire, hand-written credential headers, and the curl command: exact text, so
 * a changed scheme word, quote or separator fails here.
 */
import { describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, prepareRequest, toCurl } from '../src/index.js';
import { authHeaderOf } from '../src/prepare/apply-auth.js';

const SECRET = "sk_test_it's";
const secrets = { K: SECRET, USER: 'ada', PASS: 'pässword' };
const prepare = (config: Partial<CustomApiNodeConfig>) =>
  prepareRequest({ url: 'https://api.example.com/v1/items', ...config }, { secrets });

describe('structured auth', () => {
  it('sends a bearer token and a Basic pair as RFC 7617 base64 of UTF-8', async () => {
    const bearer = await prepare({ auth: { type: 'bearer', token: '{{secrets.K}}' } });
    expect(bearer.headers.authorization).toBe(`Bearer ${SECRET}`);
    const basic = await prepare({
      auth: { type: 'basic', username: '{{secrets.USER}}', password: '{{secrets.PASS}}' },
    });
    expect(basic.headers.authorization).toBe(`Basic ${Buffer.from('ada:pässword').toString('base64')}`);
    expect(JSON.stringify(basic.toJSON())).not.toContain('pässword');
    expect(basic.toJSON().headers.authorization).toBe('Basic ***');
  });

  it('puts an API key in the named header (lowercased) or, percent-encoded, in the query', async () => {
    const header = await prepare({
      auth: { type: 'apiKey', in: 'header', name: 'X-Api-Key', value: '{{secrets.K}}' },
    });
    expect(header.headers['x-api-key']).toBe(SECRET);
    const query = await prepare({
      url: 'https://api.example.com/v1/items?page=2',
      auth: { type: 'apiKey', in: 'query', name: 'api key', value: '{{secrets.K}}' },
    });
    expect(query.url).toBe('https://api.example.com/v1/items?page=2&api%20key=sk_test_it%27s');
    expect(query.toJSON().url).toBe('https://api.example.com/v1/items?page=2&api%20key=***');
  });

  it('treats a literal credential as secret too, but not a dry run placeholder', async () => {
    const literal = await prepare({ auth: { type: 'bearer', token: 'sk_literal_1' } });
    expect(literal.toJSON().headers.authorization).toBe('Bearer ***');
    const dry = await prepareRequest(
      { url: 'https://api.example.com/v1/items', auth: { type: 'bearer', token: '{{secrets.MISSING}}' } },
      { secrets: {}, missingSecrets: 'placeholder' },
    );
    expect(dry.toJSON().headers.authorization).toBe('Bearer <MISSING>');
  });

  it('names the header each kind of auth sets', () => {
    expect(authHeaderOf(undefined)).toBeUndefined();
    expect(authHeaderOf({ type: 'bearer', token: 't' })).toBe('authorization');
    expect(authHeaderOf({ type: 'basic', username: 'u', password: 'p' })).toBe('authorization');
    expect(authHeaderOf({ type: 'apiKey', in: 'header', name: 'X-Key', value: 'v' })).toBe('x-key');
    expect(authHeaderOf({ type: 'apiKey', in: 'query', name: 'key', value: 'v' })).toBeUndefined();
  });
});

describe('hand-written credential headers', () => {
  it('redacts the credential after the scheme word, and a whole Cookie', async () => {
    const prepared = await prepare({
      headers: {
        Authorization: 'Token   abc123',
        'Proxy-Authorization': 'Basic eHl6',
        Cookie: 'session=s1; theme=dark',
        'X-Plain': 'abc123',
      },
    });
    expect(prepared.toJSON().headers).toEqual({
      authorization: 'Token   ***',
      'proxy-authorization': 'Basic ***',
      cookie: '***',
      'x-plain': '***',
    });
  });
});

describe('toCurl', () => {
  it('writes a GET as a bare curl, a HEAD with --head, and a GET with a body with -X', async () => {
    expect(toCurl(await prepare({}))).toBe("curl 'https://api.example.com/v1/items'");
    expect(toCurl(await prepare({ method: 'HEAD' }))).toBe("curl --head 'https://api.example.com/v1/items'");
    expect(toCurl(await prepare({ method: 'DELETE' }))).toBe(
      "curl -X DELETE 'https://api.example.com/v1/items'",
    );
  });

  it('writes one -H per header and --data-raw, quoted for POSIX shells and redacted', async () => {
    const prepared = await prepare({
      method: 'POST',
      headers: { 'X-Note': "it's" },
      auth: { type: 'bearer', token: '{{secrets.K}}' },
      body: { q: "o'clock" },
    });
    expect(toCurl(prepared)).toBe(
      [
        "curl -X POST 'https://api.example.com/v1/items'",
        "-H 'x-note: it'\\''s'",
        "-H 'authorization: Bearer ***'",
        "-H 'content-type: application/json'",
        `--data-raw '{"q":"o'\\''clock"}'`,
      ].join(' \\\n  '),
    );
  });

  it('shows the secrets, and a byte body as text, only when asked not to redact', async () => {
    const prepared = await prepare({ method: 'POST', auth: { type: 'bearer', token: '{{secrets.K}}' } });
    const bytes = prepared.with({ body: new TextEncoder().encode('a=ü') });
    expect(toCurl(bytes, { redact: false })).toBe(
      [
        "curl -X POST 'https://api.example.com/v1/items'",
        "-H 'authorization: Bearer sk_test_it'\\''s'",
        "--data-raw 'a=ü'",
      ].join(' \\\n  '),
    );
    expect(toCurl(bytes, { redact: true })).toContain("'authorization: Bearer ***'");
    expect(toCurl(prepared.with({ body: 'plain' }), { redact: false })).toContain("--data-raw 'plain'");
  });
});
