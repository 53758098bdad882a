/**
 * `node --cpu-prof bench/profile-run.mjs`: 3000 Stripe `connector.run` calls with input varying per call against the
 * bench server (its own process), for a CPU profile of the client. Prints the self time of the top functions and the
 * inclusive time of the hot path's steps.
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connector } from '@convoflow/connector-stripe';
import { undiciTransport } from '@convoflow/core';

const here = dirname(fileURLToPath(import.meta.url));
const server = fork(join(here, 'server.mjs'), { stdio: 'inherit' });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const origin = `http://127.0.0.1:${port}`;
const transport = undiciTransport({ connections: 50 });
const secrets = { STRIPE_SECRET_KEY: 'sk_test_bench_0123456789abcdef' };
const CALLS = Number(process.env.CALLS ?? 3000);
let next = 0;
const worker = async () => {
  while (next < CALLS) {
    const i = next++;
    const result = await connector.run(
      'createPaymentIntent',
      {
        amount: 1000 + i,
        currency: 'usd',
        description: `Order #${i} for Zoë`,
        metadata: { order_id: `ord_${i}`, attempt: String(i % 7) },
        payment_method_types: ['card'],
      },
      { secrets, baseUrl: origin, transport },
    );
    if (!result.ok) throw new Error('call failed');
  }
};
await Promise.all(Array.from({ length: Number(process.env.CONCURRENCY ?? 1) }, worker));
await transport.close?.();
server.kill();
