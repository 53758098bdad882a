/** A response nested without bound is a failed step, never a rejected run. */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runWorkflow } from '../src/index.js';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(`${'['.repeat(5000)}${']'.repeat(5000)}`);
  });
});
afterAll(() => server.close());

it('resolves a run whose step got a 5,000-deep JSON body to a typed invalid_response failure', async () => {
  const result = await runWorkflow({
    name: 'deep',
    steps: [
      { id: 'deep', type: 'customApi', config: { url: `${server.origin}/deep` } },
      { type: 'debug', value: '{{steps.deep.body}}' },
    ],
  } as never);
  expect(result).toMatchObject({ ok: false, error: { stepId: 'deep', kind: 'invalid_response' } });
  expect(result.error?.message).toMatch(/deeper than 256 levels/);
});
