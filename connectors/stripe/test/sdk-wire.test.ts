/**
 * Our presets against the official SDK (stripe-node 23.x, which pins Stripe-Version 2026-10-28.endive): both send
 * the same call to one local capture server, and the method, path and query, body bytes and headers must match.
 *
 * Headers left out of the comparison: User-Agent and X-Stripe-Client-User-Agent / X-Stripe-Client-Telemetry (the
 * SDK's own identification and telemetry), Accept-Encoding (core's HTTP transport asks for compressed responses
 * and decodes them; it says nothing to Stripe's API), and the Idempotency-Key value, which is random per call in
 * both (stripe-node: `stripe-node-retry-<uuid>`, core: a bare uuid v4; Stripe accepts any unique string of up to
 * 255 characters), so only its presence is compared — unless the caller gives one, then it must be equal.
 */
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConfirmPaymentIntentInput,
  type CreateCheckoutSessionInput,
  type CreateCustomerInput,
  type CreatePaymentIntentInput,
  type CreateRefundInput,
  connector,
  type ListCustomersInput,
  type StripeOperationInputs,
  type UpdateCustomerInput,
} from '../generated/index.js';

const KEY = 'sk_test_fixture';
const secrets = { STRIPE_SECRET_KEY: KEY };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NOT_COMPARED = new Set([
  'user-agent',
  'x-stripe-client-user-agent',
  'x-stripe-client-telemetry',
  'accept-encoding',
  'idempotency-key',
]);

let server: CaptureServer;
let stripe: Stripe;
beforeAll(async () => {
  server = await startCaptureServer();
  stripe = sdk();
});
afterAll(() => server.close());

function sdk(config: Partial<Stripe.StripeConfig> = {}): Stripe {
  return new Stripe(KEY, {
    host: '127.0.0.1',
    port: new URL(server.origin).port,
    protocol: 'http',
    telemetry: false,
    maxNetworkRetries: 0,
    ...config,
  });
}

function comparable(request: CapturedRequest) {
  return {
    method: request.method,
    url: request.url,
    body: request.body.toString('latin1'),
    headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => !NOT_COMPARED.has(name))),
  };
}

/** Runs the SDK call, then our operation, against the same server; returns both requests as they arrived. */
async function both<K extends keyof StripeOperationInputs>(
  sdkCall: () => Promise<unknown>,
  operation: K,
  input: StripeOperationInputs[K],
  options: { headers?: Record<string, string>; idempotencyKey?: string } = {},
): Promise<{ theirs: CapturedRequest; ours: CapturedRequest }> {
  const before = server.requests.length;
  await sdkCall();
  const result = await connector.run(operation, input, {
    secrets,
    baseUrl: server.origin,
    retry: { limit: 0 },
    ...options,
  });
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  const [theirs, ours] = server.requests.slice(before);
  if (!theirs || !ours) throw new Error('expected two requests');
  return { theirs, ours };
}

/** The same call on the wire: method, target, body bytes and headers (see the top of this file for exclusions). */
async function expectSameWire<K extends keyof StripeOperationInputs>(
  sdkCall: () => Promise<unknown>,
  operation: K,
  input: StripeOperationInputs[K],
  options: { headers?: Record<string, string>; idempotencyKey?: string } = {},
): Promise<{ theirs: CapturedRequest; ours: CapturedRequest }> {
  const pair = await both(sdkCall, operation, input, options);
  expect(comparable(pair.ours)).toEqual(comparable(pair.theirs));
  const theirKey = pair.theirs.headers['idempotency-key'];
  const ourKey = pair.ours.headers['idempotency-key'];
  if (pair.theirs.method === 'POST') {
    expect(theirKey).toMatch(/^stripe-node-retry-/);
    expect(ourKey).toMatch(UUID_V4);
  } else {
    expect(theirKey).toBeUndefined();
    expect(ourKey).toBeUndefined();
  }
  return pair;
}

