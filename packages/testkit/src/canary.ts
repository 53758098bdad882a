/**
 * The canary probe: two canary secrets, every form they can take in an output, a server on 127.0.0.1 that echoes
 * whatever credential it receives back in every place a response has, and a scan that names each leak it finds.
 * Shared by the core/workflow canary test and the CLI's.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type CaptureServer, startCaptureServer } from './capture-server.js';

/** A plain token, and one made of characters every encoding changes. */
export const CANARIES = ['sk_test_CANARY_51xyz', 'sk/test+CANARY=51 xyz&q'] as const;
/** The Basic auth user name that goes with a canary password. */
export const CANARY_USER = 'canary-user';

/** The base64 characters that depend only on `bytes`, when they start at byte offset 0, 1 or 2 of a longer run. */
function base64Alignments(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const form = encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6));
    forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** Every form of `secret` an output must not hold, by name. */
export function canaryForms(secret: string): Record<string, string> {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms: Record<string, string> = {
    raw: secret,
    'percent-encoded': encodeURIComponent(secret),
    'strictly percent-encoded': encodeURIComponent(secret).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    ),
    'form-encoded': new URLSearchParams([['', secret]]).toString().slice(1),
    'JSON-escaped': json,
    'JSON-escaped with \\/': json.replace(/\//g, '\\/'),
    'base64 of user:secret': Buffer.from(`${CANARY_USER}:${secret}`).toString('base64'),
  };
  base64Alignments(Buffer.from(secret)).forEach((form, index) => {
    forms[`base64 at alignment ${Math.floor(index / 2)}${index % 2 ? ' (URL-safe)' : ''}`] = form;
  });
  return forms;
}

/** Text for scanning: JSON with bytes shown both as latin1 text and as base64. */
export function scanText(value: unknown): string {
  if (typeof value === 'string') return value;
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      item instanceof Uint8Array
        ? `${Buffer.from(item).toString('latin1')} ${Buffer.from(item).toString('base64')}`
        : typeof item === 'bigint'
          ? String(item)
          : item,
    ) ?? ''
  );
}

/** The names of the forms of `secret` found in `output` (empty: no leak). */
export function findLeaks(output: string, secret: string): string[] {
  return Object.entries(canaryForms(secret))
    .filter(([, form]) => output.includes(form))
    .map(([name]) => name);
}

/** The credential a request carried: a bearer token, a Basic password, an API key header or query value. */
function credentialOf(url: URL, headers: IncomingHttpHeaders): { secret: string; raw: string } | undefined {
  const authorization = headers.authorization;
  if (authorization?.startsWith('Bearer ')) return { secret: authorization.slice(7), raw: authorization };
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString();
    return { secret: decoded.slice(decoded.indexOf(':') + 1), raw: authorization };
  }
  const key = headers['x-api-key'] ?? url.searchParams.get('key');
  return typeof key === 'string' ? { secret: key, raw: key } : undefined;
}

/** JSON with every character a decoder would turn back into the secret escaped: `\/`, `\u005f`, … */
function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[/_=+& ]/g, (c) =>
    c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The routes of {@link startEchoServer}: each echoes the credential in one place. */
export const ECHO_ROUTES = [
  'header',
  'reason',
  'json',
  'json-escaped',
  'text',
  'form',
  'binary',
  'redirect',
  'redirect-away',
] as const;

/**
 * A server that echoes the credential of each request: in headers (`x-echo`, `x-request-id`), the reason phrase,
 * JSON (plain and escaped), text, a form body, bytes, and redirect Locations (same origin, and to `away`).
 */
export async function startEchoServer(away?: string): Promise<CaptureServer> {
  return startCaptureServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const route = url.pathname.split('/')[1];
    const credential = credentialOf(url, request.headers);
    if (!credential || route === 'landing' || route === 'capture') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    const { secret, raw } = credential;
    const echo = { 'x-echo': raw, 'x-request-id': raw };
    switch (route) {
      case 'header':
        response.writeHead(200, { ...echo, 'content-type': 'text/plain' });
        return void response.end('ok');
      case 'reason':
        response.writeHead(401, `Bad ${raw}`, { 'content-type': 'text/plain' });
        return void response.end();
      case 'json':
        response.writeHead(403, { 'content-type': 'application/json' });
        return void response.end(
          JSON.stringify({ error: { message: `Invalid key ${secret}`, code: secret }, raw }),
        );
      case 'json-escaped':
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end(escapedJson({ key: secret, nested: [{ raw }] }));
      case 'text':
        response.writeHead(400, { 'content-type': 'text/plain' });
        return void response.end(`Your key ${secret} is invalid (${raw})`);
      case 'form':
        response.writeHead(200, { 'content-type': 'application/x-www-form-urlencoded' });
        return void response.end(new URLSearchParams({ key: secret }).toString());
      case 'binary':
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        return void response.end(
          Buffer.concat([Buffer.from([255, 0]), Buffer.from(secret), Buffer.from([254])]),
        );
      case 'redirect':
        response.writeHead(302, { location: `/landing?echo=${encodeURIComponent(secret)}` });
        return void response.end();
      default:
        response.writeHead(307, { location: `${away ?? ''}/landing?echo=${encodeURIComponent(secret)}` });
        return void response.end();
    }
  });
}
