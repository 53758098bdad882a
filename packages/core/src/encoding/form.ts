import qs from 'qs';

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
  return qs
    .stringify(data, {
      arrayFormat,
      format: 'RFC3986',
      serializeDate: (date: Date) => Math.floor(date.getTime() / 1000).toString(),
    })
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
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
  return qs.stringify(data, {
    arrayFormat,
    format: 'RFC3986',
    serializeDate: (date: Date) => Math.floor(date.getTime() / 1000).toString(),
    encoder: (text, defaultEncoder, charset, type) => {
      const encoded = defaultEncoder(text, defaultEncoder, charset) as string;
      return type === 'key' ? encoded.replace(/%5B/g, '[').replace(/%5D/g, ']') : encoded;
    },
  });
}
