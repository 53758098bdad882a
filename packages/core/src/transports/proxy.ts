import type { buildConnector, Dispatcher } from 'undici';

/** Where undiciTransport sends its requests through: `"env"` (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) or a proxy URL. */
export type ProxyOption = 'env' | string;

/** What the proxy agent shares with the transport's own agents. */
export interface ProxySettings {
  connections?: number | undefined;
  keepAliveTimeoutMs?: number | undefined;
  connect?: buildConnector.BuildOptions | buildConnector.connector | undefined;
}

/**
 * undici's proxy agent for `proxy`: `EnvHttpProxyAgent` for `"env"` (it reads the variables once, here), else a
 * `ProxyAgent` (credentials in the URL become a `Proxy-Authorization: Basic` header). http targets are forwarded
 * in absolute form, as curl does; https targets go through a CONNECT tunnel. TLS options in `connect` (a private
 * CA, client certificates) apply to the target's TLS inside the tunnel.
 */
export function proxyDispatcher(
  undici: typeof import('undici'),
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
