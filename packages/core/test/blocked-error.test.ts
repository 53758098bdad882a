/** What a call refused by the private-network guard looks like to code that prefers exceptions. */
import { inspect } from 'node:util';
import { closedPort } from '@convoflow/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BlockedError,
  executeNode,
  executeNodeOrThrow,
  isBlockedError,
  isConvoFlowError,
  type NodeEvent,
  undiciTransport,
} from '../src/index.js';

const CANARY = 'sk_test_CANARY_blocked_q9';
const transport = undiciTransport();
afterAll(() => transport.close?.());

describe('BlockedError', () => {
  it('is thrown with code blocked, fault config, the host and the refused address', async () => {
    const port = await closedPort();
    const error = await executeNodeOrThrow(
      { url: `http://127.0.0.1:${port}/v1/things?token={{secrets.KEY}}` },
      { transport, secrets: { KEY: CANARY }, network: { denyPrivate: true } },
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BlockedError);
    expect(isBlockedError(error) && isConvoFlowError(error)).toBe(true);
    const blocked = error as BlockedError;
    expect(blocked).toMatchObject({
      code: 'blocked',
      fault: 'config',
      host: '127.0.0.1',
      address: '127.0.0.1',
    });
    expect(blocked.message).toBe(
      `GET http://127.0.0.1:${port}/v1/things was refused by the private-network guard`,
    );
    expect(blocked.toJSON()).toMatchObject({ code: 'blocked', host: '127.0.0.1', address: '127.0.0.1' });
    for (const text of [blocked.message, JSON.stringify(blocked), inspect(blocked)]) {
      expect(text).not.toContain(CANARY);
    }
  });

  it('is matched by name across package copies', () => {
    const copy = Object.assign(new Error('x'), { name: 'BlockedError' });
    expect(isBlockedError(copy)).toBe(true);
    expect(isBlockedError(new Error('x'))).toBe(false);
  });

  it('is never retried and reports one error event', async () => {
    const events: NodeEvent[] = [];
    // Loopback (a closed port) only: a broken guard must never send traffic off this machine.
    const result = await executeNode(
      { url: `http://127.0.0.1:${await closedPort()}/`, retry: { limit: 3, baseDelayMs: 1 } },
      { transport, network: { denyPrivate: true }, onEvent: (event) => events.push(event) },
    );
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'blocked', address: '127.0.0.1' },
    });
    expect(events.map((event) => event.type)).toEqual(['request', 'error']);
  });
});
