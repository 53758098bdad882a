/**
 * Percent-encoding that leaves only RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) as they are.
 * Unlike `encodeURIComponent` it also encodes `! ' ( ) *`, as Stripe and Google expect in values.
 *
 * @example
 * strictPercentEncode("'My Sheet'!A1:D1") // '%27My%20Sheet%27%21A1%3AD1'
 */
export function strictPercentEncode(text: string): string {
  // Lone surrogates (a cut emoji) become U+FFFD, as WHATWG URL and URLSearchParams do, instead of throwing.
  return encodeURIComponent(text.toWellFormed()).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Percent-encodes a value for a URL path: one segment, or (with `allowSlash`) a path that may contain `/`. */
export function encodePathValue(text: string, allowSlash: boolean): string {
  const encoded = strictPercentEncode(text);
  return allowSlash ? encoded.replace(/%2F/g, '/') : encoded;
}

/**
 * Why a value cannot go into a URL path, or undefined. Empty, `.` and `..` segments would change the path itself
 * (and `%2e` is a dot to URL parsers too), so they are refused rather than encoded.
 */
export function pathValueProblem(text: string, allowSlash: boolean): string | undefined {
  const segments = allowSlash ? text.split('/') : [text];
  if (text === '') return 'is empty, which would change the path';
  for (const segment of segments) {
    if (/^(%2e|\.){1,2}$/i.test(segment)) return `contains the path segment "${segment}"`;
    // The whole value is not empty, so an empty segment is one between two slashes, or before or after one.
    if (segment === '') return 'contains an empty path segment (//)';
  }
  return undefined;
}
