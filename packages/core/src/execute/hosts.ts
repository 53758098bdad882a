/**
 * True when `host` (a URL's `host`: name and optional port) matches an allowedHosts entry: the exact host name, the
 * host with its port, or a `*.` wildcard for subdomains. Case-insensitive.
 */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const host = url.host.toLowerCase();
  return allowed.some((entry) => {
    const pattern = entry.toLowerCase();
    if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
    return pattern === host || pattern === hostname;
  });
}
