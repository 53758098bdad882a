import { isUnreserved } from './characters.js';
import { strictPercentEncode } from './percent.js';

/** How arrays are written in a query string or form body. */
export type ArrayFormat = 'repeat' | 'indices' | 'brackets' | 'comma';

/**
 * Percent-encodes one key or value the way qs does with `format: 'RFC3986'` (only unreserved characters stay,
 * UTF-8, a lone surrogate as U+FFFD), with `[` and `]` left literal when `brackets` is true. Plain text
 * (`amount`, `metadata[order_id]`) is returned as it is, without a walk that would change nothing.
 */
function encodePart(text: string, brackets: boolean): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; strictPercentEncode leaves such text as it is
  if (isUnreserved(text, brackets)) return text;
  const encoded = strictPercentEncode(text);
  // Stryker disable next-line StringLiteral: a shortcut; without %5 there is no bracket to put back
  return brackets && encoded.includes('%5') ? encoded.replace(/%5B/g, '[').replace(/%5D/g, ']') : encoded;
}

/** Stripe's date convention: Unix seconds. */
const serializeDate = (date: Date) => Math.floor(date.getTime() / 1000).toString();

/** The text of a leaf value: booleans as `true`/`false`, numbers (and symbols) as JavaScript writes them. */
function leafText(value: unknown): string {
  return String(value);
}

/** Node's Buffer, told apart without naming it (core also runs where there is no Buffer). */
function isBuffer(value: object): boolean {
  const type = (value as { constructor?: { isBuffer?: (value: unknown) => boolean } }).constructor;
  return typeof type?.isBuffer === 'function' && type.isBuffer(value);
}

/**
 * A value `Array#join` can write: an object without a `toString` of its own (a null-prototype object from
 * JSON.parse-like sources) becomes `[object Object]`, as qs writes it, instead of a TypeError.
 */
function joinable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(joinable);
  if (typeof (value as { toString?: unknown }).toString === 'function') return value;
  return Object.prototype.toString.call(value);
}

/** How a key or a value is percent-encoded (the character set; the structure is the same for every one). */
export type EncodePart = (text: string, type: 'key' | 'value') => string;

/** How one encoding writes keys and values, decided once per call. */
interface Style {
  arrayFormat: ArrayFormat;
  encodePart: EncodePart;
  /** The objects being written, outermost first (a cycle is refused, as qs refuses it). */
  ancestors: object[];
}

/** The key of an array element at `index` under `key`. */
function elementKey(key: string, index: string, arrayFormat: ArrayFormat): string {
  if (arrayFormat === 'indices') return `${key}[${index}]`;
  if (arrayFormat === 'brackets') return `${key}[]`;
  return key;
}

/** Writes `key=value` pairs for one value (nested objects and arrays as bracket keys) onto `out`. */
function writePairs(out: string[], key: string, given: unknown, style: Style): void {
  const value = given instanceof Date ? serializeDate(given) : given === null ? '' : given;
  if (value === undefined || typeof value === 'function') return;
  if (typeof value !== 'object' || isBuffer(value)) {
    out.push(`${style.encodePart(key, 'key')}=${style.encodePart(leafText(value), 'value')}`);
    return;
  }
  if (style.ancestors.includes(value)) throw new RangeError('Cyclic object value');
  const isArray = Array.isArray(value);
  if (isArray && style.arrayFormat === 'comma') {
    const items = (value as unknown[]).map((item) =>
      item instanceof Date ? serializeDate(item) : joinable(item),
    );
    if (items.length > 0) writePairs(out, key, items.join(',') || null, style);
    return;
  }
  style.ancestors.push(value);
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const child = isArray ? elementKey(key, name, style.arrayFormat) : `${key}[${name}]`;
    writePairs(out, child, record[name], style);
  }
  style.ancestors.pop();
}

/**
 * Writes data as `key=value` pairs joined by `&`, nested objects as bracket keys (`a[b][c]`), arrays by
 * `arrayFormat`, `null` as `key=`, `undefined` omitted, dates as Unix seconds, each key and value encoded by
 * `encodePart`: qs's `stringify` structure, which every encoding here shares.
 */
export function encodeStructured(
  data: Record<string, unknown>,
  arrayFormat: ArrayFormat,
  encodePart: EncodePart,
): string {
  if (typeof data !== 'object' || data === null) return '';
  const out: string[] = [];
  // Stryker disable next-line ArrayDeclaration: without data here, a cycle back to it is refused one level deeper, with the same error
  const style: Style = { arrayFormat, encodePart, ancestors: [data] };
  for (const key of Object.keys(data)) writePairs(out, key, data[key], style);
  return out.join('&');
}

/** Brackets literal everywhere (Stripe's convention). */
const formPart: EncodePart = (text) => encodePart(text, true);
/** Brackets literal in keys only (URLSearchParams' and Google's convention for values). */
const queryPart: EncodePart = (text, type) => encodePart(text, type === 'key');

/**
 * Encodes data as `application/x-www-form-urlencoded` the way Stripe expects and stripe-node sends it: nested
 * objects as `a[b][c]=v`, arrays as `a[0]=v` (or another {@link ArrayFormat}), brackets left literal, spaces as
 * `%20`, `! ' ( ) *` percent-encoded, `null` and `''` as `key=` (Stripe's "unset"), `undefined`, `[]` and `{}`
 * omitted, booleans as `true`/`false`, dates as Unix seconds. A key that already holds brackets
 * (`payment_method_types[]`) passes through as written.
 *
 * The bytes are those of qs (the library stripe-node uses) with stripe-node's options; a property test holds
 * them equal. qs itself is not loaded at run time: it and its dependencies were most of core's install size.
 *
 * @example
 * encodeForm({ amount: 2000, metadata: { order_id: '6735' }, expand: ['customer'] })
 * // 'amount=2000&metadata[order_id]=6735&expand[0]=customer'
 */
export function encodeForm(data: Record<string, unknown>, arrayFormat: ArrayFormat = 'indices'): string {
  return encodeStructured(data, arrayFormat, formPart);
}

/** One value as {@link encodeForm} writes it (`2000`, `order%206735`). */
export function encodeFormValue(text: string): string {
  return encodePart(text, true);
}

/**
 * Encodes a query string. With `indices` (Stripe's convention) it is exactly {@link encodeForm}, brackets literal
 * everywhere as stripe-node writes them. With the other formats, brackets stay literal in keys (`filter[status]`)
 * but are percent-encoded in values, as URLSearchParams and Google's clients write them.
 *
 * @example
 * encodeQuery({ ranges: ["'Plan [v2]'!A1"] }, 'repeat') // "ranges=%27Plan%20%5Bv2%5D%27%21A1"
 */
export function encodeQuery(data: Record<string, unknown>, arrayFormat: ArrayFormat): string {
  if (arrayFormat === 'indices') return encodeForm(data, arrayFormat);
  return encodeStructured(data, arrayFormat, queryPart);
}
