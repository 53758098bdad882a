import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import fc from 'fast-check';
import qs from 'qs';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeForm, prepareRequest } from '../src/index.js';

describe('form encoding, Stripe convention', () => {
  it('encodes nested metadata as bracket keys', () => {
    expect(encodeForm({ metadata: { order_id: '6735', plan: 'pro' } })).toBe(
      'metadata[order_id]=6735&metadata[plan]=pro',
    );
  });

  it('encodes arrays with indices and arrays of objects with indexed brackets', () => {
    expect(encodeForm({ payment_method_types: ['card', 'link'], expand: ['customer'] })).toBe(
      'payment_method_types[0]=card&payment_method_types[1]=link&expand[0]=customer',
    );
    expect(
      encodeForm({
        line_items: [
          { price: 'price_1', quantity: 2 },
          {
            price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Gift wrap' } },
            quantity: 1,
          },
        ],
      }),
    ).toBe(
      'line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price_data][currency]=usd&' +
        'line_items[1][price_data][unit_amount]=500&line_items[1][price_data][product_data][name]=Gift%20wrap&' +
        'line_items[1][quantity]=1',
    );
  });

  it("encodes spaces as %20 and percent-encodes ! ' ( ) *", () => {
    expect(encodeForm({ description: "it's (really) great! *" })).toBe(
      'description=it%27s%20%28really%29%20great%21%20%2A',
    );
  });

  it('sends null and empty string as key= (unset) and omits undefined, [] and {}', () => {
    expect(encodeForm({ a: null, b: '', c: undefined, d: [], e: {}, f: 'x' })).toBe('a=&b=&f=x');
  });

  it('writes booleans as true/false and keeps a literal bracket key', () => {
    expect(encodeForm({ confirm: true, off_session: false, 'payment_method_types[]': 'card' })).toBe(
      'confirm=true&off_session=false&payment_method_types[]=card',
    );
  });

  it('encodes non-ASCII text as UTF-8 and reserved characters in values', () => {
    expect(encodeForm({ email: 'a+b@example.com', name: 'Zoë ✓', q: 'x&y=z' })).toBe(
      'email=a%2Bb%40example.com&name=Zo%C3%AB%20%E2%9C%93&q=x%26y%3Dz',
    );
  });

  it('supports the other array formats', () => {
    expect(encodeForm({ a: ['1', '2'] }, 'repeat')).toBe('a=1&a=2');
    expect(encodeForm({ a: ['1', '2'] }, 'brackets')).toBe('a[]=1&a[]=2');
    expect(encodeForm({ a: ['1', '2'] }, 'comma')).toBe('a=1%2C2');
  });

  it('round-trips string data through qs (property, within qs parse limits: depth ≤ 5, arrays ≤ 20)', () => {
    const key = fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((k) => !/[[\]]/.test(k) && !/^\d+$/.test(k) && !(k in Object.prototype));
    const leaf = fc.string({ maxLength: 12 }).filter((s) => s.length > 0);
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('node'), { minLength: 1, maxLength: 20 }),
        fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
      ),
    }));
    const data = fc.dictionary(key, tree.node, { minKeys: 1, maxKeys: 4 });
    const depth = (value: unknown): number =>
      value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
    fc.assert(
      fc.property(
        data.filter((d) => depth(d) <= 5),
        (value) => {
          const parsed = qs.parse(encodeForm(value), { depth: 5, arrayLimit: 20, parameterLimit: 10_000 });
          expect(parsed).toEqual(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('form encoding matches what stripe-node sends, byte for byte', () => {
  let server: CaptureServer;
  let stripe: Stripe;

  beforeAll(async () => {
    server = await startCaptureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_test' });
      response.end('{"id":"obj_123","object":"payment_intent"}');
    });
    const { port } = new URL(server.origin);
    stripe = new Stripe('sk_test_wire', {
      host: '127.0.0.1',
      port: Number(port),
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
  });
  afterAll(() => server.close());

  async function stripeBytes(send: () => Promise<unknown>): Promise<string> {
    const before = server.requests.length;
    await send();
    const request = server.requests[before];
    if (!request) throw new Error('stripe-node sent nothing');
    return request.body.toString('utf8');
  }

  async function ourBytes(body: Record<string, unknown>): Promise<string> {
    const prepared = await prepareRequest({
      url: `${server.origin}/v1/x`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    return prepared.body as string;
  }

  const cases: Array<[string, Record<string, unknown>]> = [
    [
      'nested metadata and a shipping address',
      {
        amount: 2000,
        currency: 'usd',
        metadata: { order_id: '6735', note: "Zoë's order (gift) *fragile*!" },
        shipping: {
          name: 'Jenny Rosen',
          address: {
            line1: '510 Townsend St',
            city: 'San Francisco',
            state: 'CA',
            postal_code: '94103',
            country: 'US',
          },
        },
        payment_method_types: ['card'],
        automatic_payment_methods: undefined,
        confirm: true,
        expand: ['customer', 'latest_charge'],
      },
    ],
    [
      'line items with price and price_data',
      {
        mode: 'payment',
        success_url: 'https://example.com/success?session_id={CHECKOUT_SESSION_ID}',
        line_items: [
          { price: 'price_123', quantity: 1 },
          {
            price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Gift wrap' } },
            quantity: 2,
          },
        ],
      },
    ],
    ['unsetting fields with empty strings', { description: '', metadata: { order_id: '', keep: 'yes' } }],
    [
      'special characters',
      { description: 'a+b=c&d; 100% [sure] ~ok~ "quoted" <tag> #hash é ✓ 😀', email: 'a+b@example.com' },
    ],
  ];

  for (const [name, params] of cases) {
    it(`sends the same bytes as stripe-node: ${name}`, async () => {
      const sdk = await stripeBytes(() =>
        stripe.paymentIntents.create(params as unknown as Stripe.PaymentIntentCreateParams),
      );
      expect(await ourBytes(params)).toBe(sdk);
    });
  }

  it('sends the same query string as stripe-node for a GET list call', async () => {
    const before = server.requests.length;
    await stripe.customers.list({ limit: 3, email: 'a+b@example.com' });
    const sent = server.requests[before]?.url ?? '';
    const prepared = await prepareRequest({
      url: `${server.origin}/v1/customers`,
      query: { limit: 3, email: 'a+b@example.com' },
      queryArrayFormat: 'indices',
    });
    expect(sent).toBe('/v1/customers?limit=3&email=a%2Bb%40example.com');
    expect(new URL(prepared.url).pathname + new URL(prepared.url).search).toBe(sent);
  });
});
