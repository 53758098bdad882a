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

const parsed = new Map<string, HostRule | string>();
const MAX_PARSED = 1000;

function parse(entry: string): HostRule | string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
  const wildcard = /^([a-z][a-z0-9+.-]*:\/\/)?\*\./i.test(entry);
  const source = wildcard ? entry.replace('*.', `${WILDCARD_LABEL}.`) : entry;
  let url: URL;
  try {
    url = new URL(withScheme ? source : `https://${source}`);
  } catch {
    return 'is not a host, host:port or scheme://host:port';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `names the scheme ${url.protocol}; only http and https`;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return 'must be only a scheme, host and port (no path, query or credentials)';
  if (!withScheme && url.pathname === '/' && entry.endsWith('/')) return 'must not end with /';
  const hostname = wildcard ? url.hostname.slice(WILDCARD_LABEL.length) : url.hostname;
  if (wildcard && hostname.split('.').filter(Boolean).length < 2)
    return 'is a wildcard for a whole top-level domain; name a domain (*.example.com)';
  return {
    protocol: url.protocol,
    hostname,
    wildcard,
    port: url.port || (DEFAULT_PORTS[url.protocol] as string),
  };
}

function ruleOf(entry: string): HostRule | string {
  let rule = parsed.get(entry);
  if (rule === undefined) {
    rule = parse(entry);
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(entry, rule);
  }
  return rule;
}

/** Why `entry` is not a valid host-list entry, or undefined when it is. */
export function hostEntryProblem(entry: string): string | undefined {
  const rule = ruleOf(entry);
  return typeof rule === 'string' ? rule : undefined;
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
  // The usual list is the config's own origin, found on the first comparison.
  if (allowed.length > 0 && allowed[0] === url.origin) return true;
  const port = url.port || DEFAULT_PORTS[url.protocol];
  for (const entry of allowed) {
    const rule = ruleOf(entry);
    if (typeof rule === 'string' || rule.protocol !== url.protocol || rule.port !== port) continue;
    if (rule.wildcard ? url.hostname.endsWith(rule.hostname) : url.hostname === rule.hostname) return true;
  }
  return false;
}
