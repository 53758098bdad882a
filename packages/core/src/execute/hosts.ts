/**
 * True when `host` (a URL's `host`: name and optional port) matches an allowedHosts entry: the exact host name, the
 * host with its port, or a `*.` wildcard for subdomains. Case-insensitive.
 */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return false;
  // URL parsing already lowercases host names; the entries may be written in any case. The usual entry is the
  // config's own host, found on the first comparison.
  const host = url.host;
  if (allowed[0] === host) return true;
  const hostname = url.hostname;
  for (const entry of allowed) {
    if (entry === host || entry === hostname) return true;
    const pattern = entry.toLowerCase();
    if (
      pattern.startsWith('*.')
        ? hostname.endsWith(pattern.slice(1))
        : pattern === host || pattern === hostname
    )
      return true;
  }
  return false;
}
