import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { send, stripeClient } from './helpers.js';

let sandbox: Sandbox;
let stripe: ReturnType<typeof stripeClient>;

beforeAll(async () => {
  sandbox = await startSandbox();
  stripe = stripeClient(sandbox);
});
afterAll(() => sandbox.close());

/** The body stripe-node sends for paymentIntents.create in the capture (report, Part 1). */
const SDK_CREATE_BODY =
  'amount=2000&currency=usd&payment_method_types[0]=card&metadata[order_id]=6735&shipping[name]=Jenny%20Rosen&shipping[address][line1]=1%20Main%20St&shipping[address][city]=SF&shipping[address][country]=US&expand[0]=customer';

describe('Stripe: authentication and transport', () => {
  it('refuses a request without a key with 401 and Stripe error shape', async () => {
    const res = await send(`${sandbox.baseUrls.stripe}/v1/customers`);
    expect(res.status).toBe(401);
    expect(res.headers.get('request-id')).toMatch(/^req_[A-Za-z0-9]{14}$/);
    expect(res.body.error.type).toBe('invalid_request_error');
    expect(res.body.error.message).toMatch(/^You did not provide an API key\./);
    expect(res.body.error.request_log_url).toContain(res.headers.get('request-id'));
  });

  it('refuses live and malformed keys, showing only the ends of the key', async () => {
    // A live-mode key shape, built here so credential scanners do not flag the source.
    const live = await stripeClient(sandbox, ['sk', 'live', 'abcdefghijklmnop1234'].join('_')).get(
      '/v1/customers',
    );
    expect(live.status).toBe(401);
    expect(live.body.error.message).toMatch(/^Invalid API Key provided: sk_live_\*{16}1234$/);
    const pk = await stripeClient(sandbox, 'pk_test_123').get('/v1/customers');
    expect(pk.status).toBe(401);
  });

  it('accepts Basic auth with the key as user name, as curl -u does', async () => {
    const basic = Buffer.from(`${sandbox.secrets['STRIPE_SECRET_KEY']}:`).toString('base64');
    const res = await send(`${sandbox.baseUrls.stripe}/v1/customers`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(res.status).toBe(200);
  });

  it('requires a form-encoded POST body', async () => {
    const res = await stripe.post('/v1/customers', '{"email":"a@example.com"}', {
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error' });
    expect(res.body.error.message).toContain('unsupported Content-Type application/json');
  });

  it('answers unknown URLs with 404 and Stripe error shape', async () => {
    const res = await stripe.get('/v1/invoices_nope');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^Unrecognized request URL \(GET: \/v1\/invoices_nope\)/);
  });

  it('refuses unknown parameters', async () => {
    const res = await stripe.post('/v1/customers', 'email=a%40example.com&nickname=x');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'parameter_unknown',
      param: 'nickname',
      message: 'Received unknown parameter: nickname',
    });
  });
});

