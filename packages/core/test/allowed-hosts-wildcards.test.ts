/**
 * allowedHosts entries: exact hosts and `*.` wildcards. Every case here is an https URL on the default port, so it
 * reads the same under the entry grammar that pins scheme and port (`host` = https on 443).
 */
import { describe, expect, it } from 'vitest';
import { executeNode, isHostAllowed } from '../src/index.js';

const allowed = (url: string, entries: readonly string[]) => isHostAllowed(new URL(url), entries);

describe('allowedHosts entries', () => {
  it('matches *.example.com subdomains but not example.com or evilexample.com', () => {
    const entries = ['*.example.com'];
    expect(allowed('https://api.example.com/v1', entries)).toBe(true);
    expect(allowed('https://eu.api.example.com/v1', entries)).toBe(true);
    expect(allowed('https://example.com/v1', entries)).toBe(false);
    expect(allowed('https://evilexample.com/v1', entries)).toBe(false);
    expect(allowed('https://api.example.com.evil.net/v1', entries)).toBe(false);
  });

  it('reads entries in any case, against the URL parser lowercasing the host', () => {
    expect(allowed('https://API.Example.com/', ['*.EXAMPLE.com'])).toBe(true);
    expect(allowed('https://API.Example.com/', ['Api.Example.COM'])).toBe(true);
  });

  it('matches an exact host only as a whole name', () => {
    expect(allowed('https://api.example.com/', ['api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com/', ['example.com'])).toBe(false);
    expect(allowed('https://api.example.com/', ['pi.example.com', 'api.example.co'])).toBe(false);
    expect(allowed('https://api.example.com/', ['other.test', 'api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com/', ['*.api.example.com'])).toBe(false);
  });

  it('allows nothing with no entries', () => {
    expect(allowed('https://api.example.com/', [])).toBe(false);
  });
});

describe('allowedHosts when sending', () => {
  it('refuses to send a secret to a host that only ends like a wildcard entry', async () => {
    const result = await executeNode(
      {
        url: 'https://evilexample.com/v1/x',
        allowedHosts: ['*.example.com'],
        auth: { type: 'bearer', token: '{{secrets.K}}' },
      },
      { secrets: { K: 'sk_test_hosts' } },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(JSON.stringify(result)).not.toContain('sk_test_hosts');
  });
});
