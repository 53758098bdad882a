import type { CustomApiNodeConfig } from '../config/types.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { type RedactedRequest, secretsOf } from '../prepare/prepared-request.js';
import type { SecretSet } from '../secrets/secret-set.js';
import type { SentExchange } from './follow-redirects.js';
import type { NodeFailure, NodeResult } from './node-result.js';
import { redactResponse } from './redact-response.js';
import { parseResponseBody, type ResponseType } from './response-body.js';
import type { ProviderError, ResponseRules } from './response-rules.js';
import { checkResponse, type ResponseValidator } from './response-schema.js';

/**
 * Turns the final response of an attempt into a result: success, `http`, `upstream` or `invalid_response`.
 * Synchronous unless a responseSchema has to be compiled first.
 */
export function readResponse(
  sent: SentExchange,
  request: RedactedRequest,
  how: { config: CustomApiNodeConfig; rules: ResponseRules; validator: ResponseValidator | undefined },
  requestId: string | undefined,
  timing: { durationMs: number; attempts: number },
): NodeResult | Promise<NodeResult> {
  const { config, rules, validator } = how;
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
  // A response that echoes a credential (a debug endpoint, an error quoting the key, a reason phrase) is redacted
  // like the request: results are printed, logged and stored.
  const secrets = secretsOf(sent.request);
  const safe = redactResponse(
    { statusText: response.statusText, headers: response.headers, body: parsed.body },
    decode,
    response.body.byteLength > 0,
    secrets,
  );
  // Built once, in its final key order; `ok` and `error` are added below.
  const result = {
    status: response.status,
    statusText: safe.statusText,
    headers: safe.headers,
    body: safe.body,
    durationMs: timing.durationMs,
    attempts: timing.attempts,
    request,
  } as NodeResult;
  if (requestId) result.requestId = requestId;
  const is2xx = response.status >= 200 && response.status < 300;
  const info = () => ({ status: response.status, headers: response.headers, body: parsed.body });

  if (is2xx && !refusal && !rules.isFailure?.(info())) {
    if (!parsed.ok) return failWith(result, { kind: 'invalid_response', message: parsed.problem });
    if (!config.responseSchema && !validator) return succeed(result);
    let checked: ValidationIssue[] | Promise<ValidationIssue[]>;
    try {
      checked = checkResponse(parsed.body, config.responseSchema, validator);
    } catch (error) {
      return schemaBroken(result, error);
    }
    return Array.isArray(checked)
      ? judge(result, checked)
      : checked.then(
          (issues) => judge(result, issues),
          (error) => schemaBroken(result, error),
        );
  }

  // The provider's words may echo a credential (a 401 that quotes the key): redact and cap them like everything else.
  const details = redactDetails(rules.errorDetails?.(info()) ?? {}, secrets);
  return failWith(result, {
    ...details,
    kind: is2xx && !refusal ? 'upstream' : 'http',
    message: refusal ?? details.message ?? `${response.status} ${safe.statusText}`.trim(),
  });
}

// `ok` (and `error`) are set last, so they come last in the result's keys, as they always have.
function succeed(result: NodeResult): NodeResult {
  (result as { ok: boolean }).ok = true;
  return result;
}

function failWith(result: NodeResult, error: NodeFailure['error']): NodeFailure {
  const failure = result as NodeFailure;
  failure.ok = false;
  failure.error = error;
  return failure;
}

/** The verdict of responseSchema (or the validator) on a 2xx body. */
function judge(result: NodeResult, issues: ValidationIssue[]): NodeResult {
  if (issues.length === 0) return succeed(result);
  return failWith(result, {
    kind: 'invalid_response',
    message: 'the response does not match responseSchema',
    issues,
  });
}

function schemaBroken(result: NodeResult, error: unknown): NodeFailure {
  return failWith(result, { kind: 'config', message: (error as Error).message });
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
