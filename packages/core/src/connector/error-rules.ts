import {
  DEFAULT_REQUEST_ID_HEADERS,
  type ProviderError,
  type ResponseInfo,
  type ResponseRules,
  readProviderError,
} from '../execute/response-rules.js';
import { parseRetryAfter } from '../execute/retry-after.js';

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
  /** More fields for `error.fields`, by name: body paths whose values keep their JSON types (`errors[].field` → array). */
  fields?: Readonly<Record<string, string>>;
  /** A message composed of body paths in braces (`{message} See {more_info}`); used when every path has a value. */
  messageFormat?: string;
  /** Responses that mean "rate limited" besides 429 + Retry-After; see {@link RateLimitRule}. */
  rateLimited?: readonly RateLimitRule[];
}

/**
 * A declarative rate-limit signal: a response with this status (any, when absent) and every listed header equal to
 * its value is `rate_limited`; the wait comes from `resetHeader` read as `unit` (else Retry-After, else 60 s).
 */
export interface RateLimitRule {
  status?: number;
  headers?: Readonly<Record<string, string>>;
  resetHeader?: string;
  /** `epochSeconds` (GitHub x-ratelimit-reset), `seconds` (a delay) or `epochMs`. */
  unit?: 'epochSeconds' | 'seconds' | 'epochMs';
}

const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** The wait a matching rate-limit rule asks for, or undefined when no rule matches. */
export function rateLimitWait(
  rules: readonly RateLimitRule[],
  { status, headers }: Pick<ResponseInfo, 'status' | 'headers'>,
  now: number = Date.now(),
): number | undefined {
  const rule = rules.find(
    (candidate) =>
      (candidate.status === undefined || candidate.status === status) &&
      Object.entries(candidate.headers ?? {}).every(([name, value]) => headers[name.toLowerCase()] === value),
  );
  if (!rule) return undefined;
  const raw = rule.resetHeader ? Number(headers[rule.resetHeader.toLowerCase()]) : Number.NaN;
  if (Number.isFinite(raw)) {
    const unit = rule.unit ?? 'epochSeconds';
    const ms = unit === 'seconds' ? raw * 1000 : unit === 'epochMs' ? raw - now : raw * 1000 - now;
    return Math.max(0, Math.round(ms));
  }
  return parseRetryAfter(headers['retry-after'], now) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** Reads a rule path from a parsed body (`errors[].message`: every item's, joined with `; `). */
export function readBodyPath(body: unknown, path: string): unknown {
  const value = readBodyValue(body, path);
  if (!path.includes('[].') || !Array.isArray(value)) return value;
  return value.map(String).join('; ');
}

/** Reads a rule path from a parsed body, keeping JSON types (`errors[].field`: an array of every item's value). */
export function readBodyValue(body: unknown, path: string): unknown {
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
    .flatMap((item) => readBodyValue(item, rest.join('[].')))
    .filter((item) => item !== undefined && item !== null);
  return items.length === 0 ? undefined : items;
}

function first(body: unknown, paths: readonly string[] | undefined): string | number | undefined {
  for (const path of paths ?? []) {
    const value = readBodyPath(body, path);
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') return value;
  }
  return undefined;
}

/** `{message} See {more_info}` with each path's value, or undefined when a path has none. */
function compose(body: unknown, format: string): string | undefined {
  let missing = false;
  const text = format.replace(/\{([^{}]+)\}/g, (_match, path: string) => {
    const value = readBodyPath(body, path.trim());
    if (value === undefined || value === null || value === '') missing = true;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
  return missing ? undefined : text;
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
      const message = (spec.messageFormat && compose(body, spec.messageFormat)) ?? first(body, spec.message);
      const code = first(body, spec.code);
      const type = first(body, spec.type);
      if (message !== undefined) details.message = String(message);
      if (code !== undefined) details.code = code;
      if (type !== undefined) details.type = String(type);
      const fields = Object.entries(spec.fields ?? {})
        .map(([name, path]) => [name, readBodyValue(body, path)] as const)
        .filter(([, value]) => value !== undefined);
      if (fields.length > 0) details.fields = Object.fromEntries(fields);
      return Object.keys(details).length === 0 ? undefined : details;
    },
  };
  if (spec.failureWhen && spec.failureWhen.length > 0) {
    const failures = spec.failureWhen;
    rules.isFailure = ({ body }) => failures.some((rule) => readBodyPath(body, rule.path) === rule.equals);
  }
  if (spec.rateLimited && spec.rateLimited.length > 0) {
    const limits = spec.rateLimited;
    rules.rateLimited = (response) => rateLimitWait(limits, response);
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