describe('payment intents, as stripe-node sends them', () => {
  it('create: nested objects, booleans, metadata and expand', async () => {
    const params = {
      amount: 2000,
      currency: 'usd',
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      metadata: { order_id: '6735' },
      shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'SF', country: 'US' } },
      expand: ['customer'],
    } satisfies CreatePaymentIntentInput;
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.create(params),
      'createPaymentIntent',
      params,
    );
    expect(ours.body.toString()).toBe(
      'amount=2000&currency=usd&automatic_payment_methods[enabled]=true&automatic_payment_methods[allow_redirects]=never&metadata[order_id]=6735&shipping[name]=Jenny%20Rosen&shipping[address][line1]=1%20Main%20St&shipping[address][city]=SF&shipping[address][country]=US&expand[0]=customer',
    );
  });

  it('create: the SDK capture’s own params, legacy payment_method_types included (indexed, not [])', async () => {
    // stripe-node 23's types no longer list payment_method_types (removed in 2026-09-30.endive), but it still
    // encodes whatever it is given; so do we. See README: with the pinned version Stripe refuses this parameter.
    const params = {
      amount: 2000,
      currency: 'usd',
      payment_method_types: ['card'],
      metadata: { order_id: '6735' },
      shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'SF', country: 'US' } },
      expand: ['customer'],
    } satisfies CreatePaymentIntentInput;
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.create(params as Stripe.PaymentIntentCreateParams),
      'createPaymentIntent',
      params,
    );
    expect(ours.body.toString()).toBe(
      'amount=2000&currency=usd&payment_method_types[0]=card&metadata[order_id]=6735&shipping[name]=Jenny%20Rosen&shipping[address][line1]=1%20Main%20St&shipping[address][city]=SF&shipping[address][country]=US&expand[0]=customer',
    );
  });

  it('create: special characters, off_session as text, allowed payment method types', async () => {
    const params = {
      amount: 1500,
      currency: 'eur',
      customer: 'cus_123',
      description: "It's (a) *special* order! Zoë ✓ 100% & more ~ ok",
      receipt_email: 'a+b@example.com',
      metadata: { 'key with space': 'v&w=x', note: '¿Qué? 1+1=2 #hash /slash' },
      allowed_payment_method_types: ['card', 'sepa_debit'],
      confirm: true,
      off_session: 'recurring',
      return_url: 'https://example.com/return?order=6735&step=2',
      statement_descriptor_suffix: 'ORDER 6735',
    } satisfies CreatePaymentIntentInput;
    await expectSameWire(() => stripe.paymentIntents.create(params), 'createPaymentIntent', params);
  });

  it('retrieve: expand in the query', async () => {
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.retrieve('pi_123', { expand: ['latest_charge'] }),
      'retrievePaymentIntent',
      { id: 'pi_123', expand: ['latest_charge'] },
    );
    expect(ours.url).toBe('/v1/payment_intents/pi_123?expand[0]=latest_charge');
    // stripe-node sends Content-Type on GETs too (no body, no Content-Length); so do we.
    expect(ours.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(ours.headers['content-length']).toBeUndefined();
  });

  it('retrieve: client_secret and several expands', async () => {
    await expectSameWire(
      () =>
        stripe.paymentIntents.retrieve('pi_123', {
          client_secret: 'pi_123_secret_a+b',
          expand: ['latest_charge', 'customer'],
        }),
      'retrievePaymentIntent',
      { id: 'pi_123', client_secret: 'pi_123_secret_a+b', expand: ['latest_charge', 'customer'] },
    );
  });

  it('confirm: the id goes into the path, the rest into the body', async () => {
    const params = {
      payment_method: 'pm_card_visa',
      return_url: 'https://example.com/r',
    } satisfies Omit<ConfirmPaymentIntentInput, 'id'>;
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.confirm('pi_123', params),
      'confirmPaymentIntent',
      { id: 'pi_123', ...params },
    );
    expect(ours.url).toBe('/v1/payment_intents/pi_123/confirm');
    expect(ours.body.toString()).toBe('payment_method=pm_card_visa&return_url=https%3A%2F%2Fexample.com%2Fr');
  });

  it('confirm: no parameters is an empty body (Content-Length: 0)', async () => {
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.confirm('pi_123'),
      'confirmPaymentIntent',
      { id: 'pi_123' },
    );
    expect(ours.headers['content-length']).toBe('0');
  });

  it('confirm: empty strings clear fields (Stripe’s unset)', async () => {
    const params = {
      receipt_email: '',
      setup_future_usage: '',
      shipping: '',
      off_session: true,
    } satisfies Omit<ConfirmPaymentIntentInput, 'id'>;
    const { ours } = await expectSameWire(
      () => stripe.paymentIntents.confirm('pi_123', params),
      'confirmPaymentIntent',
      { id: 'pi_123', ...params },
    );
    expect(ours.body.toString()).toBe('receipt_email=&setup_future_usage=&shipping=&off_session=true');
  });
});

