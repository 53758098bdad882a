import { isPlainHeaderText } from '../encoding/characters.js';

/** RFC 9110 token characters: what a header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Why `name` cannot be a header name, or undefined when it can. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) return "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)";
  if (CLIENT_MANAGED.has(name.toLowerCase())) return 'is managed by the HTTP client and cannot be set';
  return undefined;
}

/** Headers the HTTP client manages (framing and connection): a config that sets them would corrupt the request. */
const CLIENT_MANAGED = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Why `value` cannot be sent as a header value, or undefined when it can. Never quotes the value. */
export function headerValueProblem(value: string): string | undefined {
  // The common case, tested once: tab, visible ASCII and Latin-1 only.
  if (isPlainHeaderText(value)) return undefined;
  if (/[\r\n]/.test(value)) return 'must not contain CR or LF (header injection)';
  if (value.includes('\u0000')) return 'must not contain NUL';
  // Whatever else isPlainHeaderText refused: another control character (DEL, U+007F, too: Node and undici refuse it
  // in a header value) or a character above Latin-1.
  return 'must contain only visible ASCII or Latin-1 characters (encode other text first)';
}
