import type { buildConnector, Dispatcher } from 'undici';
import { checkHost, type LookupAll } from './guarded-connector.js';
import type { AddressGuard } from './private-network-guard.js';

/** Where undiciTransport sends its requests through: `"env"` (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) or a proxy URL. */
export type ProxyOption = 'env' | string;

/** What the proxy agent shares with the transport's own agents. */
export interface ProxySettings {
  connections?: number | undefined;
  keepAliveTimeoutMs?: number | undefined;
  connect?: buildConnector.BuildOptions | buildConnector.connector | undefined;
}

/** undici's two proxy agents (from the whole package: its index gives dispatchers the API a tunnel uses). */
export type ProxyAgents = Pick<typeof import('undici'), 'ProxyAgent' | 'EnvHttpProxyAgent'>;

/**
 * undici's proxy agent for `proxy`: `EnvHttpProxyAgent` for `"env"` (it reads the variables once, here), else a
 * `ProxyAgent` (credentials in the URL become a `Proxy-Authorization: Basic` header). http targets are forwarded
 * in absolute form, as curl does; https targets go through a CONNECT tunnel. TLS options in `connect` (a private
 * CA, client certificates) apply to the target's TLS inside the tunnel.
 */
export function proxyDispatcher(
  undici: ProxyAgents,
  proxy: ProxyOption,
  settings: ProxySettings,
): Dispatcher {
  const tls = typeof settings.connect === 'object' ? settings.connect : undefined;
  const common = {
    connections: settings.connections ?? 10,
    keepAliveTimeout: settings.keepAliveTimeoutMs ?? 4000,
    proxyTunnel: false,
    ...(tls && { requestTls: tls as never, connect: tls }),
  };
  return proxy === 'env'
    ? new undici.EnvHttpProxyAgent(common)
    : new undici.ProxyAgent({ ...common, uri: proxy });
}

/**
 * The private-network guard for a request through a proxy: the proxy, not this process, connects to the target, so
 * the target's name is resolved here and every address checked before the request is handed over (an IP literal is
 * checked as it is). Rejects with the `blocked` failure (or the lookup's error); nothing reaches the proxy then. The
 * proxy resolves the name again itself: a DNS server that answers differently a moment later is for the proxy's own
 * egress rules to stop. The proxy's own address is not checked (the operator chose it).
 */
export function checkProxyTarget(
  url: string,
  guard: AddressGuard,
  lookup: LookupAll,
  isIP: (input: string) => number,
): Promise<void> {
  const { hostname } = new URL(url);
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return new Promise((resolve, reject) => {
    checkHost(guard, host, lookup, isIP, (error) => (error ? reject(error) : resolve()));
  });
}
