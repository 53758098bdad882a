import { type Transport, TransportFailure, undiciTransport } from '@convoflow/core';
import type { SandboxRoute } from './sandbox-routes.js';

/**
 * The transport of a --sandbox command: a request to a sandbox server goes as it is; one to a host the sandbox
 * stands in for (Google's token endpoint, which a connector's OAuth scheme names and a service account key carries
 * as its token_uri) is moved to the sandbox; any other is refused, so nothing reaches the network.
 */
export function sandboxTransport(routes: readonly SandboxRoute[]): Transport {
  const inner = undiciTransport();
  const sandboxOrigins = new Set(routes.map((route) => new URL(route.to).origin));
  const routed = (url: string): string => {
    if (sandboxOrigins.has(new URL(url).origin)) return url;
    for (const route of routes) {
      const rest = url.slice(route.from.length);
      if (url.startsWith(route.from) && (rest === '' || /^[/?#]/.test(rest))) return `${route.to}${rest}`;
    }
    throw new TransportFailure(
      'invalid',
      `--sandbox only serves the hosts of the shipped connectors, and ${new URL(url).host} is not one of them`,
    );
  };
  return {
    name: 'sandbox',
    send: (request) => inner.send({ ...request, url: routed(request.url) }),
    close: async () => inner.close?.(),
  };
}