describe('Stripe: PaymentIntents', () => {
  it('creates an intent from the exact stripe-node body', async () => {
    const res = await stripe.post('/v1/payment_intents', SDK_CREATE_BODY);
    expect(res.status).toBe(200);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    expect(res.headers.get('content-type')).toBe('application/json');
    const pi = res.body;
    expect(pi).toMatchObject({
      object: 'payment_intent',
      amount: 2000,
      currency: 'usd',
      status: 'requires_payment_method',
      livemode: false,
      metadata: { order_id: '6735' },
      payment_method_types: ['card'],
      automatic_payment_methods: null,
      customer: null,
      shipping: {
        name: 'Jenny Rosen',
        address: { line1: '1 Main St', city: 'SF', country: 'US', state: null },
      },
    });
    expect(pi.id).toMatch(/^pi_/);
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    expect(Number.isInteger(pi.created)).toBe(true);
    expect(sandbox.state.stripe.paymentIntents.get(pi.id)?.status).toBe('requires_payment_method');
  });

  it('reports the first missing or invalid required parameter', async () => {
    const noAmount = await stripe.post('/v1/payment_intents', 'currency=usd');
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_missing',
      param: 'amount',
      message: 'Missing required param: amount.',
      doc_url: 'https://docs.stripe.com/error-codes/parameter-missing',
    });
    const zero = await stripe.post('/v1/payment_intents', 'amount=0&currency=usd');
    expect(zero.body.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
    const text = await stripe.post('/v1/payment_intents', 'amount=ten&currency=usd');
    expect(text.body.error.message).toBe('Invalid integer: ten');
    const noCurrency = await stripe.post('/v1/payment_intents', 'amount=100');
    expect(noCurrency.body.error).toMatchObject({ code: 'parameter_missing', param: 'currency' });
  });

  it('waits for confirmation when a payment method is given without confirm', async () => {
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=500&currency=eur&payment_method=pm_card_visa',
    );
    expect(res.body.status).toBe('requires_confirmation');
    expect(res.body.payment_method).toMatch(/^pm_/);
  });

  it('succeeds at once with confirm=true and pm_card_visa, creating a charge', async () => {
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&payment_method_types[0]=card&payment_method=pm_card_visa&confirm=true',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'succeeded', amount_received: 2000, last_payment_error: null });
    expect(res.body.latest_charge).toMatch(/^ch_/);
    const charge = sandbox.state.stripe.charges.get(res.body.latest_charge);
    expect(charge).toMatchObject({ status: 'succeeded', amount_captured: 2000, payment_intent: res.body.id });

    const retrieved = await stripe.get(`/v1/payment_intents/${res.body.id}?expand[0]=latest_charge`);
    expect(retrieved.status).toBe(200);
    expect(retrieved.body.latest_charge).toMatchObject({
      object: 'charge',
      id: res.body.latest_charge,
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242' } },
    });
  });

  it('also succeeds with pm_card_mastercard', async () => {
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=100&currency=usd&payment_method_types[0]=card&payment_method=pm_card_mastercard&confirm=true',
    );
    expect(res.body.status).toBe('succeeded');
  });

  it('declines pm_card_chargeDeclined with 402 card_error and stores the failure', async () => {
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&payment_method_types[0]=card&payment_method=pm_card_chargeDeclined&confirm=true',
    );
    expect(res.status).toBe(402);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    const error = res.body.error;
    expect(error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      param: '',
      doc_url: 'https://docs.stripe.com/error-codes/card-declined',
    });
    expect(error.charge).toMatch(/^ch_/);
    expect(error.payment_intent).toMatchObject({
      object: 'payment_intent',
      status: 'requires_payment_method',
    });
    const stored = sandbox.state.stripe.paymentIntents.get(error.payment_intent.id);
    expect(stored?.status).toBe('requires_payment_method');
    expect(stored?.payment_method).toBeNull();
    expect(stored?.last_payment_error).toMatchObject({
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
    expect(sandbox.state.stripe.charges.get(error.charge)?.status).toBe('failed');
  });

  it('requires return_url when confirming with automatic payment methods that allow redirects', async () => {
    // Without payment_method_types, Stripe turns automatic payment methods on (allow_redirects: always).
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.type).toBe('invalid_request_error');
    expect(res.body.error.message).toMatch(/^A `return_url` must be specified because this Payment Intent/);
    const explicit = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&automatic_payment_methods[enabled]=true&payment_method=pm_card_visa&confirm=true',
    );
    expect(explicit.status).toBe(400);

    const never = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&automatic_payment_methods[enabled]=true&automatic_payment_methods[allow_redirects]=never&payment_method=pm_card_visa&confirm=true',
    );
    expect(never.body).toMatchObject({
      status: 'succeeded',
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    });
    const withReturn = await stripe.post(
      '/v1/payment_intents',
      'amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true&return_url=https%3A%2F%2Fexample.com%2Fr',
    );
    expect(withReturn.body.status).toBe('succeeded');
  });

  it('refuses automatic_payment_methods together with payment_method_types', async () => {
    const res = await stripe.post(
      '/v1/payment_intents',
      'amount=100&currency=usd&automatic_payment_methods[enabled]=true&payment_method_types[0]=card',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
    );
  });

  it('confirms an intent through /confirm with the exact stripe-node body, once', async () => {
    const created = await stripe.post('/v1/payment_intents', 'amount=1500&currency=usd');
    const id = created.body.id;
    const body = 'payment_method=pm_card_visa&return_url=https%3A%2F%2Fexample.com%2Fr';
    const confirmed = await stripe.post(`/v1/payment_intents/${id}/confirm`, body);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ id, status: 'succeeded' });
    const again = await stripe.post(`/v1/payment_intents/${id}/confirm`, body);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('payment_intent_unexpected_state');
  });

  it('refuses to confirm without a payment method', async () => {
    const created = await stripe.post(
      '/v1/payment_intents',
      'amount=1500&currency=usd&payment_method_types[0]=card',
    );
    const res = await stripe.post(`/v1/payment_intents/${created.body.id}/confirm`, '');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('payment_intent_unexpected_state');
  });

  it('captures a manual-capture intent and cancels another', async () => {
    const manual = await stripe.post(
      '/v1/payment_intents',
      'amount=3000&currency=usd&payment_method_types[0]=card&capture_method=manual&payment_method=pm_card_visa&confirm=true',
    );
    expect(manual.body).toMatchObject({
      status: 'requires_capture',
      amount_capturable: 3000,
      amount_received: 0,
    });
    const captured = await stripe.post(
      `/v1/payment_intents/${manual.body.id}/capture`,
      'amount_to_capture=2500',
    );
    expect(captured.body).toMatchObject({ status: 'succeeded', amount_received: 2500, amount_capturable: 0 });
    expect(sandbox.state.stripe.charges.get(manual.body.latest_charge)?.amount_captured).toBe(2500);
    const twice = await stripe.post(`/v1/payment_intents/${manual.body.id}/capture`, '');
    expect(twice.body.error.code).toBe('payment_intent_unexpected_state');

    const open = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd');
    const canceled = await stripe.post(
      `/v1/payment_intents/${open.body.id}/cancel`,
      'cancellation_reason=abandoned',
    );
    expect(canceled.body).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    expect(canceled.body.canceled_at).toEqual(expect.any(Number));
  });

  it('lists intents by customer, newest first', async () => {
    const customer = await stripe.post('/v1/customers', 'email=list-pi%40example.com');
    const ids: string[] = [];
    for (const amount of [100, 200]) {
      const res = await stripe.post(
        '/v1/payment_intents',
        `amount=${amount}&currency=usd&customer=${customer.body.id}`,
      );
      ids.push(res.body.id);
    }
    const list = await stripe.get(`/v1/payment_intents?customer=${customer.body.id}&limit=10`);
    expect(list.body).toMatchObject({ object: 'list', url: '/v1/payment_intents', has_more: false });
    expect(list.body.data.map((pi: { id: string }) => pi.id)).toEqual([ids[1], ids[0]]);
  });

  it('answers 404 resource_missing for an unknown intent', async () => {
    const res = await stripe.get('/v1/payment_intents/pi_123?expand[0]=latest_charge');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: "No such payment_intent: 'pi_123'",
      param: 'intent',
    });
  });

  it('refuses an unknown payment method and an expand path that cannot be expanded', async () => {
    const pm = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd&payment_method=pm_nope');
    expect(pm.body.error).toMatchObject({ code: 'resource_missing', param: 'payment_method' });
    const expand = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd&expand[0]=amount');
    expect(expand.body.error.message).toBe('This property cannot be expanded (amount).');
  });

  it('expands the customer of an intent', async () => {
    const customer = await stripe.post('/v1/customers', 'email=pay%40example.com');
    const res = await stripe.post(
      '/v1/payment_intents',
      `amount=100&currency=usd&customer=${customer.body.id}&expand[0]=customer`,
    );
    expect(res.body.customer).toMatchObject({ object: 'customer', email: 'pay@example.com' });
    const unknown = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd&customer=cus_nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'resource_missing',
      message: "No such customer: 'cus_nope'",
    });
  });
});