describe('customers, as stripe-node sends them', () => {
  it('create: +, @ and UTF-8 percent-encoded', async () => {
    const params = {
      email: 'a+b@example.com',
      name: 'Zoë Example',
      metadata: { plan: 'pro' },
    } satisfies CreateCustomerInput;
    const { ours } = await expectSameWire(() => stripe.customers.create(params), 'createCustomer', params);
    expect(ours.body.toString()).toBe('email=a%2Bb%40example.com&name=Zo%C3%AB%20Example&metadata[plan]=pro');
  });

  it('create: address, invoice settings with an array of objects, locales', async () => {
    const params = {
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      phone: '+1 (555) 010-0000',
      description: "VIP — met at the 'Expo' (2026)",
      address: {
        line1: '510 Townsend St',
        city: 'San Francisco',
        state: 'CA',
        postal_code: '94103',
        country: 'US',
      },
      payment_method: 'pm_card_visa',
      invoice_settings: {
        default_payment_method: 'pm_card_visa',
        custom_fields: [{ name: 'PO', value: 'A/B 12' }],
      },
      preferred_locales: ['en', 'fr-CA'],
      tax_exempt: 'none',
      balance: -500,
      expand: ['tax'],
    } satisfies CreateCustomerInput;
    await expectSameWire(() => stripe.customers.create(params), 'createCustomer', params);
  });

  it('create for a connected account: Stripe-Account through the headers option', async () => {
    const { ours } = await expectSameWire(
      () => stripe.customers.create({ email: 'c@example.com' }, { stripeAccount: 'acct_123' }),
      'createCustomer',
      { email: 'c@example.com' },
      { headers: { 'Stripe-Account': 'acct_123' } },
    );
    expect(ours.headers['stripe-account']).toBe('acct_123');
  });

  it('update: an empty metadata value unsets that key', async () => {
    const params = { metadata: { plan: '', note: 'x' } } satisfies Omit<UpdateCustomerInput, 'id'>;
    const { ours } = await expectSameWire(
      () => stripe.customers.update('cus_123', params),
      'updateCustomer',
      { id: 'cus_123', ...params },
    );
    expect(ours.body.toString()).toBe('metadata[plan]=&metadata[note]=x');
  });

  it("update: ! ' ( ) * encoded, ~ kept, bracket contents encoded, nested empty value", async () => {
    const params = {
      description: "It's (a) test *~! é",
      metadata: { 'key with space': 'v&w=x' },
      preferred_locales: ['en', 'fr'],
      tax_exempt: 'none',
      invoice_settings: { default_payment_method: '' },
    } satisfies Omit<UpdateCustomerInput, 'id'>;
    const { ours } = await expectSameWire(
      () => stripe.customers.update('cus_123', params),
      'updateCustomer',
      { id: 'cus_123', ...params },
    );
    expect(ours.body.toString()).toBe(
      'description=It%27s%20%28a%29%20test%20%2A~%21%20%C3%A9&metadata[key%20with%20space]=v%26w%3Dx&preferred_locales[0]=en&preferred_locales[1]=fr&tax_exempt=none&invoice_settings[default_payment_method]=',
    );
  });

  it('update: "" unsets whole fields (metadata, description, address, tax_exempt)', async () => {
    const params = {
      metadata: '',
      description: '',
      address: '',
      tax_exempt: '',
    } satisfies Omit<UpdateCustomerInput, 'id'>;
    const { ours } = await expectSameWire(
      () => stripe.customers.update('cus_123', params),
      'updateCustomer',
      { id: 'cus_123', ...params },
    );
    expect(ours.body.toString()).toBe('metadata=&description=&address=&tax_exempt=');
  });

  it('retrieve for a connected account (GET with Stripe-Account)', async () => {
    await expectSameWire(
      () => stripe.customers.retrieve('cus_123', {}, { stripeAccount: 'acct_123' }),
      'retrieveCustomer',
      { id: 'cus_123' },
      { headers: { 'Stripe-Account': 'acct_123' } },
    );
  });

  it('retrieve with expand', async () => {
    await expectSameWire(
      () => stripe.customers.retrieve('cus_123', { expand: ['default_source'] }),
      'retrieveCustomer',
      { id: 'cus_123', expand: ['default_source'] },
    );
  });

  it('list: limit and a percent-encoded email filter in the query', async () => {
    const params = { limit: 3, email: 'a+b@example.com' } satisfies ListCustomersInput;
    const { ours } = await expectSameWire(() => stripe.customers.list(params), 'listCustomers', params);
    expect(ours.url).toBe('/v1/customers?limit=3&email=a%2Bb%40example.com');
  });

  it('list: cursor, created range and expand (keys in the operation’s documented order)', async () => {
    // A GET's query follows the operation's key order (limit, email, starting_after, ending_before, created,
    // test_clock, expand); stripe-node follows the caller's. Stripe reads them by name, so the SDK is called with
    // the same order here.
    const params = {
      limit: 100,
      starting_after: 'cus_abc',
      created: { gte: 1700000000, lt: 1710000000 },
      expand: ['data.default_source'],
    } satisfies ListCustomersInput;
    const { ours } = await expectSameWire(() => stripe.customers.list(params), 'listCustomers', params);
    expect(ours.url).toBe(
      '/v1/customers?limit=100&starting_after=cus_abc&created[gte]=1700000000&created[lt]=1710000000&expand[0]=data.default_source',
    );
  });

  it('list: no parameters, no query string', async () => {
    const { ours } = await expectSameWire(() => stripe.customers.list(), 'listCustomers', {});
    expect(ours.url).toBe('/v1/customers');
  });
});

