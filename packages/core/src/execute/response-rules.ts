/** What response rules look at: the status, lowercase headers and the parsed body. */
export interface ResponseInfo {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: unknown;
}

/** The provider's description of a failure, read from its error body. */
export interface ProviderError {
  message?: string;
  /** As the provider sends it: `card_declined`, or a number such as Twilio's `20404`. */
  code?: string | number;
  type?: string;
  /** More of the provider's fields, with their JSON types (`more_info`, `documentation_url`, `errors[].field`). */
  fields?: Record<string, unknown>;
}

/**
 * How to read one provider's responses. Connectors declare these (their manifest's error rules compile to them);
 * the generic node uses {@link defaultResponseRules}.
 */
export interface ResponseRules {
  /** A 2xx response that is nevertheless a failure (Slack Web API: `{"ok": false}`), becoming kind `upstream`. */
  isFailure?(response: ResponseInfo): boolean;
  /** Where the provider's message and code live in an error body. */
  errorDetails?(response: ResponseInfo): ProviderError | undefined;
  /** Whether a response may be retried; `undefined` leaves it to the retry policy (Stripe: `Stripe-Should-Retry`). */
  isRetryable?(response: ResponseInfo): boolean | undefined;
  /** Headers that carry the provider's request id, checked in order. */
  requestIdHeaders?: readonly string[];
  /**
   * A response that means "rate limited" beyond 429 + Retry-After (GitHub: 403 with `x-ratelimit-remaining: 0`):
   * the wait in milliseconds, or undefined when it is not one. It fails as `rate_limited` (retried like a 429).
   */
  rateLimited?(response: ResponseInfo): number | undefined;
}

/** Request-id headers common across providers (Stripe, most REST APIs, SendGrid, Google, AWS, Cloudflare). */
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = [
  'request-id',
  'x-request-id',
  'x-message-id',
  'x-goog-request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'cf-ray',
  'x-correlation-id',
];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads the common error body shapes: `{"error": {"message", "code", "type"|"status"}}` (Stripe, Google),
 * `{"error": "code"}` (Slack), `{"errors": [{"message"}]}` (SendGrid, GitHub), `{"message"}`, or a short text body.
 */
export function readProviderError(body: unknown): ProviderError | undefined {
  if (typeof body === 'string') {
    // Short text bodies are messages; a snake_case word is a code too (Slack webhooks: `invalid_payload`).
    const trimmed = body.trim();
    if (trimmed === '' || trimmed.length > 200) return undefined;
    return strip({ message: trimmed, code: /^[a-z][a-z0-9_]*$/.test(trimmed) ? trimmed : undefined });
  }
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (error !== null && typeof error === 'object' && !Array.isArray(error)) {
    const e = error as Record<string, unknown>;
    return strip({
      message: text(e.message),
      code: text(e.code) ?? text(e.status),
      type: text(e.type) ?? text(e.status),
    });
  }
  if (typeof error === 'string') return strip({ message: text(record.message) ?? error, code: error });
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const messages = record.errors
      .map((item) =>
        item && typeof item === 'object' ? text((item as Record<string, unknown>).message) : text(item),
      )
      .filter((message): message is string => message !== undefined);
    if (messages.length > 0) return { message: messages.join('; ') };
  }
  const code = typeof record.code === 'number' ? record.code : text(record.code);
  return text(record.message) ? strip({ message: text(record.message), code }) : undefined;
}

function strip(error: {
  message?: string | undefined;
  code?: string | number | undefined;
  type?: string | undefined;
}): ProviderError {
  const out: ProviderError = {};
  if (error.message !== undefined) out.message = error.message;
  if (error.code !== undefined) out.code = error.code;
  if (error.type !== undefined) out.type = error.type;
  return out;
}

/** The rules the generic Custom API node uses: no 2xx failures, common error shapes and request-id headers. */
export const defaultResponseRules: ResponseRules = {
  errorDetails: (response) => readProviderError(response.body),
  requestIdHeaders: DEFAULT_REQUEST_ID_HEADERS,
};

/** The provider's request id, from the first rule header present. */
export function requestIdOf(
  headers: Readonly<Record<string, string>>,
  rules: ResponseRules,
): string | undefined {
  for (const name of rules.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS) {
    const value = headers[name.toLowerCase()];
    if (value) return value;
  }
  return undefined;
}