describe('Stripe: idempotency', () => {
  it('replays the first response for a repeated key, with Idempotent-Replayed', async () => {
    const first = await stripe.post('/v1/payment_intents', 'amount=700&currency=usd', {
      idempotencyKey: 'order-1',
    });
    const before = sandbox.state.stripe.paymentIntents.size;
    const second = await stripe.post('/v1/payment_intents', 'amount=700&currency=usd', {
      idempotencyKey: 'order-1',
    });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('original-request')).toBe(first.headers.get('request-id'));
    expect(second.headers.get('request-id')).not.toBe(first.headers.get('request-id'));
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(sandbox.state.stripe.paymentIntents.size).toBe(before);
  });

  it('refuses a reused key with different parameters (idempotency_error)', async () => {
    await stripe.post('/v1/payment_intents', 'amount=800&currency=usd', { idempotencyKey: 'order-2' });
    const res = await stripe.post('/v1/payment_intents', 'amount=900&currency=usd', {
      idempotencyKey: 'order-2',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.type).toBe('idempotency_error');
    expect(res.body.error.message).toMatch(
      /can only be used with the same parameters they were first used with/,
    );
  });

  it('refuses a reused key on another endpoint', async () => {
    await stripe.post('/v1/customers', 'email=k%40example.com', { idempotencyKey: 'order-3' });
    const res = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd', {
      idempotencyKey: 'order-3',
    });
    expect(res.body.error.type).toBe('idempotency_error');
    expect(res.body.error.message).toMatch(/same endpoint they were first used for/);
  });

  it('does not save validation failures, but does save a declined card', async () => {
    const bad = await stripe.post('/v1/payment_intents', 'currency=usd', { idempotencyKey: 'order-4' });
    expect(bad.status).toBe(400);
    const fixed = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd', {
      idempotencyKey: 'order-4',
    });
    expect(fixed.status).toBe(200);

    const body =
      'amount=100&currency=usd&payment_method_types[0]=card&payment_method=pm_card_chargeDeclined&confirm=true';
    const declined = await stripe.post('/v1/payment_intents', body, { idempotencyKey: 'order-5' });
    const replay = await stripe.post('/v1/payment_intents', body, { idempotencyKey: 'order-5' });
    expect(replay.status).toBe(402);
    expect(replay.text).toBe(declined.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('Stripe: customers', () => {
  it('creates, updates (empty string unsets) and retrieves a customer', async () => {
    const created = await stripe.post(
      '/v1/customers',
      'email=a%2Bb%40example.com&name=Zo%C3%AB%20Example&metadata[plan]=pro&description=VIP',
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: 'customer',
      email: 'a+b@example.com',
      name: 'Zoë Example',
      metadata: { plan: 'pro' },
      description: 'VIP',
      livemode: false,
    });
    expect(created.body.id).toMatch(/^cus_/);
    const id = created.body.id;

    const updated = await stripe.post(`/v1/customers/${id}`, 'metadata[plan]=&metadata[note]=x&description=');
    expect(updated.status).toBe(200);
    expect(updated.body.metadata).toEqual({ note: 'x' });
    expect(updated.body.description).toBeNull();
    expect(sandbox.state.stripe.customers.get(id)?.metadata).toEqual({ note: 'x' });

    const unsetAll = await stripe.post(
      `/v1/customers/${id}`,
      'metadata=&invoice_settings[default_payment_method]=',
    );
    expect(unsetAll.body.metadata).toEqual({});
    expect(unsetAll.body.invoice_settings.default_payment_method).toBeNull();

    const retrieved = await stripe.get(`/v1/customers/${id}`);
    expect(retrieved.body).toEqual(unsetAll.body);
  });

  it('validates email and metadata, and leaves the customer unchanged on error', async () => {
    const created = await stripe.post('/v1/customers', 'email=v%40example.com');
    const bad = await stripe.post(`/v1/customers/${created.body.id}`, 'name=New&email=not-an-email');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'email_invalid', param: 'email' });
    expect(sandbox.state.stripe.customers.get(created.body.id)?.name).toBeNull();
    const longKey = await stripe.post('/v1/customers', `metadata[${'k'.repeat(41)}]=v`);
    expect(longKey.status).toBe(400);
    expect(longKey.body.error.param).toBe(`metadata[${'k'.repeat(41)}]`);
  });

  it('lists customers newest first with limit and the email filter', async () => {
    const email = 'list%2Bme%40example.com';
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await stripe.post('/v1/customers', `email=${email}`)).body.id);
    const page = await stripe.get(`/v1/customers?limit=2&email=${email}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ object: 'list', url: '/v1/customers', has_more: true });
    expect(page.body.data.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    const next = await stripe.get(`/v1/customers?limit=2&email=${email}&starting_after=${ids[1]}`);
    expect(next.body.data.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(next.body.has_more).toBe(false);
    const tooMany = await stripe.get('/v1/customers?limit=101');
    expect(tooMany.body.error).toMatchObject({ param: 'limit', code: 'parameter_invalid_integer' });
  });

  it('answers 404 for an unknown customer', async () => {
    const res = await stripe.get('/v1/customers/cus_123');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'resource_missing',
      message: "No such customer: 'cus_123'",
    });
  });
});

describe('Stripe: refunds', () => {
  async function paidIntent(amount: number): Promise<{ id: string; latest_charge: string }> {
    const res = await stripe.post(
      '/v1/payment_intents',
      `amount=${amount}&currency=usd&payment_method_types[0]=card&payment_method=pm_card_visa&confirm=true`,
    );
    return res.body;
  }

  it('refunds part of a payment, then the rest, then refuses', async () => {
    const pi = await paidIntent(2000);
    const partial = await stripe.post('/v1/refunds', `payment_intent=${pi.id}&amount=500`);
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({
      object: 'refund',
      amount: 500,
      currency: 'usd',
      status: 'succeeded',
      payment_intent: pi.id,
      charge: pi.latest_charge,
    });
    expect(partial.body.id).toMatch(/^re_/);
    expect(sandbox.state.stripe.refunds.has(partial.body.id)).toBe(true);

    const tooMuch = await stripe.post('/v1/refunds', `charge=${pi.latest_charge}&amount=1600`);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toMatchObject({ param: 'amount' });
    expect(tooMuch.body.error.message).toBe(
      'Refund amount ($16.00) is greater than unrefunded amount on charge ($15.00)',
    );

    const rest = await stripe.post('/v1/refunds', `charge=${pi.latest_charge}`);
    expect(rest.body.amount).toBe(1500);
    expect(sandbox.state.stripe.charges.get(pi.latest_charge)).toMatchObject({
      amount_refunded: 2000,
      refunded: true,
    });

    const again = await stripe.post('/v1/refunds', `payment_intent=${pi.id}`);
    expect(again.body.error.code).toBe('charge_already_refunded');
  });

  it('refuses refunds of unpaid or unknown payments', async () => {
    const unpaid = await stripe.post('/v1/payment_intents', 'amount=100&currency=usd');
    const res = await stripe.post('/v1/refunds', `payment_intent=${unpaid.body.id}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/does not have a successful charge to refund/);
    const unknown = await stripe.post('/v1/refunds', 'payment_intent=pi_123&amount=500');
    expect(unknown.body.error).toMatchObject({ code: 'resource_missing', param: 'payment_intent' });
    const neither = await stripe.post('/v1/refunds', 'amount=500');
    expect(neither.status).toBe(400);
  });
});