describe('refunds and Checkout Sessions, as stripe-node sends them', () => {
  it('refund: partial, by PaymentIntent', async () => {
    const params = { payment_intent: 'pi_123', amount: 500 } satisfies CreateRefundInput;
    const { ours } = await expectSameWire(() => stripe.refunds.create(params), 'createRefund', params);
    expect(ours.body.toString()).toBe('payment_intent=pi_123&amount=500');
  });

  it('refund: a caller’s idempotency key is sent as given, like the SDK’s idempotencyKey option', async () => {
    const params = { payment_intent: 'pi_123', amount: 500 } satisfies CreateRefundInput;
    const { theirs, ours } = await both(
      () => stripe.refunds.create(params, { idempotencyKey: 'order-6735-refund-1' }),
      'createRefund',
      params,
      { idempotencyKey: 'order-6735-refund-1' },
    );
    expect(comparable(ours)).toEqual(comparable(theirs));
    expect(ours.headers['idempotency-key']).toBe('order-6735-refund-1');
    expect(theirs.headers['idempotency-key']).toBe('order-6735-refund-1');
  });

  it('refund: by charge, with reason and metadata', async () => {
    const params = {
      charge: 'ch_123',
      reason: 'requested_by_customer',
      metadata: { ticket: '#42 (email)' },
    } satisfies CreateRefundInput;
    await expectSameWire(() => stripe.refunds.create(params), 'createRefund', params);
  });

  it('checkout session: line items by price and by inline price_data; {CHECKOUT_SESSION_ID} encoded', async () => {
    const params = {
      mode: 'payment',
      success_url: 'https://example.com/s?id={CHECKOUT_SESSION_ID}',
      line_items: [
        { price: 'price_123', quantity: 1 },
        {
          price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Gift wrap' } },
          quantity: 2,
        },
      ],
    } satisfies CreateCheckoutSessionInput;
    const { ours } = await expectSameWire(
      () => stripe.checkout.sessions.create(params),
      'createCheckoutSession',
      params,
    );
    expect(ours.body.toString()).toBe(
      'mode=payment&success_url=https%3A%2F%2Fexample.com%2Fs%3Fid%3D%7BCHECKOUT_SESSION_ID%7D&line_items[0][price]=price_123&line_items[0][quantity]=1&line_items[1][price_data][currency]=usd&line_items[1][price_data][unit_amount]=500&line_items[1][price_data][product_data][name]=Gift%20wrap&line_items[1][quantity]=2',
    );
  });

  it('checkout session: subscription with a recurring inline price and the usual extras', async () => {
    const params = {
      mode: 'subscription',
      success_url: 'https://example.com/thanks',
      cancel_url: 'https://example.com/cart',
      customer_email: 'a+b@example.com',
      client_reference_id: 'user 42',
      allow_promotion_codes: true,
      line_items: [
        {
          price_data: {
            currency: 'eur',
            unit_amount: 990,
            product_data: { name: 'Pro plan', description: 'Monthly (billed) — cancel anytime!' },
            recurring: { interval: 'month', interval_count: 1 },
          },
          quantity: 1,
        },
      ],
      allowed_payment_method_types: ['card'],
      subscription_data: { trial_period_days: 14, metadata: { plan: 'pro' } },
      metadata: { source: 'chat' },
    } satisfies CreateCheckoutSessionInput;
    await expectSameWire(() => stripe.checkout.sessions.create(params), 'createCheckoutSession', params);
  });
});

