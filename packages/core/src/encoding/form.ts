import qs from 'qs';
import { isUnreserved } from './characters.js';

type DefaultEncoder = (value: unknown, ...rest: unknown[]) => string;

/**
 * Percent-encodes one key or value with qs's own encoder (RFC 3986), with `[` and `]` literal when `brackets`
 * says so. Plain text (`amount`, `2000`, `metadata[order_id]`) is returned at once: qs's encoder walks every
 * character, and this runs for every key and value of every request. The bytes are the same either way.
 */
function percentEncoder(brackets: (type: 'key' | 'value') => boolean) {
  return (
    value: unknown,
    defaultEncoder: qs.defaultEncoder,
    charset: string,
    type: 'key' | 'value',
    format?: string,
  ): string => {
    const literal = brackets(type);
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    // Text that every percent-encoding leaves as it is (RFC 3986 unreserved, and brackets where literal).
    if (text !== undefined && isUnreserved(text, literal)) return text;
    const encoded = (defaultEncoder as DefaultEncoder)(value, defaultEncoder, charset, type, format);
    return literal && encoded.includes('%5') ? encoded.replace(/%5B/g, '[').replace(/%5D/g, ']') : encoded;
  };
}

/** Stripe's convention: brackets literal everywhere, as stripe-node writes them. */
const formEncoder = percentEncoder(() => true);
/** URLSearchParams' and Google's convention: brackets literal in keys (`filter[status]`), encoded in values. */
const queryEncoder = percentEncoder((type) => type === 'key');

/** Stripe's date convention: Unix seconds. */
const serializeDate = (date: Date) => Math.floor(date.getTime() / 1000).toString();

/** How arrays are written in a query string or form body. */
export type ArrayFormat = 'repeat' | 'indices' | 'brackets' | 'comma';

/**
 * Encodes data as `application/x-www-form-urlencoded` the way Stripe expects and stripe-node sends it: nested
 * objects as `a[b][c]=v`, arrays as `a[0]=v` (or another {@link ArrayFormat}), brackets left literal, spaces as
 * `%20`, `! ' ( ) *` percent-encoded, `null` and `''` as `key=` (Stripe's "unset"), `undefined`, `[]` and `{}`
 * omitted, booleans as `true`/`false`, dates as Unix seconds. A key that already holds brackets
 * (`payment_method_types[]`) passes through as written.
 *
 * Built on qs (the library stripe-node uses) with the same options, so the bytes match.
 *
 * @example
 * encodeForm({ amount: 2000, metadata: { order_id: '6735' }, expand: ['customer'] })
 * // 'amount=2000&metadata[order_id]=6735&expand[0]=customer'
 */
export function encodeForm(data: Record<string, unknown>, arrayFormat: ArrayFormat = 'indices'): string {
  return qs.stringify(data, { arrayFormat, format: 'RFC3986', serializeDate, encoder: formEncoder });
}

/** One value as {@link encodeForm} writes it (`2000`, `order%206735`), without qs's walk for plain text. */
export function encodeFormValue(text: string): string {
  if (isUnreserved(text, true)) return text;
  return qs.stringify({ v: text }, { format: 'RFC3986', encoder: formEncoder }).slice(2);
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
  return qs.stringify(data, { arrayFormat, format: 'RFC3986', serializeDate, encoder: queryEncoder });
}
