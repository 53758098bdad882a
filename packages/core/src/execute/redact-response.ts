import { setOwn } from '../encoding/unsendable.js';
import type { SecretSet } from '../secrets/secret-set.js';

/** The parts of a response that results, events and logs show. */
export interface ResponseView {
  statusText: string;
  headers: Readonly<Record<string, string>>;
  body: unknown;
}

/**
 * A response with every echo of the request's secrets replaced by `***`: in the reason phrase, the headers, and the
 * body. A text or JSON body is checked on its raw text and, when the JSON holds escapes (`\/`, `\u005f`), on its
 * decoded strings too; a binary body is redacted byte for byte. Parts without an echo are returned as they are.
 */
export function redactResponse(
  response: ResponseView,
  rawText: () => string,
  hasBytes: boolean,
  secrets: SecretSet,
): ResponseView {
  if (secrets.size === 0) return response;
  const { body } = response;
  let safeBody = body;
  if (body instanceof Uint8Array) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; redactBytes hands back the same array when nothing matches
    if (body.byteLength > 0 && secrets.containsSecret(rawText())) safeBody = secrets.redactBytes(body);
    // Stryker disable next-line ConditionalExpression: without bytes the body is null, which holds no secret
  } else if (hasBytes) {
    const text = rawText();
    // A body that is a bare JSON string is checked too: `"sk\u005ftest…"` parses to the secret itself.
    // Without a backslash, the parsed strings are spelled in the text as they are, and containsSecret(text) has
    // looked at them already.
    // Stryker disable next-line StringLiteral: with "" containsDeep also runs on a body without a backslash, whose strings containsSecret(text) has already checked
    const echoed = secrets.containsSecret(text) || (text.includes('\\') && containsDeep(body, secrets));
    if (echoed) safeBody = redactDeep(body, secrets);
  }
  return {
    statusText: secrets.redact(response.statusText),
    headers: headersEcho(response.headers, secrets)
      ? Object.fromEntries(Object.entries(response.headers).map(([name, v]) => [name, secrets.redact(v)]))
      : response.headers,
    body: safeBody,
  };
}

function headersEcho(headers: Readonly<Record<string, string>>, secrets: SecretSet): boolean {
  for (const name in headers) if (secrets.containsSecret(headers[name] as string)) return true;
  return false;
}

/** True when any string (or key) inside a parsed body holds a secret. Bodies are depth-limited when parsed. */
function containsDeep(value: unknown, secrets: SecretSet): boolean {
  if (typeof value === 'string') return secrets.containsSecret(value);
  // Stryker disable next-line ConditionalExpression: a number's or boolean's Object.entries is empty, so it holds no secret either way (null is tested)
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsDeep(item, secrets));
  return Object.entries(value).some(
    ([key, item]) => secrets.containsSecret(key) || containsDeep(item, secrets),
  );
}

/** Every string inside a parsed JSON body, redacted (keys too). */
export function redactDeep(value: unknown, secrets: SecretSet): unknown {
  if (typeof value === 'string') return secrets.redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      setOwn(out, secrets.redact(key), redactDeep(item, secrets));
    }
    return out;
  }
  return value;
}
