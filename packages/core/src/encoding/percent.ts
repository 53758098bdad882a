/**
 * Percent-encoding that leaves only RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) as they are.
 * Unlike `encodeURIComponent` it also encodes `! ' ( ) *`, as Stripe and Google expect in values.
 *
 * @example
 * strictPercentEncode("'My Sheet'!A1:D1") // '%27My%20Sheet%27%21A1%3AD1'
 */
export function strictPercentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Percent-encodes a value for a URL path: one segment, or (with `allowSlash`) a path that may contain `/`. */
export function encodePathValue(text: string, allowSlash: boolean): string {
  const encoded = strictPercentEncode(text);
  return allowSlash ? encoded.replace(/%2F/g, '/') : encoded;
}
