/** RFC 9110 token characters: what a header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Why `name` cannot be a header name, or undefined when it can. */
export function headerNameProblem(name: string): string | undefined {
  return TOKEN.test(name)
    ? undefined
    : "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)";
}

/** Why `value` cannot be sent as a header value, or undefined when it can. Never quotes the value. */
export function headerValueProblem(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'must not contain CR or LF (header injection)';
  if (value.includes('\u0000')) return 'must not contain NUL';
  if (/[^\u0009\u0020-\u00ff]/.test(value))
    return 'must contain only visible ASCII or Latin-1 characters (encode other text first)';
  return undefined;
}
