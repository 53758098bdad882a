/**
 * Each rule of the host-list grammar (src/execute/hosts.ts), one entry at a time: which entries are refused and
 * with which message, and what a valid entry with a scheme, a port or a wildcard allows.
 */
import { describe, expect, it } from 'vitest';
import { hostEntryProblem, isHostAllowed } from '../src/execute/hosts.js';
import { validateConfig } from '../src/index.js';

const allowed = (url: string, list: readonly string[]) => isHostAllowed(new URL(url), list);

const NOT_A_HOST = 'is not a host, host:port or scheme://host:port';
const ONLY_ORIGIN = 'must be only a scheme, host and port (no path, query or credentials)';
const WHOLE_TLD = 'is a wildcard for a whole top-level domain; name a domain (*.example.com)';
const STAR_FIRST = 'may use * only as its whole first label (*.example.com)';

describe('host-list entries that are refused, and why', () => {
  it.each([
    ['', NOT_A_HOST],
    ['api example.com', NOT_A_HOST],
    ['api.example.com:99999', NOT_A_HOST],
    ['ftp://files.example.com', 'names the scheme ftp:; only http and https'],
    ['wss://socket.example.com', 'names the scheme wss:; only http and https'],
    ['user@api.example.com', ONLY_ORIGIN],
    [':secret@api.example.com', ONLY_ORIGIN],
    ['api.example.com?x=1', ONLY_ORIGIN],
    ['api.example.com#top', ONLY_ORIGIN],
    ['api.example.com#x://', ONLY_ORIGIN],
    ['api.example.com/v1', ONLY_ORIGIN],
    ['https://api.example.com/v1/', ONLY_ORIGIN],
    ['api.example.com/', 'must not end with /'],
    ['*.com', WHOLE_TLD],
    ['http://*.com', WHOLE_TLD],
    ['*.', WHOLE_TLD],
    ['a.*.example.com', STAR_FIRST],
    ['*example.com', STAR_FIRST],
    ['*.*.example.com', STAR_FIRST],
  ])('refuses %j: %s', (entry, problem) => {
    expect(hostEntryProblem(entry)).toBe(problem);
  });

  it('names the entry in a config issue', () => {
    expect(
      validateConfig({
        url: 'https://api.example.com',
        allowedHosts: ['api.example.com', 'ftp://x.example.com'],
      }),
    ).toEqual([{ pointer: '/allowedHosts/1', message: 'names the scheme ftp:; only http and https' }]);
  });
});

describe('host-list entries that are valid', () => {
  it.each([
    'localhost',
    'api.example.com',
    'api.example.com:8443',
    'https://api.example.com/',
    'HTTP://API.EXAMPLE.COM:8080',
    'http://localhost:3000',
    'http://[::1]:8080',
    '*.example.com',
    '*.example.com:8443',
    'http://*.example.com',
    'HTTPS://*.Example.COM',
    '*.co.uk',
  ])('accepts %j', (entry) => {
    expect(hostEntryProblem(entry)).toBeUndefined();
  });
});

describe('what a valid entry allows', () => {
  it('matches a single-label host such as localhost', () => {
    expect(allowed('https://localhost/', ['localhost'])).toBe(true);
    expect(allowed('http://localhost:3000/x', ['http://localhost:3000'])).toBe(true);
    expect(allowed('http://localhost:3001/x', ['http://localhost:3000'])).toBe(false);
  });

  it('reads the scheme in any case', () => {
    expect(allowed('http://api.example.com:8080/', ['HTTP://API.EXAMPLE.COM:8080'])).toBe(true);
    expect(allowed('https://api.example.com:8080/', ['HTTP://API.EXAMPLE.COM:8080'])).toBe(false);
  });

  it('treats an explicit default port as no port', () => {
    expect(allowed('https://api.example.com/', ['api.example.com:443'])).toBe(true);
    expect(allowed('http://api.example.com/', ['http://api.example.com:80'])).toBe(true);
    expect(allowed('https://api.example.com:443/', ['api.example.com'])).toBe(true);
  });

  it('matches an IPv6 literal with its port', () => {
    expect(allowed('http://[::1]:8080/', ['http://[::1]:8080'])).toBe(true);
    expect(allowed('http://[::2]:8080/', ['http://[::1]:8080'])).toBe(false);
  });

  it('keeps a trailing / after a written-out scheme as the same origin', () => {
    expect(allowed('https://api.example.com/v1', ['https://api.example.com/'])).toBe(true);
  });

  it('applies a wildcard with a written-out scheme to that scheme only', () => {
    expect(allowed('http://a.example.com/', ['http://*.example.com'])).toBe(true);
    expect(allowed('http://a.b.example.com/', ['HTTP://*.Example.com'])).toBe(true);
    expect(allowed('https://a.example.com/', ['http://*.example.com'])).toBe(false);
    expect(allowed('http://example.com/', ['http://*.example.com'])).toBe(false);
  });

  it('applies a wildcard with a port to that port only', () => {
    expect(allowed('https://a.example.com:8443/', ['*.example.com:8443'])).toBe(true);
    expect(allowed('https://a.example.com/', ['*.example.com:8443'])).toBe(false);
    expect(allowed('https://a.example.com:8443/', ['*.example.com'])).toBe(false);
  });

  it('matches a wildcard over a two-label suffix', () => {
    expect(allowed('https://shop.co.uk/', ['*.co.uk'])).toBe(true);
    expect(allowed('https://co.uk/', ['*.co.uk'])).toBe(false);
  });

  it('lets an invalid entry match nothing, and still reads the entries after it', () => {
    expect(allowed('https://api.example.com/', ['api.example.com/v1'])).toBe(false);
    expect(allowed('https://a.example.com/', ['a.*.example.com'])).toBe(false);
    expect(allowed('https://model.example.com/', ['a.*.example.com'])).toBe(false);
    expect(allowed('https://api.example.com/', ['ftp://api.example.com', '*.com', 'api.example.com'])).toBe(
      true,
    );
  });

  it('gives the same answer when an entry is read again', () => {
    for (let round = 0; round < 3; round++) {
      expect(hostEntryProblem('*.com')).toBe(WHOLE_TLD);
      expect(allowed('https://a.example.com/', ['*.example.com'])).toBe(true);
      expect(allowed('https://example.com/', ['*.example.com'])).toBe(false);
    }
  });

  it('compares the whole origin, not its first entry alone', () => {
    expect(allowed('https://api.example.com/', ['https://api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com/', ['https://other.example.com'])).toBe(false);
    expect(
      allowed('https://api.example.com/', ['https://other.example.com', 'https://api.example.com']),
    ).toBe(true);
  });
});
