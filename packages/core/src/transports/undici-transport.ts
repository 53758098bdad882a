import type { buildConnector, Dispatcher } from 'undici';
import { ConnectionWaits } from './connection-waits.js';
import { ContentDecodingError, contentCodings, decodeContent } from './content-coding.js';
import type { LookupAll } from './guarded-connector.js';
import { markGuarding } from './private-network-guard.js';
import type { ProxyOption } from './proxy.js';
import {
  ownTransport,
  type Transport,
  TransportFailure,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';
import { UndiciAgents } from './undici-agents.js';
import { exchange } from './undici-exchange.js';
import { loadUndiciParts, type UndiciParts } from './undici-parts.js';

/** Options for {@link undiciTransport}. */
export interface UndiciTransportOptions {
  /**
   * Connections per origin. Default 10. Requests beyond that wait for a free one; that wait counts against
   * `connectionTimeoutMs`, not `timeoutMs`. Raise it for high concurrency against one API.
   */
  connections?: number;
  /** How long an idle keep-alive connection stays open, in milliseconds. Default 4000. */
  keepAliveTimeoutMs?: number;
  /**
   * Use your own undici dispatcher (a proxy agent, a mock); decompression is then yours too, and the private-network
   * guard refuses to run over it (it cannot see the addresses connected to).
   */
  dispatcher?: Dispatcher;
  /** Resolves host names (the shape of `dns.lookup` with `{ all: true }`); default `dns.lookup`. */
  lookup?: LookupAll;
  /**
   * undici's `connect` option: TLS and socket options (`ca` for a private CA, `cert` and `key` for client
   * certificates, `timeout`), or a connector function of your own. With the private-network guard on, a connector
   * function is given the checked IP address as `hostname` (and the original `host`).
   */
  connect?: buildConnector.BuildOptions | buildConnector.connector;
  /**
   * Send through a proxy: `"env"` reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY once (undici's `EnvHttpProxyAgent`),
   * or a proxy URL (credentials in it become `Proxy-Authorization`, and show nowhere else). A shortcut over
   * `dispatcher` that keeps decoding and `connect`'s TLS options (applied to the target, inside the tunnel). With
   * the private-network guard on, the target's name is resolved (with `lookup`) and every address checked before
   * the request is handed to the proxy.
   */
  proxy?: ProxyOption;
}

const ACCEPT_ENCODING = 'gzip, deflate, br';

type Modules = [UndiciParts, typeof import('node:net'), typeof import('node:dns')];
let undiciModule: Promise<Modules> | undefined;
/** The modules once loaded: later requests use them without waiting on a promise. */
let loadedModules: Modules | undefined;

/** zlib, loaded with the first compressed response (most APIs answer a small JSON body uncompressed). */
let zlibModule: Promise<typeof import('node:zlib')> | undefined;

/** undici is loaded on first use, so importing core costs nothing where it is never used (browsers, edge). */
function loadUndici(): Promise<Modules> {
  undiciModule ??= Promise.all([loadUndiciParts(), import('node:net'), import('node:dns')]).then(
    (modules) => {
      loadedModules = modules;
      return modules;
    },
  );
  return undiciModule;
}

/**
 * The default transport on Node: undici over a keep-alive `Agent`, the fastest HTTP client on Node. It asks for
 * `gzip, deflate, br` (unless the request sets Accept-Encoding) and decodes the response, like fetch does.
 *
 * It talks to undici's dispatcher through its handler API, the layer `request()` and undici's own fetch are built on,
 * and collects the body chunks itself: core always reads the whole body, and `request()` would first wrap every body
 * in a Node stream only to be drained (about 55 µs of a 200 µs loopback request, measured by `pnpm bench`).
 *
 * @example
 * const transport = undiciTransport({ connections: 50 });
 * await executeNode(config, { transport });
 * await transport.close();
 */
export function undiciTransport(options: UndiciTransportOptions = {}): Transport {
  if (options.proxy !== undefined && options.proxy !== 'env' && !URL.canParse(options.proxy)) {
    throw new TypeError('undiciTransport: proxy must be "env" or a URL');
  }
  let agents: UndiciAgents | undefined;
  // With a caller's dispatcher (a proxy, a mock), what it asks for and how it decodes are the caller's.
  const decodes = options.dispatcher === undefined;
  // Connections this transport opens are watched, to tell waiting for a pooled one from waiting for a new one.
  const waits = new ConnectionWaits();
  // Only connections this transport opens itself: a caller's dispatcher or a proxy opens its own.
  const watched = decodes && options.proxy === undefined ? waits : undefined;

  const transport = ownTransport({
    name: 'undici',
    async send(request: TransportRequest): Promise<TransportResponse> {
      // On the hot path the modules are ready: no promise to wait on.
      const [parts, net, dns] = loadedModules ?? (await loadUndici());
      if (!agents) {
        // A proxy agent needs the whole package: undici's index puts the API its tunnel uses on every dispatcher.
        const proxies = options.proxy === undefined ? undefined : await import('undici');
        agents ??= new UndiciAgents({ undici: parts, ...(proxies && { proxies }), net, dns }, options, waits);
      }
      const checking = agents.checkTarget(request.url, request.network);
      if (checking) await checking;
      const agent = options.dispatcher ?? agents.get(request.network);
      const headers =
        !decodes || 'accept-encoding' in request.headers
          ? request.headers
          : { ...request.headers, 'accept-encoding': ACCEPT_ENCODING };
      const response = await exchange(agent, request, headers, parts.util.parseHeaders, watched);
      const encoding = response.headers['content-encoding'];
      // HEAD, 204 and 304 carry no body whatever Content-Encoding says; there is nothing to decode.
      const bodyless = request.method === 'HEAD' || response.status === 204 || response.status === 304;
      const codings = encoding && decodes && !bodyless ? contentCodings(encoding) : undefined;
      if (!codings || codings.length === 0) return response;
      try {
        zlibModule ??= import('node:zlib');
        response.body = await decodeContent(
          response.body,
          codings,
          request.maxResponseBytes,
          await zlibModule,
        );
      } catch (error) {
        if (error instanceof ContentDecodingError && error.tooLarge) {
          throw new TransportFailure(
            'too_large',
            `response body is larger than ${request.maxResponseBytes} bytes`,
          );
        }
        throw new TransportFailure('decode', `the ${encoding} response body could not be decoded`, {
          cause: error,
          status: response.status,
        });
      }
      // Decoding does not watch the signal; a timeout or abort that came meanwhile still wins.
      if (request.signal.aborted) throw new TransportFailure('aborted', 'request aborted');
      delete response.headers['content-encoding'];
      delete response.headers['content-length'];
      return response;
    },
    async close() {
      await agents?.close();
    },
  });
  // A caller's dispatcher connects where it likes: the guard cannot check it, so it refuses to run over it. Through a
  // proxy the target is checked before the request is handed over.
  return options.dispatcher === undefined ? markGuarding(transport) : transport;
}
