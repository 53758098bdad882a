import type { CustomApiNodeConfig } from '../config/types.js';
import { parseAbsoluteUrl } from '../config/validate-config.js';
import { encodePathValue, pathValueProblem, strictPercentEncode } from '../encoding/percent.js';
import { encodeQueryAs } from '../encoding/query-encoding.js';
import { BoundedCache } from '../references/bounded-cache.js';
import { mayHoldReferences } from '../references/parse-template.js';
import { type ResolveScope, resolveDeep, resolveString } from '../references/resolve.js';

/** Parsed URLs that are never changed, by their text. */
const parsedUrls = new BoundedCache<string, URL | string>(500);

type UrlPart = 'origin' | 'authority' | 'path' | 'query' | 'fragment';

/** Where in a URL the next character would land, judged from the text before it. */
function partAt(outputSoFar: string): UrlPart {
  const schemeEnd = outputSoFar.indexOf('://');
  if (schemeEnd === -1) return 'origin';
  const rest = outputSoFar.slice(schemeEnd + 3);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a value in the fragment is encoded as one in the query, so telling them apart changes nothing yet
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
export function buildUrl(config: CustomApiNodeConfig, scope: ResolveScope): BuiltUrl | undefined {
  const issuesBefore = scope.issues.length;
  const allowSlash = config.allowSlashInPathValues === true;
  let hostFromData = false;
  let originFromSecret = false;
  let originPlaceholder = false;
  /** Secrets missing in a dry run that went into the path as `%3CNAME%3E`, shown as `<NAME>`. */
  const pathPlaceholders: string[] = [];
  const text = !mayHoldReferences(config.url)
    ? config.url
    : (resolveString(config.url, '/url', scope, {
        encode: (value, outputSoFar, ref) => {
          const part = partAt(outputSoFar);
          // A host chosen by input or an earlier step must not decide where secrets go (see allowedHosts).
          if ((part === 'origin' || part === 'authority') && ref.root !== 'secrets') hostFromData = true;
          if (part === 'origin' && ref.root === 'secrets') originFromSecret = true;
          if (part === 'origin' && ref.root === 'secrets' && scope.placeholders.has(String(ref.path[0])))
            originPlaceholder = true;
          let encoded: string;
          if (part === 'origin') {
            encoded = value;
          } else if (part === 'authority') {
            if (!/^[A-Za-z0-9.\-_~:[\]]*$/.test(value)) {
              scope.issues.push({
                pointer: '/url',
                message: `${ref.source} in the host resolves to something that is not a host name`,
              });
            }
            encoded = value;
          } else if (part === 'path') {
            const problem = pathValueProblem(value, allowSlash);
            if (problem)
              scope.issues.push({ pointer: '/url', message: `${ref.source} in the path ${problem}` });
            encoded = encodePathValue(value, allowSlash);
            if (ref.root === 'secrets' && scope.placeholders.has(String(ref.path[0])))
              pathPlaceholders.push(encoded);
          } else {
            encoded = strictPercentEncode(value);
          }
          // Record the exact text put on the wire, so redaction finds it whatever encoding it went through.
          if (ref.root === 'secrets' && !scope.placeholders.has(String(ref.path[0])))
            scope.secrets.add(encoded);
          return encoded;
        },
      }) as string);
  if (scope.issues.length > issuesBefore) return undefined;
  // A dry run without the secret URL (a webhook): show `<NAME>` and the rest, with a stand-in for parsing.
  if (originPlaceholder)
    return { url: new URL('https://placeholder.invalid/'), hostFromData: false, display: text };
  // A literal URL that nothing will change (no query to add, no key to put in it) is parsed once and shared: core
  // never hands the parsed object out. (A URL with references may hold a secret: it is never kept.)
  const shared =
    text === config.url &&
    !mayHoldReferences(text) &&
    config.query === undefined &&
    !(config.auth?.type === 'apiKey' && config.auth.in === 'query');
  const url = shared ? parsedUrls.get(text, parseAbsoluteUrl) : parseAbsoluteUrl(text);
  if (typeof url === 'string') {
    scope.issues.push({ pointer: '/url', message: `resolves to an unusable URL: it ${url}` });
    return undefined;
  }
  // A URL that is a secret (a webhook): what URL parsing made of it (lowercased host, default port dropped, "/"
  // added) is secret too.
  if (originFromSecret) scope.secrets.add(url.href);
  if (config.query !== undefined) {
    const query = resolveDeep(config.query, '/query', scope) as Record<string, unknown>;
    appendQuery(url, encodeQueryAs(query, config.queryArrayFormat ?? 'repeat', config.queryEncoding));
  }
  if (pathPlaceholders.length > 0) {
    let display = url.href;
    for (const encoded of pathPlaceholders)
      display = display.replaceAll(encoded, decodeURIComponent(encoded));
    return { url, hostFromData, display };
  }
  return { url, hostFromData };
}

/** The URL, and whether its host came from data (input or a step) rather than the config or a secret. */
export interface BuiltUrl {
  url: URL;
  hostFromData: boolean;
  /**
   * What to show instead of `url`: a dry run whose whole URL is a missing secret, or whose path holds one (a
   * connection parameter from a secret), rendered `<NAME>`.
   */
  display?: string;
}

/** Appends an already-encoded query string (`a=1&b=2`) to a URL, after any query it has. */
export function appendQuery(url: URL, encoded: string): void {
  if (encoded === '') return;
  // Stryker disable next-line EqualityOperator: url.search is "" for an empty query, never "?"
  url.search = url.search.length > 1 ? `${url.search}&${encoded}` : `?${encoded}`;
}
