import type { HttpMethod } from '../config/types.js';
import { CREDENTIAL_HEADERS } from '../prepare/apply-auth.js';
import { headersOf, type PreparedRequest, parsedUrlOf, secretsOf } from '../prepare/prepared-request.js';
import { isHostAllowed } from './hosts.js';

/** What to do with a 3xx response. */
export type RedirectDecision =
  | { type: 'follow'; request: PreparedRequest }
  | { type: 'stop' }
  | { type: 'refuse'; reason: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** True for the statuses that redirect (301, 302, 303, 307, 308). */
export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** True when any secret of the request appears in its URL, headers or body. */
export function carriesSecret(request: PreparedRequest): boolean {
  const secrets = secretsOf(request);
  // Stryker disable next-line ConditionalExpression: a shortcut; with no secret the checks below find none either
  if (secrets.size === 0) return false;
  if (secrets.containsSecret(request.url)) return true;
  const headers = headersOf(request);
  for (const name in headers) if (secrets.containsSecret(headers[name] as string)) return true;
  const body = request.body;
  return typeof body === 'string'
    ? secrets.containsSecret(body)
    : body instanceof Uint8Array && secrets.containsSecret(new TextDecoder().decode(body));
}

/**
 * Decides how to follow a redirect, the way a careful browser would and stricter about credentials:
 * 303 (and 301/302 after POST) become GET without a body; 307/308 keep method and body. On a hop to another origin,
 * Authorization, Cookie, Proxy-Authorization and every header or query parameter carrying a secret are dropped; a
 * 307/308 that would carry a secret body to another origin, an https → http downgrade of a request with
 * credentials, and a hop that would still carry secrets to a host outside `allowedHosts` are refused.
 */
export function decideRedirect(
  request: PreparedRequest,
  status: number,
  location: string | undefined,
  allowedHosts: readonly string[],
): RedirectDecision {
  if (!isRedirect(status) || !location) return { type: 'stop' };
  const from = parsedUrlOf(request);
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return { type: 'refuse', reason: 'the Location header is not a valid URL' };
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:')
    return { type: 'refuse', reason: `redirect to ${to.protocol} refused` };
  const hadCredentials = carriesSecret(request);
  if (from.protocol === 'https:' && to.protocol === 'http:' && hadCredentials) {
    return { type: 'refuse', reason: 'redirect from https to http refused while credentials are attached' };
  }

  const changesToGet = status === 303 || ((status === 301 || status === 302) && request.method === 'POST');
  const method: HttpMethod = changesToGet && request.method !== 'HEAD' ? 'GET' : request.method;
  const headers: Record<string, string> = { ...headersOf(request) };
  let body = request.body;
  if (changesToGet) {
    body = undefined;
    delete headers['content-type'];
  }

  const secrets = secretsOf(request);
  if (to.origin !== from.origin) {
    for (const [name, value] of Object.entries(headers)) {
      if (CREDENTIAL_HEADERS.has(name) || secrets.containsSecret(value)) delete headers[name];
    }
    for (const [name, value] of [...to.searchParams]) {
      if (secrets.containsSecret(value) || secrets.containsSecret(name)) to.searchParams.delete(name);
    }
  }
  const next = request.with({ method, url: to.href, headers, body });
  if (to.origin !== from.origin && carriesSecret(next)) {
    return {
      type: 'refuse',
      reason: 'redirect to another origin refused: the request body carries a secret',
    };
  }
  if (carriesSecret(next) && !isHostAllowed(to, allowedHosts)) {
    return {
      type: 'refuse',
      reason: `redirect refused: ${to.origin} may not receive this request's secrets`,
    };
  }
  return { type: 'follow', request: next };
}
