import type { Connector } from '@convoflow/core';
import { CliError } from './io.js';

/** A real URL prefix (a connector's base URL or host) and the sandbox URL that serves it. */
export interface SandboxRoute {
  from: string;
  to: string;
}

/**
 * Every base URL and allowed host of the connectors that the sandbox emulates, mapped to the sandbox's server for
 * that service; longest first, so `https://slack.com/api` wins over `https://slack.com`.
 */
export function sandboxRoutes(
  connectors: readonly Connector[],
  baseUrls: Readonly<Record<string, string>>,
): SandboxRoute[] {
  const routes: SandboxRoute[] = [];
  for (const connector of connectors) {
    const sandboxBase = baseUrls[connector.id];
    if (!sandboxBase) continue;
    if (connector.baseUrl)
      routes.push({ from: connector.baseUrl.replace(/\/$/, ''), to: sandboxBase.replace(/\/$/, '') });
    // An OAuth scheme's token endpoint (Google's) is served by the same sandbox server.
    for (const scheme of Object.values(connector.auth))
      if (scheme.type === 'oauth2' && scheme.tokenUrl)
        routes.push({ from: new URL(scheme.tokenUrl).origin, to: new URL(sandboxBase).origin });
    // allowedHosts entries: `host` or `host:port` mean https; other schemes are written out.
    for (const entry of connector.allowedHosts)
      if (!entry.startsWith('*'))
        routes.push({
          from: entry.includes('://') ? entry : `https://${entry}`,
          to: new URL(sandboxBase).origin,
        });
  }
  const unique = [...new Map(routes.map((route) => [`${route.from} ${route.to}`, route])).values()];
  return unique.sort((a, b) => b.from.length - a.from.length);
}

/**
 * A Custom API config's URL moved to the sandbox: a URL that starts with a secret or a reference is left as it is
 * (the sandbox's own secrets point at it), a connector's host is routed, any other host is refused — with
 * --sandbox nothing may reach the network.
 */
export function routeUrl(url: unknown, routes: readonly SandboxRoute[]): unknown {
  if (typeof url !== 'string' || url.startsWith('{{')) return url;
  for (const route of routes) {
    const rest = url.slice(route.from.length);
    if (url.startsWith(route.from) && (rest === '' || /^[/?#]/.test(rest))) return `${route.to}${rest}`;
  }
  let host = url;
  try {
    host = new URL(url).host;
  } catch {}
  const known = [...new Set(routes.map((route) => new URL(route.from).host))].join(', ');
  throw new CliError(
    `--sandbox only serves the hosts of the shipped connectors, and ${host} is not one of them`,
    `Sandbox hosts: ${known}. Drop --sandbox to send to ${host}.`,
  );
}
