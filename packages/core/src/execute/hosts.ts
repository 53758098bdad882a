/**
 * The one grammar of every host list (a config's `allowedHosts`, `ExecuteOptions.allowHosts`, a connector
 * manifest's `allowedHosts`): an entry names a scheme, a host and a port.
 *
 * - `api.stripe.com` or `api.stripe.com:8443`: https on that port (443 when none is written).
 * - `http://127.0.0.1:8080`: any other scheme is written out (its default port when none is written).
 * - `*.example.com`: any subdomain of example.com (not example.com itself, not evilexample.com), with the same
 *   scheme and port rules.
 */

/** One entry, parsed. */
interface HostRule {
  protocol: 'http:' | 'https:';
  /** The host name, lowercase; for a wildcard, the suffix with its leading dot (`.example.com`). */
  hostname: string;
  wildcard: boolean;
  port: string;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };
/** A label that stands in for `*` while the entry is parsed as a URL. */
const WILDCARD_LABEL = 'wildcard--label';

/** An entry, read: its rule, or why it is not one. */
type ParsedEntry = { rule: HostRule; problem?: undefined } | { rule?: undefined; problem: string };

const parsed = new Map<string, ParsedEntry>();
const MAX_PARSED = 1000;

function parse(entry: string): ParsedEntry {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
  const wildcard = /^([a-z][a-z0-9+.-]*:\/\/)?\*\./i.test(entry);
  const source = wildcard ? entry.replace('*.', `${WILDCARD_LABEL}.`) : entry;
  let url: URL;
  try {
    url = new URL(withScheme ? source : `https://${source}`);
  } catch {
    return { problem: 'is not a host, host:port or scheme://host:port' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `names the scheme ${url.protocol}; only http and https` };
  // Only http and https get here, and their URLs always have a path, `/` at least.
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/')
    return { problem: 'must be only a scheme, host and port (no path, query or credentials)' };
  if (!withScheme && entry.endsWith('/')) return { problem: 'must not end with /' };
  const hostname = wildcard ? url.hostname.slice(WILDCARD_LABEL.length) : url.hostname;
  if (hostname.includes('*')) return { problem: 'may use * only as its whole first label (*.example.com)' };
  if (wildcard && hostname.split('.').filter(Boolean).length < 2)
    return { problem: 'is a wildcard for a whole top-level domain; name a domain (*.example.com)' };
  return {
    rule: {
      protocol: url.protocol,
      hostname,
      wildcard,
      port: url.port || (DEFAULT_PORTS[url.protocol] as string),
    },
  };
}

function parsedEntry(entry: string): ParsedEntry {
  const cached = parsed.get(entry);
  // Stryker disable next-line ConditionalExpression: a cache; reading the entry again gives the same result
  if (cached) return cached;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the cache's memory; results are the same
  if (parsed.size >= MAX_PARSED) parsed.clear();
  const result = parse(entry);
  parsed.set(entry, result);
  return result;
}

/** Why `entry` is not a valid host-list entry, or undefined when it is. */
export function hostEntryProblem(entry: string): string | undefined {
  return parsedEntry(entry).problem;
}

/** The host-list entry that allows exactly `url`'s origin (the default list of a config). */
export function originEntry(url: URL): string {
  return url.origin;
}

/**
 * True when `url`'s scheme, host and port match an entry of `allowed` (see the grammar above). Case-insensitive;
 * invalid entries match nothing.
 */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  // The usual list is the config's own origin, found on the first comparison (the loop would find it too).
  // Stryker disable next-line ConditionalExpression: a shortcut; without it the loop below matches the same entry
  if (allowed[0] === url.origin) return true;
  const port = url.port || DEFAULT_PORTS[url.protocol];
  for (const entry of allowed) {
    const { rule } = parsedEntry(entry);
    if (rule === undefined || rule.protocol !== url.protocol || rule.port !== port) continue;
    if (rule.wildcard ? url.hostname.endsWith(rule.hostname) : url.hostname === rule.hostname) return true;
  }
  return false;
}
