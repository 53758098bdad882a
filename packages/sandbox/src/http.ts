/**
 * The small shared HTTP layer: one server per service on 127.0.0.1, a body reader, a segment router and reply helpers.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxFailure } from './types.js';

/** A request after its body has been read. */
export interface Call {
  method: string;
  /** Request target as received (path and query). */
  url: string;
  /** Path, still percent-encoded. */
  path: string;
  /** Query string without `?`, still percent-encoded. */
  rawQuery: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a handler answers. A string body is sent as is; any other defined body as JSON. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Path parameters, still percent-encoded (decode them where the provider does). */
export type Params = Record<string, string>;
export type Handler = (call: Call, params: Params) => Reply;

/** The first value of a request header (`name` in lower case). */
export function header(call: Call, name: string): string | undefined {
  const value = call.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The media type of the request, lower-cased, without parameters (`''` when absent). */
export function mediaType(call: Call): string {
  return (header(call, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The bearer token of the Authorization header, if it is a Bearer credential. */
export function bearerToken(call: Call): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header(call, 'authorization')?.trim() ?? '');
  return match ? match[1]!.trim() : undefined;
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

/** Parses a JSON body; `undefined` when it is not valid JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Random characters from `alphabet` (default: letters and digits). */
export function randomId(
  length: number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
) {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** Unix seconds now. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

interface Route<H> {
  method: string;
  segments: string[];
  handler: H;
}

/**
 * A minimal router on raw path segments: `:name` matches one non-empty segment (kept percent-encoded).
 * `match` returns `'wrong-method'` when the path exists with another method.
 */
export class Router<H = Handler> {
  private readonly routes: Route<H>[] = [];

  on(method: string, pattern: string, handler: H): this {
    this.routes.push({ method, segments: pattern.split('/').slice(1), handler });
    return this;
  }

  match(method: string, path: string): { handler: H; params: Params } | 'wrong-method' | undefined {
    const segments = path.split('/').slice(1);
    let pathExists = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { handler: route.handler, params };
      pathExists = true;
    }
    return pathExists ? 'wrong-method' : undefined;
  }
}

function matchSegments(pattern: string[], segments: string[]): Params | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    const actual = segments[i]!;
    if (expected.startsWith(':')) {
      if (actual === '') return undefined;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/** One emulated service: answers normal calls, and forced failures in its own error shape. */
export interface Service {
  handle(call: Call): Reply;
  fail(call: Call, failure: SandboxFailure): Reply;
}

/**
 * Applies the parts of a forced failure every service shares: a caller-given body replaces the default one
 * (a string keeps the default content type, anything else is sent as JSON) and `Retry-After` is set when given.
 */
export function applyFailure(reply: Reply, failure: SandboxFailure): Reply {
  const headers = { ...reply.headers };
  let body = reply.body;
  if (failure.body !== undefined) {
    body = failure.body;
    if (typeof failure.body !== 'string') headers['content-type'] = 'application/json';
  }
  if (failure.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(Math.ceil(failure.retryAfterSeconds));
  return { status: failure.status, headers, body };
}

/** A running server. */
export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (random port) that reads each body, then answers with `handle(call)`. */
export async function startServer(handle: (call: Call) => Reply): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const queryAt = url.indexOf('?');
      const rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
      const call: Call = {
        method: req.method ?? 'GET',
        url,
        path: queryAt === -1 ? url : url.slice(0, queryAt),
        rawQuery,
        query: new URLSearchParams(rawQuery),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      let reply: Reply;
      try {
        reply = handle(call);
      } catch (error) {
        reply = {
          status: 500,
          headers: { 'content-type': 'text/plain' },
          body: `sandbox error: ${String(error)}`,
        };
      }
      write(res, reply);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function write(res: ServerResponse, reply: Reply): void {
  const payload =
    reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader('content-length', Buffer.byteLength(payload));
  res.end(payload);
}
