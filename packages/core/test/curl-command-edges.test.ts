/**
 * The curl command at its edges: a GET that carries a body, an unredacted request without one, and a method
 * curl would otherwise guess from --data-raw.
 */
import { describe, expect, it } from 'vitest';
import { prepareRequest, toCurl } from '../src/index.js';

const URL_TEXT = 'https://api.example.com/v1/items';
const prepare = (method: 'GET' | 'POST' | 'PUT') =>
  prepareRequest(
    { url: URL_TEXT, method, auth: { type: 'bearer', token: '{{secrets.K}}' } },
    { secrets: { K: 'sk_test_curl_edges' } },
  );

describe('toCurl at the edges', () => {
  it('keeps a GET that carries a body a GET (curl would send POST for --data-raw alone)', async () => {
    const get = (await prepare('GET')).with({ body: 'q=1' });
    expect(toCurl(get)).toBe(
      [`curl -X GET '${URL_TEXT}'`, "-H 'authorization: Bearer ***'", "--data-raw 'q=1'"].join(' \\\n  '),
    );
    expect(toCurl(get, { redact: false })).toBe(
      [`curl -X GET '${URL_TEXT}'`, "-H 'authorization: Bearer sk_test_curl_edges'", "--data-raw 'q=1'"].join(
        ' \\\n  ',
      ),
    );
  });

  it('writes no --data-raw for a request without a body, redacted or not', async () => {
    const get = await prepare('GET');
    expect(toCurl(get, { redact: false })).toBe(
      [`curl '${URL_TEXT}'`, "-H 'authorization: Bearer sk_test_curl_edges'"].join(' \\\n  '),
    );
    const put = await prepare('PUT');
    expect(toCurl(put, { redact: false })).toBe(
      [`curl -X PUT '${URL_TEXT}'`, "-H 'authorization: Bearer sk_test_curl_edges'"].join(' \\\n  '),
    );
    expect(toCurl(put)).toBe([`curl -X PUT '${URL_TEXT}'`, "-H 'authorization: Bearer ***'"].join(' \\\n  '));
  });

  it('redacts when the options leave redact out', async () => {
    const post = toCurl(await prepare('POST'), {});
    expect(post).toContain("'authorization: Bearer ***'");
    expect(post).not.toContain('sk_test_curl_edges');
  });
});