describe('versions and deliberate differences', () => {
  it('a per-call Stripe-Version (headers option) matches the SDK’s apiVersion setting', async () => {
    const version: string = '2025-03-31.basil';
    const older = sdk({ apiVersion: version as NonNullable<Stripe.StripeConfig['apiVersion']> });
    const { ours } = await expectSameWire(
      () => older.customers.retrieve('cus_123'),
      'retrieveCustomer',
      { id: 'cus_123' },
      { headers: { 'Stripe-Version': '2025-03-31.basil' } },
    );
    expect(ours.headers['stripe-version']).toBe('2025-03-31.basil');
  });

  it("path ids: we also encode ! ' ( ) * (stripe-node leaves them as encodeURIComponent does)", async () => {
    // Both are valid percent-encodings of the same id and decode to the same value; core encodes every path value
    // strictly (RFC 3986 unreserved characters only) for all connectors. Stripe ids (pi_…, cus_…) never contain
    // these characters, so real calls are byte-identical.
    const { theirs, ours } = await both(
      () => stripe.paymentIntents.retrieve("pi 1/2 (test)!*'"),
      'retrievePaymentIntent',
      { id: "pi 1/2 (test)!*'" },
    );
    expect(theirs.url).toBe("/v1/payment_intents/pi%201%2F2%20(test)!*'");
    expect(ours.url).toBe('/v1/payment_intents/pi%201%2F2%20%28test%29%21%2A%27');
    expect(decodeURIComponent(ours.url)).toBe(decodeURIComponent(theirs.url));
  });

  it('path ids: "." and ".." are refused before sending (stripe-node would send /v1/customers/..)', async () => {
    const result = await connector.run('retrieveCustomer', { id: '..' }, { secrets, baseUrl: server.origin });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'input' } });
  });
});
