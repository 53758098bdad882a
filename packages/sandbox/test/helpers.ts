import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import type { Sandbox } from '../src/index.js';

/** A response with its body read once. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk provider JSON freely
  body: any;
}

/**
 * Sends a real HTTP request with node:http (a fresh connection each time) and reads the body (JSON when it
 * parses). node:http rather than fetch: undici keeps an internal promise per request body alive, which
 * vitest --detectAsyncLeaks reports.
 */
export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = Object.fromEntries(
      Object.entries(init.headers ?? {}).filter(([, value]) => value !== ''),
    );
    const req = request(url, { method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, text, body });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Requests shaped like stripe-node 23 sends them (see /tmp/sdk-wire/REPORT.md). */
export function stripeClient(sandbox: Sandbox, key = sandbox.secrets['STRIPE_SECRET_KEY']!) {
  const headers = (extra: Record<string, string> = {}) => ({
    Accept: 'application/json',
    'Content-Type': 'application/x-www-form-urlencoded',
    'Stripe-Version': '2026-10-28.endive',
    Authorization: `Bearer ${key}`,
    ...extra,
  });
  return {
    post: (
      path: string,
      body: string,
      options: { idempotencyKey?: string; headers?: Record<string, string> } = {},
    ) =>
      send(`${sandbox.baseUrls.stripe}${path}`, {
        method: 'POST',
        headers: headers({
          'Idempotency-Key': options.idempotencyKey ?? `stripe-node-retry-${randomUUID()}`,
          ...options.headers,
        }),
        body,
      }),
    get: (pathAndQuery: string) => send(`${sandbox.baseUrls.stripe}${pathAndQuery}`, { headers: headers() }),
  };
}

/** JSON requests shaped like @googleapis/sheets sends them. */
export function sheetsClient(sandbox: Sandbox, token = sandbox.secrets['GOOGLE_OAUTH_TOKEN']!) {
  const base = `${sandbox.baseUrls['google-sheets']}/v4/spreadsheets`;
  const headers = { accept: '*/*', authorization: `Bearer ${token}` };
  return {
    get: (path: string) => send(`${base}${path}`, { headers }),
    write: (method: 'POST' | 'PUT', path: string, body?: unknown) =>
      send(`${base}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** What @googleapis/sheets does to a range path segment: encodeURIComponent plus ! ' ( ) *. */
export function encodeRange(range: string): string {
  return encodeURIComponent(range).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
