import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request is refused, and the status it gets; undefined when it may pass. */
export interface Refusal {
  status: 401 | 403;
  message: string;
}

/** The name of the token cookie: one per port, so two studios on one machine do not overwrite each other's. */
export function cookieName(port: number): string {
  return `convoflow-studio-${port}`;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The token a request carries: the `x-studio-token` header, the cookie, or (first load) `?token=`. */
export function presentedToken(request: IncomingMessage, url: URL, port: number): string | undefined {
  const header = request.headers['x-studio-token'];
  if (typeof header === 'string') return header;
  return cookieValue(request.headers.cookie, cookieName(port)) ?? url.searchParams.get('token') ?? undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The studio's door: the Host must name this server (127.0.0.1:PORT or localhost:PORT, against DNS rebinding),
 * every request must carry the per-start token, and a state-changing request must come from the studio's own
 * origin (and be JSON, which no HTML form can send). Nothing here ever sets a CORS header.
 */
export function refuse(request: IncomingMessage, url: URL, port: number, token: string): Refusal | undefined {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? ''))
    return { status: 403, message: 'this Host is not the studio (only 127.0.0.1 and localhost are served)' };
  const given = presentedToken(request, url, port);
  if (given === undefined)
    return { status: 401, message: 'the studio token is missing: open the URL `convoflow studio` printed' };
  if (!sameToken(given, token))
    return { status: 403, message: 'the studio token is wrong: open the URL `convoflow studio` printed' };
  if (SAFE_METHODS.has(request.method ?? 'GET')) return undefined;
  const origin = request.headers.origin;
  if (origin === undefined || !hosts.some((host) => origin === `http://${host}`))
    return { status: 403, message: 'requests that change anything must come from the studio page itself' };
  if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
    return { status: 403, message: 'requests that change anything must be JSON' };
  return undefined;
}
