/**
 * The target of the `rel="next"` link in an RFC 8288 `Link` header, or undefined. Targets are in `<…>` (they may
 * hold commas and semicolons); `rel` may be quoted and hold several space-separated relation types, matched
 * case-insensitively.
 *
 * @example
 * nextLink('<https://api.example.com/items?page=2>; rel="next", <…?page=9>; rel="last"') // 'https://api.example.com/items?page=2'
 */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  let rest = header;
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    const close = rest.indexOf('>', open + 1);
    if (open < 0 || close < 0) return undefined;
    const target = rest.slice(open + 1, close).trim();
    rest = rest.slice(close + 1);
    // The parameters run to the next link, which starts after a comma outside quotes.
    let end = 0;
    let quoted = false;
    while (end < rest.length && (quoted || rest[end] !== ',')) {
      if (rest[end] === '"') quoted = !quoted;
      end++;
    }
    const params = rest.slice(0, end);
    rest = rest.slice(end + 1);
    if (relationTypes(params).includes('next')) return target;
  }
  return undefined;
}

function relationTypes(params: string): string[] {
  const match = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(params);
  const value = match?.[1] ?? match?.[2] ?? '';
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}
