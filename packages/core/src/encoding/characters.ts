/**
 * Character-class checks that run on every request. A loop over char codes costs less than a regular expression
 * call on the short strings they see (keys, values, header values).
 */

/** RFC 3986 unreserved: `A-Z a-z 0-9 - . _ ~`. */
function isUnreservedCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    code === 126
  );
}

/** True when every character of `text` is unreserved (or, with `brackets`, also `[` or `]`). */
export function isUnreserved(text: string, brackets = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isUnreservedCode(code) || (brackets && (code === 91 || code === 93))) continue;
    return false;
  }
  return true;
}

/** True when `text` is only tab, visible ASCII and Latin-1 (what a header value may hold without question). */
export function isPlainHeaderText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code <= 0x7e) || code === 0x09 || (code >= 0x80 && code <= 0xff)) continue;
    return false;
  }
  return true;
}
