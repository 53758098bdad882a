import fc from 'fast-check';
import qs from 'qs';
import { describe, expect, it } from 'vitest';
import { encodeQueryAs, formUrlencode } from '../src/encoding/query-encoding.js';
import { type ArrayFormat, encodeForm, encodeQuery } from '../src/index.js';

/**
 * Core writes form bodies and query strings with its own encoder; qs (what stripe-node uses) stays the oracle. These
 * properties hold the bytes equal to qs with the options core used to pass it, for every array format.
 */
const serializeDate = (date: Date) => Math.floor(date.getTime() / 1000).toString();

/** qs's encoder with brackets literal where `literal` says (the wrapper core passed qs before it had its own). */
function qsEncoder(literal: (type: 'key' | 'value') => boolean) {
  return (value: unknown, defaultEncoder: qs.defaultEncoder, charset: string, type: 'key' | 'value') => {
    const encoded = (defaultEncoder as (...args: unknown[]) => string)(
      value,
      defaultEncoder,
      charset,
      type,
      'RFC3986',
    );
    return literal(type) ? encoded.replace(/%5B/g, '[').replace(/%5D/g, ']') : encoded;
  };
}

const oracleForm = (data: object, arrayFormat: ArrayFormat) =>
  qs.stringify(data, { arrayFormat, format: 'RFC3986', serializeDate, encoder: qsEncoder(() => true) });
const oracleQuery = (data: object, arrayFormat: ArrayFormat) =>
  arrayFormat === 'indices'
    ? oracleForm(data, arrayFormat)
    : qs.stringify(data, {
        arrayFormat,
        format: 'RFC3986',
        serializeDate,
        encoder: qsEncoder((type) => type === 'key'),
      });

const formats: ArrayFormat[] = ['indices', 'brackets', 'repeat', 'comma'];

// Keys and text with the characters that matter: brackets, reserved and non-ASCII characters, emoji, lone surrogates.
const text = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('[', ']', 'a[b]', 'x[]', '%5B', ' ', '+', '&=', "!'()*", '✓', 'Zoë', '\uD800', '🙂'),
);
const leaf = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(text, tie('node'), { maxKeys: 4 }),
  ),
}));
const data = fc.dictionary(text, tree.node, { maxKeys: 5 });

describe('the form encoder is byte-equal to qs (the oracle)', () => {
  for (const arrayFormat of formats) {
    it(`writes form bodies as qs does with ${arrayFormat} arrays, nested objects and Stripe's conventions`, () => {
      fc.assert(
        fc.property(data, (value) => {
          expect(encodeForm(value, arrayFormat)).toBe(oracleForm(value, arrayFormat));
        }),
        { numRuns: 400 },
      );
    });

    it(`writes query strings as qs does with ${arrayFormat} arrays (brackets literal in keys only)`, () => {
      fc.assert(
        fc.property(data, (value) => {
          expect(encodeQuery(value, arrayFormat)).toBe(oracleQuery(value, arrayFormat));
        }),
        { numRuns: 400 },
      );
    });
  }

  for (const arrayFormat of formats) {
    it(`writes urlSearchParams query strings as qs does with the WHATWG encoder and ${arrayFormat} arrays`, () => {
      const whatwg = (value: unknown) => formUrlencode(typeof value === 'string' ? value : String(value));
      fc.assert(
        fc.property(data, (value) => {
          expect(encodeQueryAs(value, arrayFormat, 'urlSearchParams')).toBe(
            qs.stringify(value, { arrayFormat, format: 'RFC3986', serializeDate, encoder: whatwg }),
          );
        }),
        { numRuns: 300 },
      );
    });
  }

  it('agrees with qs on a Stripe payment intent with line items, metadata, expand and unset fields', () => {
    const intent = {
      amount: 2000,
      currency: 'usd',
      description: "Zoë's order (#6735) ✓",
      metadata: { order_id: '6735', note: 'a&b=c', empty: '', cleared: null },
      expand: ['customer', 'latest_charge'],
      'payment_method_types[]': 'card',
      line_items: [{ price_data: { unit_amount: 500, product_data: { name: 'Gift wrap' } }, quantity: 1 }],
      skipped: undefined,
      confirm: true,
      created: new Date('2026-10-21T07:28:00.999Z'),
    };
    for (const arrayFormat of formats)
      expect(encodeForm(intent, arrayFormat)).toBe(oracleForm(intent, arrayFormat));
    expect(encodeForm(intent)).toContain('metadata[cleared]=&');
  });

  it('refuses a cyclic value as qs does', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => oracleForm(cyclic, 'indices')).toThrow(RangeError);
    expect(() => encodeForm(cyclic)).toThrow(new RangeError('Cyclic object value'));
  });
});
