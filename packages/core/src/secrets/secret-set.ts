/**
 * The secret values of one prepared request and every form they can take on the wire or in an echo (see
 * `secret-forms.ts`), so any of them can be found and replaced by `***` wherever it appears.
 */

import { BoundedCache } from '../references/bounded-cache.js';
import { derivedForms, utf8Binary } from './secret-forms.js';

/** Up to this many forms, plain substring search beats compiling a regular expression. */
const FEW_FORMS = 8;

/** What every secret form is replaced by. */
export const REDACTED = '***';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `http://` or `https://` at the start, in any case. */
function startsWithHttp(value: string): boolean {
  const start = value.slice(0, 8).toLowerCase();
  return start.startsWith('http://') || start === 'https://';
}

/**
 * What a URL-valued secret (a webhook URL) still shows once redacted: its origin, and its first path segment when
 * more follow (`https://hooks.slack.com/services/***`). A host label that looks like a token is hidden too.
 */
function redactedUrlForm(
  value: string,
): { url: string; path: { form: string; replacement: string } | undefined } | undefined {
  if (!startsWithHttp(value)) return undefined;
  try {
    const url = new URL(value);
    const host = url.host
      .split('.')
      .map((label) => (label.length >= 16 && /\d/.test(label) ? REDACTED : label))
      .join('.');
    const segments = url.pathname.split('/').filter(Boolean);
    const kept = segments.length >= 2 ? `/${segments[0]}/` : '/';
    const path = segments.length >= 2 ? { form: url.pathname, replacement: `${kept}${REDACTED}` } : undefined;
    return { url: `${url.protocol}//${host}${kept}${REDACTED}`, path };
  } catch {
    // Not a URL after all (`https://[bad`): an ordinary secret.
  }
  return undefined;
}

/** One form of a secret value: its text, what replaces it, and whether it overrides a plain `***`. */
type Form = readonly [form: string, replacement: string, override: boolean];

/** Every form of a secret value, with its replacement. */
function formsOf(value: string): readonly Form[] {
  const forms: Form[] = derivedForms(value).map((form) => [form, REDACTED, false] as const);
  const urlForm = redactedUrlForm(value);
  if (urlForm) {
    forms.push([value, urlForm.url, true]);
    // A server that echoes only the path (`/services/T…/B…/token`) must not reveal it either.
    if (urlForm.path) forms.push([urlForm.path.form, urlForm.path.replacement, true]);
  }
  return forms;
}

/**
 * The forms of each secret value, derived once per value: a process sends with a few secrets many times, and
 * deriving (encodings, base64, URL parsing) cost more than the rest of redaction. Like the secret provider, this
 * keeps values in process memory (never in output); at most 256 of them.
 */
const formsByValue = new BoundedCache<string, readonly Form[]>(256);

/** Longest first (a form inside a longer one is replaced after it), then in code-unit order. */
function precedes(a: string, b: string): boolean {
  // Stryker disable next-line EqualityOperator: a form is never compared with itself (a known form is not put again), so < and <= agree, and so do > and >= on lengths that differ
  return a.length !== b.length ? a.length > b.length : a < b;
}

/**
 * The secret values known to a prepared request, with their derived forms, and redaction over them. One is made
 * per request and usually holds a form or two, so it is kept in plain arrays (sorted as forms arrive); a regular
 * expression is compiled only for larger sets.
 */
export class SecretSet {
  /** Every form, longest first, and what replaces it (same index). */
  readonly #forms: string[] = [];
  // Stryker disable next-line ArrayDeclaration: a replacement is inserted at its form's index, so an element past the forms is never read
  readonly #replacements: string[] = [];
  /** The values given to `add` (a value is often recorded more than once: as resolved, then as used in auth). */
  // Stryker disable next-line ArrayDeclaration: only the value "Stryker was here" itself would be ignored
  readonly #added: string[] = [];
  #pattern: RegExp | undefined;
  #replacementOf: Map<string, string> | undefined;

