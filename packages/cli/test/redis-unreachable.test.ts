/**
 * `enqueue` and `runs resume` with a Redis that is not there: exit 1 (kind network), the URL named with its password
 * hidden. No redis-server is needed: the port is one that was just closed.
 */
import { closedPort } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import { convoflow, root } from './support/convoflow.js';

const PASSWORD = 'FAKE-redis-password-CANARY';

describe('a Redis that cannot be reached', () => {
  it('refuses enqueue and runs resume with exit 1, naming the URL without its password', async () => {
    const url = `redis://:${PASSWORD}@127.0.0.1:${await closedPort()}`;
    const workflow = `${root}/examples/new-order.workflow.json`;
    const input = `@${root}/examples/new-order.accepted.json`;
    const enqueue = await convoflow(['enqueue', workflow, '--redis', url, '--input', input, '--json']);
    const resume = await convoflow(['runs', 'resume', 'run-1', '--redis', url, '--json']);
    for (const outcome of [enqueue, resume]) {
      expect(outcome.code).toBe(1);
      const output = outcome.stdout + outcome.stderr;
      expect(output).toContain('cannot reach Redis at redis://');
      expect(output).toContain('Is redis-server running there?');
      expect(output).not.toContain(PASSWORD);
    }
  });
});
