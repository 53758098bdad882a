/**
 * The product docs ("Connect External Services" → Common Integration Examples → Stripe Payment Processing) show a
 * generic Custom API node config for creating a PaymentIntent. This file shows, byte for byte, what that config
 * sends and what our createPaymentIntent preset sends for the same intent, and asserts every difference.
 *
 * | | docs config | createPaymentIntent preset |
 * | --- | --- | --- |
 * | card as a payment method type | `payment_method_types[]=card` (a literal key with brackets) | `payment_method_types[0]=card` (indexed, as stripe-node sends it) |
 * | Stripe-Version | none: the account's default API version applies | `2026-10-28.endive` (stripe-node 23's pin; per call via `headers`) |
 * | Idempotency-Key | none: a retried POST could create a second PaymentIntent | a uuid v4, the same on every retry |
 * | Accept | none | `application/json`, as stripe-node |
 * | the key | written into the config | a `{{secrets.STRIPE_SECRET_KEY}}` reference, resolved at send time |
 *
 * Stripe's form decoder reads both `payment_method_types[]=card` and `payment_method_types[0]=card` as the list
 * ["card"]. But Stripe removed payment_method_types from PaymentIntent create/update/confirm in API version
 * 2026-09-30.endive (https://docs.stripe.com/changelog/endive/2026-09-30/removes-the-payment-method-types-parameter-from-payment-intents-and-setup-intents):
 * on the pinned version either form is refused with 400 payment_method_types_no_longer_supported, and the docs'
 * config only works while the account's default version is older. The preset keeps the field for callers who pin
 * an older Stripe-Version; the endive way to say "card only" is allowed_payment_method_types (asserted below).
 */
import { type CustomApiNodeConfig, executeNode, prepareRequest } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, createPaymentIntent } from '../generated/index.js';

const secrets = { STRIPE_SECRET_KEY: 'sk_test_fixture' };

/** The docs' config, with the hard-coded key replaced by a secret reference (the docs' own best practice). */
const docsConfig = (url = 'https://api.stripe.com/v1/payment_intents'): CustomApiNodeConfig => ({
  url,
  method: 'POST',
  headers: {
    Authorization: 'Bearer {{secrets.STRIPE_SECRET_KEY}}',
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: {
    amount: 2000,
    currency: 'usd',
    'payment_method_types[]': 'card',
  },
});

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

describe('the product docs’ Stripe example versus createPaymentIntent', () => {
  it('prepares a different body and headers for the same intent', async () => {
    const docs = await prepareRequest(docsConfig(), { secrets });
    const ours = await prepareRequest(
      createPaymentIntent({ amount: 2000, currency: 'usd', payment_method_types: ['card'] }),
      { secrets },
    );
    expect(docs.url).toBe('https://api.stripe.com/v1/payment_intents');
    expect(ours.url).toBe(docs.url);
    expect(docs.body).toBe('amount=2000&currency=usd&payment_method_types[]=card');
    expect(ours.body).toBe('amount=2000&currency=usd&payment_method_types[0]=card');
    expect(docs.headers).toEqual({
      authorization: 'Bearer sk_test_fixture',
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(ours.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'stripe-version': '2026-10-28.endive',
      authorization: 'Bearer sk_test_fixture',
    });
  });

  it('on the wire: ours adds Stripe-Version, Accept and an Idempotency-Key; the docs config sends none', async () => {
    const before = server.requests.length;
    const docsResult = await executeNode(docsConfig(`${server.origin}/v1/payment_intents`), { secrets });
    const oursResult = await connector.run(
      'createPaymentIntent',
      { amount: 2000, currency: 'usd', payment_method_types: ['card'] },
      { secrets, baseUrl: server.origin },
    );
    expect(docsResult.ok && oursResult.ok).toBe(true);
    const [docs, ours] = server.requests.slice(before);
    expect(docs?.url).toBe('/v1/payment_intents');
    expect(ours?.url).toBe('/v1/payment_intents');
    expect(docs?.body.toString()).toBe('amount=2000&currency=usd&payment_method_types[]=card');
    expect(ours?.body.toString()).toBe('amount=2000&currency=usd&payment_method_types[0]=card');

    const only = (a: object | undefined, b: object | undefined) =>
      Object.keys(a ?? {})
        .filter((name) => !(name in (b ?? {})))
        .sort();
    expect(only(ours?.headers, docs?.headers)).toEqual(['accept', 'idempotency-key', 'stripe-version']);
    expect(only(docs?.headers, ours?.headers)).toEqual([]);
    expect(ours?.headers['stripe-version']).toBe('2026-10-28.endive');
    expect(ours?.headers['idempotency-key']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect([docs?.headers['content-length'], ours?.headers['content-length']]).toEqual(['52', '53']);
    for (const name of ['authorization', 'content-type', 'host', 'connection'])
      expect(ours?.headers[name], name).toBe(docs?.headers[name]);
  });

  it('for the pinned endive version, the same intent is allowed_payment_method_types[0]=card', async () => {
    const ours = await prepareRequest(
      createPaymentIntent({ amount: 2000, currency: 'usd', allowed_payment_method_types: ['card'] }),
      { secrets },
    );
    expect(ours.body).toBe('amount=2000&currency=usd&allowed_payment_method_types[0]=card');
  });

  it('the docs form still works with an older Stripe-Version, sent per call', async () => {
    const config = createPaymentIntent(
      { amount: 2000, currency: 'usd', payment_method_types: ['card'] },
      { headers: { 'Stripe-Version': '2025-03-31.basil' } },
    );
    const prepared = await prepareRequest(config, { secrets });
    expect(prepared.headers['stripe-version']).toBe('2025-03-31.basil');
    expect(prepared.body).toBe('amount=2000&currency=usd&payment_method_types[0]=card');
  });
});
