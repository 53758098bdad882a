/**
 * The Stripe connector: the golden fixtures (every operation prepares exactly the documented request and delivers
 * it byte for byte to a local server), plus what the connector's manifest adds at run time: Stripe's error shape,
 * Request-Id, Stripe-Should-Retry, one idempotency key across retries, and the per-call Stripe-Version and
 * Stripe-Account headers.
 */
import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { type CapturedRequest, describeConnectorFixtures, startCaptureServer } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import { connector, createPaymentIntent, createRefund, retrievePaymentIntent } from '../generated/index.js';

const secrets = { STRIPE_SECRET_KEY: 'sk_test_fixture' };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** No waiting between retries in these tests. */
const fast = { random: () => 0 };

describe('stripe connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets,
  });
});

describe('stripe presets', () => {
  it('hold a secret reference, the pinned Stripe-Version and form encoding, never a secret value', () => {
    const config = createPaymentIntent({ amount: 2000, currency: 'usd' });
    expect(config).toEqual({
      url: 'https://api.stripe.com/v1/payment_intents',
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        'Stripe-Version': '2026-10-28.endive',
      },
      body: { amount: 2000, currency: 'usd' },
      formArrayFormat: 'indices',
      queryArrayFormat: 'indices',
      auth: { type: 'bearer', token: '{{secrets.STRIPE_SECRET_KEY}}' },
      allowedHosts: ['api.stripe.com'],
    });
  });

  it('keep the caller’s key order in the body, as stripe-node does', () => {
    const config = createRefund({ amount: 500, payment_intent: 'pi_123' });
    expect(Object.keys(config.body as object)).toEqual(['amount', 'payment_intent']);
  });

  it('never resolve input text as a reference or a secret', async () => {
    const prepared = await prepareRequest(
      createPaymentIntent({ amount: 1, currency: 'usd', description: '{{secrets.STRIPE_SECRET_KEY}}' }),
      { secrets },
    );
    expect(prepared.body).toBe('amount=1&currency=usd&description=%7B%7Bsecrets.STRIPE_SECRET_KEY%7D%7D');
  });

  it('take a per-call Stripe-Version and Stripe-Account through the headers option', async () => {
    const config = retrievePaymentIntent(
      { id: 'pi_123' },
      { headers: { 'Stripe-Version': '2025-03-31.basil', 'Stripe-Account': 'acct_123' } },
    );
    const prepared = await prepareRequest(config, { secrets });
    expect(prepared.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'stripe-version': '2025-03-31.basil',
      'stripe-account': 'acct_123',
      authorization: 'Bearer sk_test_fixture',
    });
  });
});

/** A local Stripe stand-in that answers with the given responses in turn (the last one repeats). */
async function stripeServer(
  responses: Array<{ status: number; headers?: Record<string, string>; body: unknown }>,
): Promise<Awaited<ReturnType<typeof startCaptureServer>>> {
  let next = 0;
  return startCaptureServer((_request: CapturedRequest, response) => {
    const answer = responses[Math.min(next++, responses.length - 1)]!;
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  });
}

const declined = {
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
    param: '',
    payment_intent: { id: 'pi_123', object: 'payment_intent', status: 'requires_payment_method' },
    doc_url: 'https://docs.stripe.com/error-codes/card-declined',
  },
};

describe('stripe responses', () => {
  it('surface a 402 card_declined with its code, type, request id and the whole body', async () => {
    const server = await stripeServer([
      { status: 402, headers: { 'Request-Id': 'req_decline1' }, body: declined },
    ]);
    try {
      const result = await connector.run(
        'confirmPaymentIntent',
        { id: 'pi_123', payment_method: 'pm_card_chargeDeclinedInsufficientFunds' },
        { secrets, baseUrl: server.origin, ...fast },
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.status).toBe(402);
      expect(result.requestId).toBe('req_decline1');
      expect(result.error).toMatchObject({
        kind: 'http',
        code: 'card_declined',
        type: 'card_error',
        message: 'Your card has insufficient funds.',
      });
      expect((result.body as typeof declined).error.decline_code).toBe('insufficient_funds');
      expect(result.body).toEqual(declined);
      // A decline is final: no retry, one request.
      expect(result.attempts).toBe(1);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('stop retrying a 500 when Stripe-Should-Retry is false', async () => {
    const server = await stripeServer([
      {
        status: 500,
        headers: { 'Stripe-Should-Retry': 'false', 'Request-Id': 'req_500' },
        body: { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end.' } },
      },
    ]);
    try {
      const result = await connector.run(
        'createRefund',
        { payment_intent: 'pi_123' },
        { secrets, baseUrl: server.origin, ...fast },
      );
      expect(result).toMatchObject({ ok: false, status: 500, attempts: 1, requestId: 'req_500' });
      expect(result.error).toMatchObject({ kind: 'http', type: 'api_error' });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('retry a 409 when Stripe-Should-Retry is true, with the same Idempotency-Key on both attempts', async () => {
    const server = await stripeServer([
      {
        status: 409,
        headers: { 'Stripe-Should-Retry': 'true' },
        body: { error: { type: 'invalid_request_error', code: 'lock_timeout', message: 'Try again.' } },
      },
      { status: 200, headers: { 'Request-Id': 'req_ok' }, body: { id: 're_123', object: 'refund' } },
    ]);
    try {
      const result = await connector.run(
        'createRefund',
        { payment_intent: 'pi_123', amount: 500 },
        { secrets, baseUrl: server.origin, ...fast },
      );
      expect(result).toMatchObject({ ok: true, status: 200, attempts: 2, requestId: 'req_ok' });
      const [first, second] = server.requests;
      expect(first?.headers['idempotency-key']).toMatch(UUID_V4);
      expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
      expect(second?.body.toString()).toBe('payment_intent=pi_123&amount=500');
    } finally {
      await server.close();
    }
  });

  it('do not retry a bare 409 (no Stripe-Should-Retry): core retries 408, 429 and 5xx only', async () => {
    // stripe-node (with maxNetworkRetries > 0) also retries a 409 without the header. Stripe sends the header on
    // the responses it wants retried; a caller who wants bare 409s retried passes retry: { statuses: [..., 409] }.
    const server = await stripeServer([
      { status: 409, body: { error: { type: 'idempotency_error', message: 'Keys reused.' } } },
    ]);
    try {
      const result = await connector.run(
        'createRefund',
        { payment_intent: 'pi_123' },
        { secrets, baseUrl: server.origin, ...fast },
      );
      expect(result).toMatchObject({ ok: false, status: 409, attempts: 1 });
      expect(result.error).toMatchObject({ kind: 'http', type: 'idempotency_error' });
    } finally {
      await server.close();
    }
  });

  it('use the caller’s idempotency key when one is given, and none on GET', async () => {
    const server = await stripeServer([{ status: 200, body: { object: 'list', data: [] } }]);
    try {
      await connector.run(
        'createRefund',
        { payment_intent: 'pi_123' },
        { secrets, baseUrl: server.origin, idempotencyKey: 'order-6735-refund-1' },
      );
      await connector.run('listCustomers', { limit: 1 }, { secrets, baseUrl: server.origin });
      expect(server.requests[0]?.headers['idempotency-key']).toBe('order-6735-refund-1');
      expect(server.requests[1]?.headers['idempotency-key']).toBeUndefined();
      // stripe-node sends Content-Type on GETs too; so do we (from the connector's headers).
      expect(server.requests[1]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    } finally {
      await server.close();
    }
  });
});
