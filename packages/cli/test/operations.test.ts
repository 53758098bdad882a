/**
 * Issue 11, items 9 and 10: every operation's `describe` example passes its own validation and is served by the
 * sandbox; the either-or rules the docs state are in the schemas and refused before sending.
 */
import { connector as sheets } from '@convoflow/connector-google-sheets';
import { connector as sendgrid } from '@convoflow/connector-sendgrid';
import { connector as slack } from '@convoflow/connector-slack';
import { connector as stripe } from '@convoflow/connector-stripe';
import type { Connector } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleInput, type Schema } from '../src/commands/example-input.js';
import { CANARY, convoflow } from './support/convoflow.js';

/** How each emulated service answers a route it does not serve. */
const UNKNOWN_ROUTE =
  /Unrecognized request URL|resource not found|Method not found|unknown_method|"not_found"/;

const connectors = [sheets, sendgrid, slack, stripe] as unknown as Connector[];
const operations = connectors.flatMap((connector) =>
  Object.values(connector.operations).map((info) => ({ connector, info })),
);

describe('describe examples', () => {
  it('covers the 19 shipped operations', () => {
    expect(operations.length).toBe(19);
  });

  for (const { connector, info } of operations) {
    it(`gives ${connector.id}.${info.id} an example that passes its validation`, () => {
      const example = exampleInput(info.inputSchema as Schema);
      expect(() => connector.preset(info.id as never, example as never)).not.toThrow();
    });
  }

  it('sends each example to the sandbox, which serves every operation', async () => {
    const tryOperation = async ({ connector, info }: (typeof operations)[number]) => {
      const name = `${connector.id}.${info.id}`;
      const described = JSON.parse((await convoflow(['describe', name, '--json'])).stdout) as {
        example: unknown;
      };
      const { code, stdout } = await convoflow([
        'call',
        name,
        '--sandbox',
        '--json',
        '--input',
        JSON.stringify(described.example),
      ]);
      const result = JSON.parse(stdout) as { attempts: number; status?: number; body?: unknown };
      // Sent (not refused), and answered by an emulated route (a 404 for an unknown object is fine, an unknown route is not).
      return code === 2 || result.attempts < 1 || UNKNOWN_ROUTE.test(JSON.stringify(result.body ?? ''))
        ? [`${name}: exit ${code}, status ${result.status}`]
        : [];
    };
    // Two CLI processes at a time: each starts its own sandbox, so they never share state.
    const failures: string[] = [];
    const queue = [...operations];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) failures.push(...(await tryOperation(next)));
    };
    await Promise.all([worker(), worker()]);
    expect(failures.sort()).toEqual([]);
  }, 120_000);
});

describe('either-or rules', () => {
  let server: CaptureServer;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(() => server.close());

  const call = (operation: string, input: unknown) =>
    convoflow(['call', operation, '--input', JSON.stringify(input), '--base-url', server.origin], {
      env: { STRIPE_SECRET_KEY: CANARY },
    });

  it('refuses a refund without payment_intent or charge before sending (exit 2)', async () => {
    const before = server.requests.length;
    const refused = await call('stripe.createRefund', {});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('invalid input for stripe.createRefund');
    expect(server.requests.length - before).toBe(0);
    const sent = await call('stripe.createRefund', { charge: 'ch_1' });
    expect(server.requests.length - before).toBe(1);
    expect(sent.code).toBe(0);
  });

  for (const operation of ['slack.postWebhookMessage', 'slack.chatPostMessage', 'slack.chatUpdate']) {
    it(`refuses ${operation} without text, blocks or attachments`, async () => {
      const base =
        operation === 'slack.chatUpdate'
          ? { channel: 'C1', ts: '1.2' }
          : operation === 'slack.chatPostMessage'
            ? { channel: 'C1' }
            : {};
      const { code, stderr } = await convoflow([
        'call',
        operation,
        '--input',
        JSON.stringify(base),
        '--dry-run',
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain(`invalid input for ${operation}`);
      const withBlocks = await convoflow([
        'call',
        operation,
        '--input',
        JSON.stringify({ ...base, blocks: [{ type: 'divider' }] }),
        '--dry-run',
      ]);
      expect(withBlocks.code).toBe(0);
    });
  }
});
