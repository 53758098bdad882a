import { type PreparedRequest, secretsOf } from '../prepare/prepared-request.js';
import type { AbortSignalLike, Transport, TransportResponse } from '../transports/transport.js';
import type { NodeEvent } from './events.js';
import { decideRedirect } from './redirects.js';

/** What one attempt needs to send and follow redirects. */
export interface SendContext {
  transport: Transport;
  maxResponseBytes: number;
  maxRedirects: number;
  allowedHosts: readonly string[];
  emit: ((event: NodeEvent) => void) | undefined;
}

/** The final response of an attempt, the request that got it, and why a redirect was refused, if one was. */
export interface SentExchange {
  response: TransportResponse;
  request: PreparedRequest;
  refusal?: string;
}

/** Sends one request and follows redirects by core's rules (see {@link decideRedirect}). */
export async function sendWithRedirects(
  first: PreparedRequest,
  ctx: SendContext,
  attempt: number,
  signal: AbortSignalLike,
): Promise<SentExchange> {
  let request = first;
  for (let hop = 0; ; hop++) {
    const response = await ctx.transport.send({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body,
      signal,
      maxResponseBytes: ctx.maxResponseBytes,
    });
    if (hop >= ctx.maxRedirects) return { response, request };
    const decision = decideRedirect(request, response.status, response.headers.location, ctx.allowedHosts);
    if (decision.type === 'stop') return { response, request };
    if (decision.type === 'refuse') return { response, request, refusal: decision.reason };
    ctx.emit?.({
      type: 'redirect',
      attempt,
      status: response.status,
      to: secretsOf(request).redact(decision.request.url),
    });
    request = decision.request;
  }
}
