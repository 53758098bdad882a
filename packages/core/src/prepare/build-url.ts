import type { CustomApiNodeConfig } from '../config/types.js';
import { urlProblem } from '../config/validate-config.js';
import { encodeForm } from '../encoding/form.js';
import { encodePathValue, strictPercentEncode } from '../encoding/percent.js';
import { type ResolveScope, resolveDeep, resolveString } from '../references/resolve.js';

type UrlPart = 'origin' | 'authority' | 'path' | 'query' | 'fragment';

/** Where in a URL the next character would land, judged from the text before it. */
function partAt(outputSoFar: string): UrlPart {
  const schemeEnd = outputSoFar.indexOf('://');
  if (schemeEnd === -1) return 'origin';
  const rest = outputSoFar.slice(schemeEnd + 3);
  if (rest.includes('#')) return 'fragment';
  if (rest.includes('?')) return 'query';
  return /[/]/.test(rest) ? 'path' : 'authority';
}

/**
 * Resolves the URL template, encoding each reference for where it lands: at the start (a whole URL or base URL
 * from a secret or input) as written; in the host as a host name only; in the path as one percent-encoded segment
 * (or a path, with `allowSlashInPathValues`); in the query or fragment as a percent-encoded value. Then appends
 * `query`. Returns the URL, or undefined after recording issues.
 */
export function buildUrl(config: CustomApiNodeConfig, scope: ResolveScope): URL | undefined {
  const issuesBefore = scope.issues.length;
  const allowSlash = config.allowSlashInPathValues === true;
  const text = resolveString(config.url, '/url', scope, {
    encode: (value, outputSoFar) => {
      switch (partAt(outputSoFar)) {
        case 'origin':
          return value;
        case 'authority':
          if (!/^[A-Za-z0-9.\-_~:[\]]*$/.test(value)) {
            scope.issues.push({
              pointer: '/url',
              message: 'a reference in the host resolves to something that is not a host name',
            });
          }
          return value;
        case 'path':
          return encodePathValue(value, allowSlash);
        default:
          return strictPercentEncode(value);
      }
    },
  }) as string;
  if (scope.issues.length > issuesBefore) return undefined;
  const problem = urlProblem(text);
  if (problem) {
    scope.issues.push({ pointer: '/url', message: `resolves to an unusable URL: it ${problem}` });
    return undefined;
  }
  const url = new URL(text);
  if (config.query !== undefined) {
    const query = resolveDeep(config.query, '/query', scope) as Record<string, unknown>;
    appendQuery(url, encodeForm(query, config.queryArrayFormat ?? 'repeat'));
  }
  return url;
}

/** Appends an already-encoded query string (`a=1&b=2`) to a URL, after any query it has. */
export function appendQuery(url: URL, encoded: string): void {
  if (encoded === '') return;
  url.search = url.search.length > 1 ? `${url.search}&${encoded}` : `?${encoded}`;
}
