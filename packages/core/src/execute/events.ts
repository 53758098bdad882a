import type { ErrorKind } from '../errors/convoflow-error.js';
import type { RedactedRequest } from '../prepare/prepared-request.js';

/** What `onEvent` receives. Requests are always redacted; no header value, body or secret leaves unredacted. */
export type NodeEvent =
  | { type: 'request'; attempt: number; request: RedactedRequest }
  | { type: 'redirect'; attempt: number; status: number; to: string }
  | { type: 'response'; attempt: number; status: number; durationMs: number; requestId?: string }
  | { type: 'retry'; attempt: number; reason: string; waitMs: number }
  | { type: 'error'; attempt: number; kind: ErrorKind; message: string };

/** A logger with the usual methods (console, pino, winston all fit). */
export interface EventLogger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * An `onEvent` handler that writes one line per event to a logger.
 *
 * @example
 * await executeNode(config, { onEvent: logEvents(console) });
 * // → POST https://api.stripe.com/v1/payment_intents (attempt 1)
 * // ← 402 in 182 ms (request req_123)
 */
export function logEvents(logger: EventLogger): (event: NodeEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'request':
        logger.info(`→ ${event.request.method} ${event.request.url} (attempt ${event.attempt})`);
        return;
      case 'redirect':
        logger.info(`↪ ${event.status} to ${event.to}`);
        return;
      case 'response':
        logger.info(
          `← ${event.status} in ${event.durationMs} ms${event.requestId ? ` (request ${event.requestId})` : ''}`,
        );
        return;
      case 'retry':
        logger.warn(`↻ retrying in ${event.waitMs} ms: ${event.reason}`);
        return;
      case 'error':
        logger.warn(`✗ ${event.kind}: ${event.message}`);
        return;
    }
  };
}
