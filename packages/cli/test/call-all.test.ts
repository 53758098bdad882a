/**
 * `convoflow call <op> --all [--max-pages N]`: every item of every page, as JSON lines with --json, an error
 * mid-stream as a last `{"error": …}` line. Against the embedded sandbox and a local server; nothing leaves 127.0.0.1.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { CANARY, convoflow, scratch } from './support/convoflow.js';

const servers: CaptureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A Stripe-like list: page n holds cus_n; `pages` pages, then `last` answers (a 400 by default: no retry). */
async function stripeList(pages: number, last?: [number, unknown]): Promise<CaptureServer> {
  const server = await startCaptureServer((request, response) => {
    const n = Number(/starting_after=cus_(\d+)/.exec(request.url)?.[1] ?? 0) + 1;
    const [status, body] =
      n <= pages
        ? [200, { object: 'list', data: [{ id: `cus_${n}`, client_secret: `cs_${n}` }], has_more: true }]
        : (last ?? [200, { object: 'list', data: [], has_more: false }]);
    response.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${n}` });
    response.end(JSON.stringify(body));
  });
  servers.push(server);
  return server;
}

const env = { STRIPE_SECRET_KEY: CANARY };
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('call --all', () => {
  it('prints one JSON item per line across the sandbox’s Slack pages', async () => {
    const { code, stdout, stderr } = await convoflow([
      'call',
      'slack.usersList',
      '--input',
      '{"limit":1}',
      '--all',
      '--json',
      '--sandbox',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const users = lines(stdout);
    expect(users.map((user) => user.id)).toEqual(['U0SANDBOXBOT', 'U0SANDBOXADA', 'U0SANDBOXGRC']);
  });

  it('follows Stripe’s has_more/starting_after to the end, masking sensitive fields', async () => {
    const server = await stripeList(3);
    const { code, stdout } = await convoflow(
      [
        'call',
        'stripe.listCustomers',
        '--input',
        '{"limit":1}',
        '--all',
        '--json',
        '--base-url',
        server.origin,
      ],
      { env },
    );
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([1, 2, 3].map((n) => ({ id: `cus_${n}`, client_secret: '***' })));
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1/customers?limit=1',
      '/v1/customers?limit=1&starting_after=cus_1',
      '/v1/customers?limit=1&starting_after=cus_2',
      '/v1/customers?limit=1&starting_after=cus_3',
    ]);
    expect(stdout).not.toContain(CANARY);
  });

  it('stops after --max-pages', async () => {
    const server = await stripeList(50);
    const { code, stdout } = await convoflow(
      ['call', 'stripe.listCustomers', '--all', '--max-pages', '2', '--json', '--base-url', server.origin],
      { env },
    );
    expect(code).toBe(0);
    expect(lines(stdout).map((item) => item.id)).toEqual(['cus_1', 'cus_2']);
    expect(server.requests).toHaveLength(2);
  });

  it('ends with an error line and exit 1 when a page fails mid-stream', async () => {
    const server = await stripeList(2, [
      400,
      {
        error: {
          type: 'invalid_request_error',
          code: 'resource_missing',
          message: `No such customer (${CANARY})`,
        },
      },
    ]);
    const { code, stdout } = await convoflow(
      ['call', 'stripe.listCustomers', '--all', '--json', '--base-url', server.origin],
      { env },
    );
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out.slice(0, 2).map((item) => item.id)).toEqual(['cus_1', 'cus_2']);
    expect(out[2]).toEqual({
      error: {
        kind: 'http',
        message: 'No such customer (***)',
        status: 400,
        requestId: 'req_3',
        code: 'resource_missing',
        page: 3,
      },
    });
    expect(out).toHaveLength(3);
    expect(stdout).not.toContain(CANARY);
  });

  it('prints a line per page and a count without --json; errors go to stderr', async () => {
    const server = await stripeList(2, [
      400,
      { error: { message: 'No more', type: 'invalid_request_error' } },
    ]);
    const { code, stdout, stderr } = await convoflow(
      ['call', 'stripe.listCustomers', '--all', '--base-url', server.origin],
      { env },
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^✓ stripe\.listCustomers page 1 {3}200 {3}\d+ ms {3}1 attempt {3}req_1 {3}1 item\n\{\n {2}"id": "cus_1"/,
    );
    expect(stdout).toContain('2 items from 2 pages before the error');
    expect(stderr).toBe('error: page 3: No more\n');
  });

  it('dry-runs the first page’s request only, sending nothing', async () => {
    const server = await stripeList(3);
    const { code, stdout } = await convoflow(
      [
        'call',
        'stripe.listCustomers',
        '--input',
        '{"limit":2}',
        '--all',
        '--dry-run',
        '--json',
        '--base-url',
        server.origin,
      ],
      { env },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ method: 'GET', url: `${server.origin}/v1/customers?limit=2` });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses --all on an operation that returns one page, and a bad --max-pages (exit 2)', async () => {
    const single = await convoflow(['call', 'stripe.createCustomer', '--all', '--json', '--sandbox']);
    expect(single.code).toBe(2);
    expect(JSON.parse(single.stdout)).toEqual({
      error: {
        kind: 'usage',
        message: '--all: stripe.createCustomer returns one page (its manifest declares no pagination)',
        hint: 'Operations of stripe that page: listCustomers, listPaymentIntents.',
      },
    });
    for (const args of [
      ['--all', '--max-pages', '0'],
      ['--all', '--max-pages', '2.5'],
      ['--max-pages', '2'],
    ]) {
      const { code, stdout } = await convoflow([
        'call',
        'stripe.listCustomers',
        ...args,
        '--json',
        '--sandbox',
      ]);
      expect(code).toBe(2);
      expect(JSON.parse(stdout).error.kind).toBe('usage');
    }
  });

  it('refuses before sending when the secret is missing (exit 2, one error line)', async () => {
    const server = await stripeList(3);
    const { code, stdout } = await convoflow([
      'call',
      'stripe.listCustomers',
      '--all',
      '--json',
      '--base-url',
      server.origin,
    ]);
    expect(code).toBe(2);
    expect(lines(stdout)).toEqual([
      { error: expect.objectContaining({ message: expect.stringContaining('STRIPE_SECRET_KEY') }) },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a workflow step with paginate, against the sandbox', () => {
  const workflow = {
    steps: [
      ...['a', 'b', 'c'].map((id) => ({
        type: 'connector',
        id,
        operation: 'stripe.createCustomer',
        input: { email: `${id}@example.com` },
      })),
      { type: 'connector', id: 'all', operation: 'stripe.listCustomers', input: { limit: 1 }, paginate: {} },
      { type: 'debug', label: 'emails', value: '{{steps.all.items}}' },
    ],
  };

  it('follows the sandbox’s Stripe pages and hands the items to later steps', async () => {
    const { code, stdout } = await convoflow(['run', scratch('paged.json', workflow), '--sandbox', '--json']);
    expect(code).toBe(0);
    const run = JSON.parse(stdout) as {
      steps: Array<{ id?: string; pagination?: unknown; debug?: { value: Array<{ email: string }> } }>;
    };
    expect(run.steps[3]).toMatchObject({ id: 'all', pagination: { pages: 3, items: 3, capped: false } });
    expect(run.steps[4]?.debug?.value.map((customer) => customer.email)).toEqual([
      'c@example.com',
      'b@example.com',
      'a@example.com',
    ]);
  });

  it('dry-runs the paginated step as its first page', async () => {
    const { code, stdout } = await convoflow([
      'run',
      scratch('paged.json', workflow),
      '--sandbox',
      '--dry-run',
      '--json',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      steps: Array<{ id: string; paginate?: unknown; request: { url: string } }>;
    };
    expect(plan.steps[3]).toMatchObject({ id: 'all', paginate: { maxPages: 10, maxItems: 1000 } });
    expect(plan.steps[3]?.request.url).toMatch(/\/v1\/customers\?limit=1$/);
  });
});