  /** Records a secret value (ignored when empty or already known). */
  add(value: string): void {
    if (value.length === 0 || this.#added.includes(value)) return;
    this.#added.push(value);
    for (const [form, replacement, override] of formsByValue.get(value, formsOf))
      this.#put(form, replacement, override);
    this.#pattern = undefined;
    this.#replacementOf = undefined;
  }

  #put(form: string, replacement: string, override: boolean): void {
    const known = this.#forms.indexOf(form);
    if (known !== -1) {
      if (override) this.#replacements[known] = replacement;
      return;
    }
    let at = 0;
    while (at < this.#forms.length && precedes(this.#forms[at] as string, form)) at++;
    this.#forms.splice(at, 0, form);
    this.#replacements.splice(at, 0, replacement);
  }

  /** Records the `Basic` credentials `base64(username:password)` for a secret-bearing pair. */
  addBasic(username: string, password: string): string {
    const encoded = base64Utf8(`${username}:${password}`);
    this.add(encoded);
    // Stryker disable next-line ConditionalExpression: add ignores an empty value itself
    if (password) this.add(password);
    return encoded;
  }

  /** How many forms are known (0 means nothing to redact). */
  get size(): number {
    return this.#forms.length;
  }

  /** True when `text` contains any form of any secret. */
  containsSecret(text: string): boolean {
    const forms = this.#forms;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: two ways to the same answer (substring search for a few forms, one regular expression for more); which is taken changes only the speed
    if (forms.length <= FEW_FORMS) {
      for (let i = 0; i < forms.length; i++) if (text.includes(forms[i] as string)) return true;
      return false;
    }
    const pattern = this.#compiled() as RegExp;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  /** `text` with every form of every secret replaced by `***` (a URL secret keeps its origin). */
  redact(text: string): string {
    const forms = this.#forms;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: two ways to the same answer (see containsSecret)
    if (forms.length <= FEW_FORMS) {
      // The usual case (a key or two): plain substring replacement, longest form first, no regular expression.
      let out = text;
      for (let i = 0; i < forms.length; i++) {
        const form = forms[i] as string;
        // Stryker disable next-line ConditionalExpression: a shortcut; replaceAll of an absent form changes nothing
        if (out.includes(form)) out = out.replaceAll(form, this.#replacements[i] as string);
      }
      return out;
    }
    const pattern = this.#compiled() as RegExp;
    pattern.lastIndex = 0;
    const replacementOf = this.#replacementOf as Map<string, string>;
    return text.replace(pattern, (form) => replacementOf.get(form) ?? REDACTED);
  }

  /**
   * `bytes` with every form of every secret replaced, compared byte for byte (UTF-8), for binary bodies; the same
   * array when nothing matched.
   */
  redactBytes(bytes: Uint8Array): Uint8Array {
    let binary = '';
    // Stryker disable next-line EqualityOperator: one more pass past the end appends nothing
    for (let at = 0; at < bytes.length; at += 8192)
      binary += String.fromCharCode(...bytes.subarray(at, at + 8192));
    let out = binary;
    for (let i = 0; i < this.#forms.length; i++) {
      const form = utf8Binary(this.#forms[i] as string);
      // Stryker disable next-line ConditionalExpression: a shortcut; replaceAll of an absent form changes nothing
      if (out.includes(form)) out = out.replaceAll(form, utf8Binary(this.#replacements[i] as string));
    }
    if (out === binary) return bytes;
    const redacted = new Uint8Array(out.length);
    // Stryker disable next-line EqualityOperator: a typed array ignores a write past its end
    for (let i = 0; i < out.length; i++) redacted[i] = out.charCodeAt(i);
    return redacted;
  }

  /** One regular expression for all forms (only used past FEW_FORMS, so never empty), made once per change. */
  #compiled(): RegExp {
    // Stryker disable next-line ConditionalExpression: a cache; compiling again gives an equal expression
    if (this.#pattern === undefined) {
      this.#pattern = new RegExp(this.#forms.map(escapeRegExp).join('|'), 'g');
      this.#replacementOf = new Map(this.#forms.map((form, i) => [form, this.#replacements[i] as string]));
    }
    return this.#pattern;
  }
}

/** Base64 of the UTF-8 bytes of `text` (RFC 7617 Basic credentials), without Node's Buffer. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
