import { concatenate } from './bytes.js';
import { TransportFailure } from './transport.js';

/** A Node readable stream, as far as reading it whole needs. */
type NodeReadable = NodeJS.ReadableStream & { destroy(error?: Error): unknown };

/**
 * Reads a Node stream into one byte array with `data`/`end` listeners, failing once the total passes `limit`
 * (`onTooLarge` then releases the source). The event listeners cost a fraction of an async iterator, and this runs
 * on every response.
 */
export function readStreamCapped(
  stream: NodeJS.ReadableStream,
  limit: number,
  onTooLarge: () => void,
): Promise<Uint8Array> {
  const readable = stream as NodeReadable;
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    readable.on('data', (chunk: Uint8Array) => {
      if (settled) return;
      total += chunk.byteLength;
      if (total > limit) {
        fail(new TransportFailure('too_large', `response body is larger than ${limit} bytes`));
        onTooLarge();
        readable.destroy();
        return;
      }
      parts.push(chunk);
    });
    readable.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(concatenate(parts, total));
    });
    readable.on('error', fail);
    // Destroyed without an error and before its end (a premature close): the body is incomplete.
    readable.on('close', () => {
      if (!settled) fail(new Error('the response body ended early'));
    });
  });
}
