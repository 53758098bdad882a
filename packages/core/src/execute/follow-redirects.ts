import { headersOf, type PreparedRequest, secretsOf } from '../prepare/prepared-request.js';
import type { NetworkOptions } from '../transports/private-network-guard.js';
import {
  type AbortSignalLike,
  type ExchangePhase,
  isOwnTransport,
  type Transport,
  type TransportResponse,
} from '../transports/transport.js';
import type { NodeEvent } from './events.js';
import { decideRedirect } from './redirects.js';

/** What one attempt needs to send and follow redirects. */
export interface SendContext {
  transport: Transport;
  maxResponseBytes: number;
  maxRedirects: number;
  allowedHosts: readonly string[];
  /** The private-network guard, checked by the transport on every connection (every hop). */
  network: NetworkOptions | undefined;
  emit: ((event: NodeEvent) => void) | undefined;
}

/** The final response of an attempt, the request that got it, and why a redirect was refused, if one was. */
export interface SentExchange {
  response: TransportResponse;
  request: PreparedRequest;
  refusal?: string;
}

/** What the transport is asked to send for `request`. */
export function transportRequest(
  request: PreparedRequest,
  ctx: SendContext,
  signal: AbortSignalLike,
  onPhase?: (phase: ExchangePhase) => void,
) {
  return {
    onPhase,
    method: request.method,
    url: request.url,
    // Core's own transports read the headers as they are; any other gets them frozen, so it cannot change the
    // request that retries, redirects and redaction work from.
    headers: isOwnTransport(ctx.transport) ? headersOf(request) : request.headers,
    body: request.body,
    signal,
    maxResponseBytes: ctx.maxResponseBytes,
    network: ctx.network,
  };
}

/**
 * Follows redirects from a first response by core's rules (see {@link decideRedirect}): the attempt loop sends the
 * first request itself and comes here only for a redirect status, when redirects are on.
 */
export async function followRedirects(
  first: PreparedRequest,
  firstResponse: TransportResponse,
  ctx: SendContext,
  attempt: number,
  signal: AbortSignalLike,
  onPhase?: (phase: ExchangePhase) => void,
): Promise<SentExchange> {
  let request = first;
  let response = firstResponse;
  for (let hop = 0; ; hop++) {
    if (hop > 0) response = await ctx.transport.send(transportRequest(request, ctx, signal, onPhase));
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
