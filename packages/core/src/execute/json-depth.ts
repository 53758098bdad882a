/** The deepest nesting of arrays and objects accepted in a JSON response (deeper is `invalid_response`). */
export const MAX_JSON_DEPTH = 256;

/**
 * True when `text`, read as JSON, nests arrays and objects deeper than `limit`. One pass over the characters, no
 * recursion, so it is safe on any input: brackets inside strings are skipped.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > limit) return true;
    } else if (code === 93 || code === 125) depth--;
  }
  return false;
}
