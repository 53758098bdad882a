/**
 * The helpers connector templates may use: a short, documented allowlist. Each exists for a mapping that real APIs
 * need and plain substitution cannot express. No helper reads prototypes, files, the environment or the clock
 * (formatDate formats the value it is given; it never asks for "now").
 */

/** A JSON-ish value as templates see it. */
type Value = unknown;

function isPlainObject(value: Value): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `default value fallback`: the value, or the fallback when the value is absent (undefined, null or '').
 * Why: APIs with a required field that users rarely set (Stripe's `currency`, Sheets' `majorDimension`).
 */
export function defaultHelper(value: Value, fallback: Value): Value {
  return value === undefined || value === null || value === '' ? fallback : value;
}

/**
 * `json value`: compact JSON text of a value. Why: APIs that take JSON inside a text field (Slack's `blocks` as a
 * form field, metadata values that must be strings).
 */
export function jsonHelper(value: Value): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * `join list separator`: a list as text, joined by the separator (default `,`). Why: APIs that take
 * comma-separated ids in one parameter.
 */
export function joinHelper(list: Value, separator: Value = ','): string | undefined {
  if (list === undefined || list === null) return undefined;
  const items = Array.isArray(list) ? list : [list];
  return items
    .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
    .join(typeof separator === 'string' ? separator : ',');
}

/**
 * `base64 text`: base64 of the UTF-8 bytes of a text. Why: attachments given as text (SendGrid's `content`) and
 * credentials some APIs take in a body.
 */
export function base64Helper(text: Value): string | undefined {
  if (text === undefined || text === null) return undefined;
  const bytes = new TextEncoder().encode(String(text));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * `formatDate value format`: a date (ISO text, epoch milliseconds, or Date) as `unix` (seconds, a number: Stripe),
 * `iso` (ISO 8601 text), or `date` (YYYY-MM-DD, UTC). Why: each API wants its own date form.
 */
export function formatDateHelper(value: Value, format: Value = 'iso'): string | number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: ${JSON.stringify(value)} is not a date`);
  if (format === 'unix') return Math.floor(date.getTime() / 1000);
  if (format === 'date') return date.toISOString().slice(0, 10);
  if (format === 'iso') return date.toISOString();
  throw new Error(`formatDate: unknown format ${JSON.stringify(format)} (use unix, iso or date)`);
}

/**
 * `omit object key…`: the object without the named keys. Why: APIs whose body is the whole input but for the ids
 * that went into the path (Stripe: `{{omit this "id"}}`).
 */
export function omitHelper(object: Value, ...keys: Value[]): Record<string, unknown> | undefined {
  if (!isPlainObject(object)) return undefined;
  const drop = new Set(keys.filter((key): key is string => typeof key === 'string'));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) if (!drop.has(key)) out[key] = object[key];
  return out;
}

/** `eq a b`: strict equality, for `{{#if (eq kind "x")}}`. Why: choosing a field by an enum input. */
export function eqHelper(a: Value, b: Value): boolean {
  return a === b;
}

/** The allowlist, by the name templates use. The compiler refuses any other helper. */
export const TEMPLATE_HELPERS = {
  default: defaultHelper,
  json: jsonHelper,
  join: joinHelper,
  base64: base64Helper,
  formatDate: formatDateHelper,
  omit: omitHelper,
  eq: eqHelper,
} as const;

/** A helper name. */
export type TemplateHelperName = keyof typeof TEMPLATE_HELPERS;

/** Handlebars' own block helpers that templates may use. */
export const BUILTIN_BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
