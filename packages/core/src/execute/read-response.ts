import type { CustomApiNodeConfig } from '../config/types.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { type RedactedRequest, secretsOf } from '../prepare/prepared-request.js';
import type { SecretSet } from '../secrets/secret-set.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import { parseResponseBody, type ResponseType } from './response-body.js';
import type { ProviderError } from './response-rules.js';
import { type ResponseRules, requestIdOf } from './response-rules.js';
import { checkResponse, type ResponseValidator } from './response-schema.js';
import type { SentExchange } from './send-with-redirects.js';

/**
 * Turns the final response of an attempt into a result: success, `http`, `upstream` or `invalid_response`.
 * Synchronous unless a responseSchema has to be compiled first.
 */
export function readResponse(
  sent: SentExchange,
  request: RedactedRequest,
  config: CustomApiNodeConfig,
  rules: ResponseRules,
  validator: ResponseValidator | undefined,
  timing: { durationMs: number; attempts: number },
): NodeResult | Promise<NodeResult> {
  const { response, refusal } = sent;
  // The body is decoded at most once, shared by parsing and the secret-echo check below.
  let text: string | undefined;
  const decode = () => {
    text ??= textDecoder.decode(response.body);
    return text;
  };
  const parsed = parseResponseBody(
    response.body,
    response.headers['content-type'],
    config.responseType as ResponseType | undefined,
    decode,
  );
  const requestId = requestIdOf(response.headers, rules);
  // A response that echoes a credential (a debug endpoint, an error quoting the key) is redacted like the request:
  // results are printed, logged and stored.
  const secrets = secretsOf(sent.request);
  const echoed = secrets.size > 0 && responseEchoesSecret(response.body, decode, response.headers, secrets);
  // Built once, in its final key order; `ok` and `error` are added below.
  const result = {
    status: response.status,
    statusText: response.statusText,
    headers: echoed ? redactHeaders(response.headers, secrets) : response.headers,
    body: echoed ? redactDeep(parsed.body, secrets) : parsed.body,
    durationMs: timing.durationMs,
    attempts: timing.attempts,
    request,
  } as NodeResult;
  if (requestId) result.requestId = requestId;
  const info = { status: response.status, headers: response.headers, body: parsed.body };
  const is2xx = response.status >= 200 && response.status < 300;
  const failWith = (error: NodeFailure['error']): NodeFailure =>
    Object.assign(result, { ok: false as const, error });

  if (is2xx && !refusal && !rules.isFailure?.(info)) {
    if (!parsed.ok) return failWith({ kind: 'invalid_response', message: parsed.problem });
    const judge = (issues: ValidationIssue[]): NodeResult => {
      if (issues.length === 0) return Object.assign(result, { ok: true as const });
      return failWith({
        kind: 'invalid_response',
        message: 'the response does not match responseSchema',
        issues,
      });
    };
    const broken = (error: unknown) => failWith({ kind: 'config', message: (error as Error).message });
    let checked: ValidationIssue[] | Promise<ValidationIssue[]>;
    try {
      checked = checkResponse(parsed.body, config.responseSchema, validator);
    } catch (error) {
      return broken(error);
    }
    return Array.isArray(checked) ? judge(checked) : checked.then(judge, broken);
  }

  // The provider's words may echo a credential (a 401 that quotes the key): redact and cap them like everything else.
  const details = redactDetails(rules.errorDetails?.(info) ?? {}, secrets);
  return failWith({
    ...details,
    kind: is2xx && !refusal ? 'upstream' : 'http',
    message: refusal ?? details.message ?? `${response.status} ${response.statusText}`.trim(),
  });
}

/** The longest provider message or code kept in a result (they go into messages and logs). */
const MAX_DETAIL_CHARS = 500;

function redactDetails(details: ProviderError, secrets: SecretSet): ProviderError {
  const out: ProviderError = {};
  for (const key of ['message', 'code', 'type'] as const) {
    const value = details[key];
    if (value !== undefined) {
      const redacted = secrets.redact(value);
      out[key] = redacted.length > MAX_DETAIL_CHARS ? `${redacted.slice(0, MAX_DETAIL_CHARS)}…` : redacted;
    }
  }
  return out;
}

const textDecoder = new TextDecoder();

/** True when the raw response (headers or body bytes) holds any form of the request's secrets. */
function responseEchoesSecret(
  bytes: Uint8Array,
  decode: () => string,
  headers: Readonly<Record<string, string>>,
  secrets: SecretSet,
): boolean {
  if (Object.values(headers).some((value) => secrets.containsSecret(value))) return true;
  return bytes.byteLength > 0 && secrets.containsSecret(decode());
}

function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: SecretSet,
): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, secrets.redact(value)]));
}

/** Every string inside a parsed body, redacted (keys too). */
function redactDeep(value: unknown, secrets: SecretSet): unknown {
  if (typeof value === 'string') return secrets.redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [secrets.redact(key), redactDeep(item, secrets)]),
    );
  }
  return value;
}
