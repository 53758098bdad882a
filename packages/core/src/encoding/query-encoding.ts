import { type ArrayFormat, encodeQuery, encodeStructured } from './form.js';

/**
 * Which characters a query string leaves as they are, every other one percent-encoded as UTF-8 bytes:
 * - `rfc3986` (the default): only RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`), plus `[` `]` in keys
 *   (`filter[status]`; everywhere with the `indices` array format, as stripe-node writes them). Space is `%20`.
 * - `uriComponent`: what JavaScript's `encodeURIComponent` leaves, i.e. `rfc3986` plus `! ( ) *` (RFC 3986
 *   sub-delimiters that some official SDKs send raw). Space is `%20`. The one exception, `'`, stays `%27`: the WHATWG
 *   URL parser encodes it in every http(s) query, so no fetch-based client can send it raw either.
 * - `urlSearchParams`: the WHATWG URL Standard's application/x-www-form-urlencoded serializer, byte for byte what
 *   `new URLSearchParams(…).toString()` and browsers' form submission write: `A-Z a-z 0-9 * - . _` stay, space is
 *   `+`, and everything else is encoded, `~` and the brackets of keys included (`a%5B0%5D=x`).
 */
export type QueryEncoding = 'rfc3986' | 'uriComponent' | 'urlSearchParams';

/** The encodings, for schemas and messages. */
export const QUERY_ENCODINGS: readonly QueryEncoding[] = ['rfc3986', 'uriComponent', 'urlSearchParams'];

/** `! ( ) *` as the strict encoder writes them. */
const SUB_DELIMS = /%(21|28|29|2A)/g;

/** One key or value as the WHATWG form serializer writes it (lone surrogates become U+FFFD, as there). */
export function formUrlencode(text: string): string {
  return encodeURIComponent(text.toWellFormed())
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * Encodes query data with an array format and a {@link QueryEncoding}. The structure (nested objects as `a[b]=c`,
 * null as `key=`, absent keys omitted, key order as given) is the same for every encoding; only the character set
 * differs.
 *
 * @example
 * encodeQueryAs({ q: "it's (on)", tags: ['a b'] }, 'repeat', 'uriComponent') // 'q=it%27s%20(on)&tags=a%20b'
 * encodeQueryAs({ q: "it's (on)", tags: ['a b'] }, 'repeat', 'urlSearchParams') // 'q=it%27s+%28on%29&tags=a+b'
 */
export function encodeQueryAs(
  data: Record<string, unknown>,
  arrayFormat: ArrayFormat,
  encoding: QueryEncoding = 'rfc3986',
): string {
  if (encoding === 'urlSearchParams') return encodeStructured(data, arrayFormat, formUrlencode);
  const strict = encodeQuery(data, arrayFormat);
  return encoding === 'uriComponent'
    ? strict.replace(SUB_DELIMS, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : strict;
}
