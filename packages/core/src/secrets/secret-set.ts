/**
 * The secret values of one prepared request and every form they can take on the wire (percent-encoded, form
 * encoded, JSON-escaped, Basic base64), so any of them can be found and replaced by `***` wherever it appears.
 */

import { isUnreserved } from '../encoding/characters.js';
import { strictPercentEncode } from '../encoding/percent.js';

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
function redactedUrlForm(value: string): string | undefined {
  if (!startsWithHttp(value)) return undefined;
  try {
    const url = new URL(value);
    const host = url.host
      .split('.')
      .map((label) => (label.length >= 16 && /\d/.test(label) ? REDACTED : label))
      .join('.');
    const segments = url.pathname.split('/').filter(Boolean);
    return `${url.protocol}//${host}/${segments.length >= 2 ? `${segments[0]}/` : ''}${REDACTED}`;
  } catch {
    return undefined;
  }
}

/** Every wire form of a secret value. */
function derivedForms(value: string): string[] {
  // Most keys and tokens are made of characters no encoding changes: then every form is the value itself.
  if (isUnreserved(value)) return value === value.toLowerCase() ? [value] : [value, value.toLowerCase()];
  const forms = new Set<string>([value]);
  forms.add(encodeURIComponent(value.toWellFormed()));
  forms.add(strictPercentEncode(value));
  forms.add(strictPercentEncode(value).replace(/%5B/g, '[').replace(/%5D/g, ']'));
  forms.add(new URLSearchParams([['', value]]).toString().slice(1));
  forms.add(strictPercentEncode(value).replace(/%2F/g, '/'));
  forms.add(value.toLowerCase());
  forms.add(JSON.stringify(value).slice(1, -1));
  return [...forms].filter((form) => form.length > 0);
}

/** Longest first (a form inside a longer one is replaced after it), then in code-unit order. */
function precedes(a: string, b: string): boolean {
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
  readonly #replacements: string[] = [];
  /** The values given to `add` (a value is often recorded more than once: as resolved, then as used in auth). */
  readonly #added: string[] = [];
  #pattern: RegExp | null | undefined;
  #replacementOf: Map<string, string> | undefined;

  /** Records a secret value (ignored when empty or already known). */
  add(value: string): void {
    if (value.length === 0 || this.#added.includes(value)) return;
    this.#added.push(value);
    for (const form of derivedForms(value)) this.#put(form, REDACTED, false);
    const urlForm = redactedUrlForm(value);
    if (urlForm) this.#put(value, urlForm, true);
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
    if (forms.length <= FEW_FORMS) {
      // The usual case (a key or two): plain substring replacement, longest form first, no regular expression.
      let out = text;
      for (let i = 0; i < forms.length; i++) {
        const form = forms[i] as string;
        if (out.includes(form)) out = out.replaceAll(form, this.#replacements[i] as string);
      }
      return out;
    }
    const pattern = this.#compiled() as RegExp;
    pattern.lastIndex = 0;
    const replacementOf = this.#replacementOf as Map<string, string>;
    return text.replace(pattern, (form) => replacementOf.get(form) ?? REDACTED);
  }

  #compiled(): RegExp | null {
    if (this.#pattern === undefined) {
      this.#pattern =
        this.#forms.length === 0 ? null : new RegExp(this.#forms.map(escapeRegExp).join('|'), 'g');
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
