/**
 * Every form a secret value can take on the wire or in an echo: raw, lowercase, percent- and form-encoded,
 * JSON-escaped (also with `\/`), and base64 at each of the three byte alignments (the characters that depend only
 * on the secret's bytes, wherever it starts inside a longer encoded run).
 */

import { isUnreserved } from '../encoding/characters.js';
import { strictPercentEncode } from '../encoding/percent.js';

/** A base64 run shorter than this is too likely to occur by chance to be treated as a secret. */
const MIN_BASE64_FORM = 8;

/** The UTF-8 bytes of `text` as a binary string (one char per byte). */
export function utf8Binary(text: string): string {
  const bytes = new TextEncoder().encode(text.toWellFormed());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return binary;
}

/**
 * The base64 characters that stand for `value`'s bytes alone, when they start at byte offset 0, 1 or 2 of a
 * longer run (standard and URL-safe alphabets).
 */
export function base64Forms(value: string): string[] {
  const binary = utf8Binary(value);
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = btoa('\0'.repeat(offset) + binary);
    const start = Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + binary.length) * 8) / 6);
    const form = encoded.slice(start, end);
    if (form.length < MIN_BASE64_FORM) continue;
    forms.push(form);
    const urlSafe = form.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== form) forms.push(urlSafe);
  }
  return forms;
}

/** Every textual form of a secret value (the value itself first). */
export function derivedForms(value: string): string[] {
  // Most keys and tokens are made of characters no encoding changes: then only case and base64 vary. (Form
  // encoding changes `~`, to `%7E`: such a value takes the long way.)
  if (isUnreserved(value) && !value.includes('~')) {
    const plain = value === value.toLowerCase() ? [value] : [value, value.toLowerCase()];
    return [...plain, ...base64Forms(value)];
  }
  const forms = new Set<string>([value]);
  const json = JSON.stringify(value).slice(1, -1);
  forms.add(encodeURIComponent(value.toWellFormed()));
  forms.add(strictPercentEncode(value));
  forms.add(strictPercentEncode(value).replace(/%5B/g, '[').replace(/%5D/g, ']'));
  forms.add(new URLSearchParams([['', value]]).toString().slice(1));
  forms.add(strictPercentEncode(value).replace(/%2F/g, '/'));
  forms.add(value.toLowerCase());
  forms.add(json);
  forms.add(json.replace(/\//g, '\\/'));
  for (const form of base64Forms(value)) forms.add(form);
  // None is empty: the value is not (an empty one is unreserved, above), and no encoding makes it shorter than 1.
  return [...forms];
}
