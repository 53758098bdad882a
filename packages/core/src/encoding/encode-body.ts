import { type ArrayFormat, encodeForm } from './form.js';
import { encodeMultipart, invalidMultipartFields } from './multipart.js';

/** The body kinds the node knows how to encode, from the media type of the Content-Type header. */
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'raw';

/** The media type of a Content-Type value, lowercased, without parameters. */
export function mediaType(contentType: string): string {
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
}

/** Which encoder a Content-Type selects. */
export function bodyEncodingFor(contentType: string): BodyEncoding {
  const type = mediaType(contentType);
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'multipart/form-data') return 'multipart';
  return 'raw';
}

/** The Content-Type used when a config has a body but no Content-Type header. */
export function defaultContentType(body: unknown): string {
  return typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

/**
 * Why `body` cannot be encoded as `contentType`, or undefined when it can. Checked before anything is sent.
 * A string or byte body is always sent as is, whatever the type.
 */
export function bodyProblem(body: unknown, contentType: string): string | undefined {
  if (typeof body === 'string' || body instanceof Uint8Array) return undefined;
  const encoding = bodyEncodingFor(contentType);
  const type = mediaType(contentType);
  switch (encoding) {
    case 'json':
      return undefined;
    case 'form':
      return isPlainObject(body) ? undefined : `must be an object (or a string sent as is) for ${type}`;
    case 'multipart': {
      if (!isPlainObject(body)) return `must be an object of fields and file parts for ${type}`;
      const invalid = invalidMultipartFields(body);
      return invalid.length === 0
        ? undefined
        : `multipart field ${invalid.join(', ')} must be text, a number, a boolean, a list of them or a file part {filename, base64|text}`;
    }
    default:
      return `must be a string for Content-Type ${type || '(empty)'}; use application/json to send structured data`;
  }
}

/** The encoded body and the Content-Type to send with it (multipart adds its boundary). */
export interface EncodedBody {
  body: string | Uint8Array;
  contentType: string;
}

/**
 * Encodes a body for its Content-Type: compact JSON (UTF-8), Stripe-style form encoding, multipart, or a string
 * as is. Call {@link bodyProblem} first; this assumes the body fits the type. Only multipart is asynchronous.
 */
export function encodeBody(
  body: unknown,
  contentType: string,
  formArrayFormat: ArrayFormat = 'indices',
): EncodedBody | Promise<EncodedBody> {
  if (typeof body === 'string' || body instanceof Uint8Array) return { body, contentType };
  switch (bodyEncodingFor(contentType)) {
    case 'form':
      return { body: encodeForm(body as Record<string, unknown>, formArrayFormat), contentType };
    case 'multipart':
      return encodeMultipart(body as Record<string, unknown>);
    default:
      return { body: JSON.stringify(body), contentType };
  }
}
