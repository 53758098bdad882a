import type { Dispatcher } from 'undici';
import { readStreamCapped } from './read-stream-capped.js';
import {
  type Transport,
  TransportFailure,
  type TransportRequest,
  type TransportResponse,
  toTransportFailure,
} from './transport.js';

/** Options for {@link undiciTransport}. */
export interface UndiciTransportOptions {
  /** Connections kept per origin. Default 10. */
  connections?: number;
  /** How long an idle keep-alive connection stays open, in milliseconds. Default 4000. */
  keepAliveTimeoutMs?: number;
  /** Use your own undici dispatcher (a proxy agent, a mock); decompression is then yours too. */
  dispatcher?: Dispatcher;
}

const ACCEPT_ENCODING = 'gzip, deflate, br';

type Undici = typeof import('undici');
type Zlib = typeof import('node:zlib');
let undiciModule: Promise<[Undici, Zlib]> | undefined;
/** The modules once loaded: later requests use them without waiting on a promise. */
let loadedModules: [Undici, Zlib] | undefined;

/** undici and zlib are loaded on first use, so importing core costs nothing where they are never used (browsers, edge). */
function loadUndici(): Promise<[Undici, Zlib]> {
  undiciModule ??= Promise.all([import('undici'), import('node:zlib')]).then((modules) => {
    loadedModules = modules;
    return modules;
  });
  return undiciModule;
}

const DECODERS = {
  gzip: 'createGunzip',
  'x-gzip': 'createGunzip',
  deflate: 'createInflate',
  br: 'createBrotliDecompress',
} as const;

/**
 * Decodes a Content-Encoding chain (`gzip`, `deflate`, `br`, applied in order, decoded in reverse) with node:zlib,
 * or returns undefined when a coding is unknown (the body is then returned as it came, header kept).
 * (undici's own decompress interceptor is experimental and prints a warning in every process that loads it.)
 */
function decode(
  body: NodeJS.ReadableStream,
  encoding: string,
  zlib: Zlib,
): NodeJS.ReadableStream | undefined {
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding && coding !== 'identity');
  if (!codings.every((coding) => Object.hasOwn(DECODERS, coding))) return undefined;
  let stream = body;
  for (const coding of codings.reverse()) {
    const decoder = zlib[DECODERS[coding as keyof typeof DECODERS]]();
    stream.on('error', (error) => decoder.destroy(error as Error));
    stream = stream.pipe(decoder);
  }
  return stream;
}

/**
 * undici's response headers (lowercase names; the object is ours to keep) with repeated ones joined by `, `,
 * changed in place.
 */
function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string') continue;
    if (value === undefined) delete headers[name];
    else headers[name] = value.join(', ');
  }
  return headers as Record<string, string>;
}

/**
 * The default transport on Node: undici's `request()` over a keep-alive `Agent`, the fastest HTTP client on Node.
 * It asks for `gzip, deflate, br` (unless the request sets Accept-Encoding) and decodes the response, like fetch does.
 *
 * @example
 * const transport = undiciTransport({ connections: 50 });
 * await executeNode(config, { transport });
 * await transport.close();
 */
export function undiciTransport(options: UndiciTransportOptions = {}): Transport {
  let dispatcher: Promise<Dispatcher> | undefined;
  let readyDispatcher: Dispatcher | undefined = options.dispatcher;
  const getDispatcher = (): Promise<Dispatcher> => {
    dispatcher ??= loadUndici().then(([{ Agent }]) => {
      readyDispatcher = new Agent({
        connections: options.connections ?? 10,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 4000,
      });
      return readyDispatcher;
    });
    return dispatcher;
  };

  return {
    name: 'undici',
    async send(request: TransportRequest): Promise<TransportResponse> {
      // On the hot path both are ready: no promise to wait on.
      const [{ request: undiciRequest }, zlib] = loadedModules ?? (await loadUndici());
      const agent = readyDispatcher ?? (await getDispatcher());
      const headers =
        'accept-encoding' in request.headers || options.dispatcher
          ? request.headers
          : { ...request.headers, 'accept-encoding': ACCEPT_ENCODING };
      let response: Dispatcher.ResponseData;
      try {
        response = await undiciRequest(request.url, {
          method: request.method,
          headers,
          body: request.body ?? null,
          signal: request.signal as AbortSignal,
          dispatcher: agent,
        });
      } catch (error) {
        if (request.signal.aborted)
          throw new TransportFailure('aborted', 'request aborted', { cause: error });
        throw toTransportFailure(error);
      }
      try {
        const headers = flattenHeaders(response.headers);
        const encoding = headers['content-encoding'];
        // HEAD, 204 and 304 carry no body whatever Content-Encoding says; there is nothing to decode.
        const bodyless =
          request.method === 'HEAD' || response.statusCode === 204 || response.statusCode === 304;
        const decoded =
          encoding && !bodyless && !options.dispatcher ? decode(response.body, encoding, zlib) : undefined;
        if (decoded) {
          delete headers['content-encoding'];
          delete headers['content-length'];
        }
        let body: Uint8Array;
        try {
          body = await readStreamCapped(
            (decoded ?? response.body) as NodeJS.ReadableStream,
            request.maxResponseBytes,
            () => response.body.destroy(),
          );
        } catch (error) {
          if (error instanceof TransportFailure || !decoded || request.signal.aborted) throw error;
          response.body.destroy();
          throw new TransportFailure('decode', `the ${encoding} response body could not be decoded`, {
            cause: error,
            status: response.statusCode,
          });
        }
        return { status: response.statusCode, statusText: response.statusText ?? '', headers, body };
      } catch (error) {
        if (error instanceof TransportFailure) throw error;
        if (request.signal.aborted)
          throw new TransportFailure('aborted', 'request aborted', { cause: error });
        throw toTransportFailure(error);
      }
    },
    async close() {
      if (dispatcher) await (await dispatcher).close();
    },
  };
}
