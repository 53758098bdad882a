import { mediaType } from '../encoding/encode-body.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';

/** How to read a response body: by Content-Type (`auto`), or forced. */
export type ResponseType = 'auto' | 'json' | 'text' | 'bytes';

/** A parsed body, or the reason it could not be parsed as JSON. */
export type ParsedBody = { ok: true; body: unknown } | { ok: false; body: string; problem: string };

function isJsonType(contentType: string | undefined): boolean {
  const type = mediaType(contentType ?? '');
  return type === 'application/json' || type.endsWith('+json');
}

function isTextType(contentType: string | undefined): boolean {
  const type = mediaType(contentType ?? '');
  return (
    type.startsWith('text/') ||
    ['application/xml', 'application/javascript', 'application/x-www-form-urlencoded'].includes(type) ||
    type.endsWith('+xml')
  );
}

const decoder = new TextDecoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a response body: JSON for JSON types, text for text types, bytes otherwise; `null` when empty (except for
 * `responseType: "bytes"`, which always gives bytes). A body without a Content-Type is text when it is valid UTF-8.
 * Never throws, whatever the bytes.
 */
export function parseResponseBody(
  bytes: Uint8Array,
  contentType: string | undefined,
  responseType: ResponseType = 'auto',
  /** The bytes as UTF-8 text, when the caller decodes them anyway (decoded once, not twice). */
  decode: () => string = () => decoder.decode(bytes),
): ParsedBody {
  if (responseType === 'bytes') return { ok: true, body: bytes };
  if (bytes.byteLength === 0) return { ok: true, body: null };
  const wantsJson = responseType === 'json' || (responseType === 'auto' && isJsonType(contentType));
  if (wantsJson) {
    const text = decode();
    // Deeper bodies would overflow the stack of whatever walks them next (redaction, schemas, a workflow).
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return {
        ok: false,
        body: text,
        problem: `the response body nests deeper than ${MAX_JSON_DEPTH} levels, the limit for JSON responses`,
      };
    }
    try {
      return { ok: true, body: JSON.parse(text) };
    } catch {
      // Not the parser's own words: they quote the body, which may be a credential.
      return { ok: false, body: text, problem: 'the response body is not valid JSON' };
    }
  }
  if (responseType === 'text' || isTextType(contentType)) return { ok: true, body: decode() };
  if (contentType === undefined) {
    // No type: text when the bytes are valid UTF-8, bytes otherwise.
    try {
      return { ok: true, body: strictDecoder.decode(bytes) };
    } catch {
      return { ok: true, body: bytes };
    }
  }
  return { ok: true, body: bytes };
}