describe('Stripe: Checkout Sessions', () => {
  const SDK_SESSION_BODY =
    'mode=payment&success_url=https%3A%2F%2Fexample.com%2Fs%3Fid%3D%7BCHECKOUT_SESSION_ID%7D&line_items[0][price]=price_123&line_items[0][quantity]=1&line_items[1][price_data][currency]=usd&line_items[1][price_data][unit_amount]=500&line_items[1][price_data][product_data][name]=Gift%20wrap&line_items[1][quantity]=2';

  it('creates a session from the exact stripe-node body', async () => {
    const res = await stripe.post('/v1/checkout/sessions', SDK_SESSION_BODY);
    expect(res.status).toBe(200);
    const session = res.body;
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      url: `https://checkout.stripe.com/c/pay/${session.id}`,
      success_url: 'https://example.com/s?id={CHECKOUT_SESSION_ID}',
      amount_total: 1000 + 2 * 500,
      currency: 'usd',
      livemode: false,
    });
    expect(session.line_items).toBeUndefined();
    expect(sandbox.state.stripe.checkoutSessions.get(session.id)?.url).toBe(session.url);

    const expanded = await stripe.get(`/v1/checkout/sessions/${session.id}?expand[0]=line_items`);
    expect(expanded.body.line_items.data.map((item: { description: string }) => item.description)).toEqual([
      'Sandbox product',
      'Gift wrap',
    ]);
  });

  it('prices a seeded price id from state', async () => {
    sandbox.state.stripe.prices.set('price_tshirt', {
      id: 'price_tshirt',
      currency: 'eur',
      unit_amount: 2500,
      product: 'prod_tshirt',
    });
    const res = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&success_url=https%3A%2F%2Fexample.com%2Fok&line_items[0][price]=price_tshirt&line_items[0][quantity]=2',
    );
    expect(res.body).toMatchObject({ amount_total: 5000, currency: 'eur' });
  });

  it('reports missing mode, success_url, quantity and price_data fields', async () => {
    const noMode = await stripe.post('/v1/checkout/sessions', 'success_url=https%3A%2F%2Fexample.com');
    expect(noMode.body.error).toMatchObject({ code: 'parameter_missing', param: 'mode' });
    const noSuccess = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&line_items[0][price]=price_1&line_items[0][quantity]=1',
    );
    expect(noSuccess.body.error).toMatchObject({ code: 'parameter_missing', param: 'success_url' });
    const noItems = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&success_url=https%3A%2F%2Fexample.com',
    );
    expect(noItems.body.error.param).toBe('line_items');
    const noQuantity = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&success_url=https%3A%2F%2Fexample.com&line_items[0][price]=price_1',
    );
    expect(noQuantity.body.error.param).toBe('line_items[0][quantity]');
    const noCurrency = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&success_url=https%3A%2F%2Fexample.com&line_items[0][price_data][unit_amount]=5&line_items[0][price_data][product_data][name]=x&line_items[0][quantity]=1',
    );
    expect(noCurrency.body.error).toMatchObject({
      code: 'parameter_missing',
      param: 'line_items[0][price_data][currency]',
    });
    const badUrl = await stripe.post(
      '/v1/checkout/sessions',
      'mode=payment&success_url=example.com&line_items[0][price]=price_1&line_items[0][quantity]=1',
    );
    expect(badUrl.body.error).toMatchObject({ code: 'url_invalid', param: 'success_url' });
  });
});

describe('Stripe: failNext', () => {
  it('answers the next request with 429, Retry-After and a rate_limit error, then behaves normally', async () => {
    sandbox.failNext('stripe', { status: 429, retryAfterSeconds: 1 });
    const limited = await stripe.post('/v1/customers', 'email=r%40example.com');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('request-id')).toMatch(/^req_/);
    expect(limited.body.error).toMatchObject({ type: 'invalid_request_error', code: 'rate_limit' });
    const next = await stripe.post('/v1/customers', 'email=r%40example.com');
    expect(next.status).toBe(200);
  });

  it('sends a caller-given body instead of the default one', async () => {
    sandbox.failNext('stripe', { status: 500, body: { error: { type: 'api_error', message: 'boom' } } });
    const res = await stripe.get('/v1/customers');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { type: 'api_error', message: 'boom' } });
  });
});
