/**
 * The secret values of one prepared request and every form they can take on the wire (percent-encoded, form
 * encoded, JSON-escaped, Basic base64), so any of them can be found and replaced by `***` wherever it appears.
 */

import { strictPercentEncode } from '../encoding/percent.js';

/** Up to this many forms, plain substring search beats compiling a regular expression. */
const FEW_FORMS = 8;

/** What every secret form is replaced by. */
export const REDACTED = '***';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a URL-valued secret (a webhook URL) still shows once redacted: its origin, and its first path segment when
 * more follow (`https://hooks.slack.com/services/***`). A host label that looks like a token is hidden too.
 */
function redactedUrlForm(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
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
  if (/^[A-Za-z0-9._~-]*$/.test(value))
    return value === value.toLowerCase() ? [value] : [value, value.toLowerCase()];
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

/** The secret values known to a prepared request, with their derived forms, and redaction over them. */
export class SecretSet {
  readonly #replacements = new Map<string, string>();
  /** The values given to `add` (a value is often recorded more than once: as resolved, then as used in auth). */
  readonly #added = new Set<string>();
  #pattern: RegExp | null | undefined;

  /** Records a secret value (ignored when empty or already known). */
  add(value: string): void {
    if (value.length === 0 || this.#added.has(value)) return;
    this.#added.add(value);
    const urlForm = redactedUrlForm(value);
    for (const form of derivedForms(value)) {
      if (!this.#replacements.has(form)) this.#replacements.set(form, REDACTED);
    }
    if (urlForm) this.#replacements.set(value, urlForm);
    this.#pattern = undefined;
    this.#sorted = undefined;
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
    return this.#replacements.size;
  }

  /** True when `text` contains any form of any secret. */
  containsSecret(text: string): boolean {
    if (this.#replacements.size <= FEW_FORMS) {
      for (const form of this.#replacements.keys()) if (text.includes(form)) return true;
      return false;
    }
    const pattern = this.#compiled();
    if (!pattern) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  /** `text` with every form of every secret replaced by `***` (a URL secret keeps its origin). */
  redact(text: string): string {
    if (this.#replacements.size <= FEW_FORMS) {
      // The usual case (a key or two): plain substring replacement, longest form first, no regular expression.
      let out = text;
      for (const [form, replacement] of this.#sortedForms())
        if (out.includes(form)) out = out.replaceAll(form, replacement);
      return out;
    }
    const pattern = this.#compiled();
    if (!pattern) return text;
    pattern.lastIndex = 0;
    return text.replace(pattern, (form) => this.#replacements.get(form) ?? REDACTED);
  }

  #sorted: Array<[string, string]> | undefined;
  #sortedForms(): Array<[string, string]> {
    this.#sorted ??= [...this.#replacements].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
    return this.#sorted;
  }

  #compiled(): RegExp | null {
    if (this.#pattern === undefined) {
      const forms = [...this.#replacements.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
      this.#pattern = forms.length === 0 ? null : new RegExp(forms.map(escapeRegExp).join('|'), 'g');
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
