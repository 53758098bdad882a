import {
  DEFAULT_REQUEST_ID_HEADERS,
  type ProviderError,
  type ResponseInfo,
  type ResponseRules,
  readProviderError,
} from '../execute/response-rules.js';

/**
 * How a connector manifest describes a provider's responses (the `errors` block of connector.json, or of one
 * operation). Paths read the parsed body: `error.message`, `errors[].message` (every item, joined), `error` (a
 * string), or `$text` (a text body itself).
 */
export interface ErrorRulesSpec {
  /** A 2xx response is a failure (kind `upstream`) when any rule matches: the body value at `path` equals `equals`. */
  failureWhen?: ReadonlyArray<{ path: string; equals: unknown }>;
  /** Where the provider's message, code and type are, tried in order. */
  message?: readonly string[];
  code?: readonly string[];
  type?: readonly string[];
  /** Headers that carry the provider's request id, tried in order. */
  requestIdHeaders?: readonly string[];
  /** A header whose value `true`/`false` says whether the request may be retried (Stripe-Should-Retry). */
  retryHeader?: string;
}

/** Reads a rule path from a parsed body. */
export function readBodyPath(body: unknown, path: string): unknown {
  if (path === '$text') return typeof body === 'string' ? body.trim() || undefined : undefined;
  const [head, ...rest] = path.split('[].');
  let current: unknown = body;
  for (const segment of (head ?? '').split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  if (rest.length === 0) return current;
  if (!Array.isArray(current)) return undefined;
  const items = current
    .map((item) => readBodyPath(item, rest.join('[].')))
    .filter((item) => item !== undefined && item !== null);
  return items.length === 0 ? undefined : items.map(String).join('; ');
}

function firstText(body: unknown, paths: readonly string[] | undefined): string | undefined {
  for (const path of paths ?? []) {
    const value = readBodyPath(body, path);
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Merges a connector's error rules with an operation's (the operation's fields win). */
export function mergeErrorRules(
  base: ErrorRulesSpec | undefined,
  override: ErrorRulesSpec | undefined,
): ErrorRulesSpec {
  return { ...base, ...override };
}

/** Turns manifest error rules into the `ResponseRules` executeNode applies. */
export function responseRulesFrom(spec: ErrorRulesSpec): ResponseRules {
  const rules: ResponseRules = {
    requestIdHeaders: [...(spec.requestIdHeaders ?? []), ...DEFAULT_REQUEST_ID_HEADERS],
    errorDetails: ({ body }: ResponseInfo): ProviderError | undefined => {
      const fallback = readProviderError(body) ?? {};
      const details: ProviderError = { ...fallback };
      const message = firstText(body, spec.message);
      const code = firstText(body, spec.code);
      const type = firstText(body, spec.type);
      if (message !== undefined) details.message = message;
      if (code !== undefined) details.code = code;
      if (type !== undefined) details.type = type;
      return Object.keys(details).length === 0 ? undefined : details;
    },
  };
  if (spec.failureWhen && spec.failureWhen.length > 0) {
    const failures = spec.failureWhen;
    rules.isFailure = ({ body }) => failures.some((rule) => readBodyPath(body, rule.path) === rule.equals);
  }
  if (spec.retryHeader) {
    const header = spec.retryHeader.toLowerCase();
    rules.isRetryable = ({ headers }) => {
      const value = headers[header];
      return value === 'true' ? true : value === 'false' ? false : undefined;
    };
  }
  return rules;
}
