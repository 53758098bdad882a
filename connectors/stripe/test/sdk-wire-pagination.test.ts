/**
 * Pagination against stripe-node's auto-pagination: both walk the same list on one local server (pages of two,
 * `has_more` until the fifth customer) and every page request must match on the wire. Headers are compared as in
 * sdk-wire.test.ts (the SDK's own identification and Accept-Encoding left out).
 */
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { connector, type ListPaymentIntentsInput } from '../generated/index.js';

const KEY = 'sk_test_fixture';
const IDS = ['cus_5', 'cus_4', 'cus_3', 'cus_2', 'cus_1'];
const NOT_COMPARED = new Set([
  'user-agent',
  'x-stripe-client-user-agent',
  'x-stripe-client-telemetry',
  'accept-encoding',
]);

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const limit = Number(url.searchParams.get('limit') ?? '10');
    const after = url.searchParams.get('starting_after');
    const start = after ? IDS.indexOf(after.replace(/^pi_/, 'cus_')) + 1 : 0;
    const object = url.pathname === '/v1/customers' ? 'customer' : 'payment_intent';
    const prefix = object === 'customer' ? 'cus_' : 'pi_';
    const data = IDS.slice(start, start + limit).map((id, index) => ({
      id: id.replace('cus_', prefix),
      object,
      created: 1700000000 - index,
    }));
    response.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_page' });
    response.end(
      JSON.stringify({ object: 'list', data, has_more: start + limit < IDS.length, url: url.pathname }),
    );
  });
});
afterAll(() => server.close());

const sdk = () =>
  new Stripe(KEY, {
    host: '127.0.0.1',
    port: new URL(server.origin).port,
    protocol: 'http',
    telemetry: false,
    maxNetworkRetries: 0,
  });

const comparable = (request: CapturedRequest) => ({
  method: request.method,
  url: request.url,
  body: request.body.toString('latin1'),
  headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => !NOT_COMPARED.has(name))),
});

describe('listCustomers pages, as stripe-node auto-pagination sends them', () => {
  it('follows starting_after through every page and yields typed customers', async () => {
    const theirs = await sdk().customers.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    const sdkRequests = server.requests.splice(0);
    const pages = connector.paginate(
      'listCustomers',
      { limit: 2 },
      {
        secrets: { STRIPE_SECRET_KEY: KEY },
        baseUrl: server.origin,
      },
    );
    const ours = [];
    for await (const customer of pages.items()) {
      expectTypeOf(customer.id).toEqualTypeOf<string>();
      ours.push(customer.id);
    }
    expect(ours).toEqual(theirs.map((customer) => customer.id));
    expect(ours).toEqual(IDS);
    expect(server.requests.splice(0).map(comparable)).toEqual(sdkRequests.map(comparable));
    expect(sdkRequests.map((request) => request.url)).toEqual([
      '/v1/customers?limit=2',
      '/v1/customers?limit=2&starting_after=cus_4',
      '/v1/customers?limit=2&starting_after=cus_2',
    ]);
  });
});

describe('listPaymentIntents, as stripe-node sends it', () => {
  it('sends the customer filter, limit and expand like stripe.paymentIntents.list', async () => {
    const params = {
      limit: 3,
      customer: 'cus_abc',
      expand: ['data.customer'],
    } satisfies ListPaymentIntentsInput;
    await sdk().paymentIntents.list(params);
    const result = await connector.run('listPaymentIntents', params, {
      secrets: { STRIPE_SECRET_KEY: KEY },
      baseUrl: server.origin,
    });
    const [theirs, ours] = server.requests.splice(0);
    if (!theirs || !ours) throw new Error('expected two requests');
    expect(comparable(ours)).toEqual(comparable(theirs));
    expect(ours.url).toBe('/v1/payment_intents?limit=3&customer=cus_abc&expand[0]=data.customer');
    if (!result.ok) throw new Error(result.error.message);
    expectTypeOf(result.body.has_more).toEqualTypeOf<boolean>();
    expect(result.body.data.map((intent) => intent.id)).toEqual(['pi_5', 'pi_4', 'pi_3']);
  });

  it('stops at maxItems across pages', async () => {
    const pages = connector.paginate(
      'listPaymentIntents',
      { limit: 2 },
      {
        secrets: { STRIPE_SECRET_KEY: KEY },
        baseUrl: server.origin,
        maxItems: 3,
      },
    );
    const ids: string[] = [];
    for await (const intent of pages.items()) ids.push(intent.id);
    expect(ids).toEqual(['pi_5', 'pi_4', 'pi_3']);
    expect(server.requests.splice(0)).toHaveLength(2);
  });
});
