/**
 * `pnpm soak`: fault-injection load. N calls (default 10,000) at concurrency 100 against a server in a child process
 * that answers with 5xx, 429 with both Retry-After forms, resets, stalls, truncated and invalid bodies
 * (bench/faulty-server.mjs), through executeNode (GET and keyless POST), a connector's run (Stripe, with idempotency
 * keys) and a workflow, all over the default transport (10 connections per origin, so calls also queue for one).
 * Prints: calls resolved, lost (never settled), unhandled rejections, POSTs without a key retried after a possibly
 * processed answer, Retry-After waits cut short, and heap after GC at start, after a warm-up (500 calls, not
 * counted) and at the end.
 *   node --expose-gc bench/soak.mjs [--calls 10000] [--write]   (--write: bench/results/soak.md and .json)
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeNode, undiciTransport } from '@convoflow/core';
import { connector as stripe } from '../connectors/stripe/dist/index.js';
import { runWorkflow } from '../packages/workflow/dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name) => process.argv[process.argv.indexOf(name) + 1];
const CALLS = process.argv.includes('--calls') ? Number(argument('--calls')) : 10_000;
const CONCURRENCY = 100;
const write = process.argv.includes('--write');

let unhandled = 0;
process.on('unhandledRejection', () => {
  unhandled++;
});

const server = fork(join(here, 'faulty-server.mjs'), { stdio: 'inherit' });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const origin = `http://127.0.0.1:${port}`;

const heapAfterGc = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const transport = undiciTransport();
const secrets = { STRIPE_SECRET_KEY: 'sk_test_soak_0123456789', KEY: 'sk_test_soak_0123456789' };
const limits = { timeoutMs: 1000, retry: { limit: 2, baseDelayMs: 50, maxDelayMs: 200 } };
const header = (id) => ({ 'X-Soak-Call': id });

/** The three ways in: executeNode (alternately GET and a keyless POST), a connector, a workflow. */
function call(index) {
  const id = `call-${index}`;
  switch (index % 4) {
    case 0:
      return executeNode(
        {
          url: `${origin}/items`,
          headers: header(id),
          auth: { type: 'bearer', token: '{{secrets.KEY}}' },
          ...limits,
        },
        { transport, secrets },
      );
    case 1:
      return executeNode(
        {
          url: `${origin}/charges`,
          method: 'POST',
          headers: header(id),
          auth: { type: 'bearer', token: '{{secrets.KEY}}' },
          body: { amount: 2000 },
          ...limits,
        },
        { transport, secrets },
      );
    case 2:
      return stripe.run(
        'createPaymentIntent',
        { amount: 2000, currency: 'usd' },
        { transport, secrets, baseUrl: origin, headers: header(id), ...limits },
      );
    default:
      return runWorkflow(
        {
          name: 'soak',
          steps: [
            {
              id: 'post',
              type: 'customApi',
              config: {
                url: `${origin}/wf`,
                method: 'POST',
                headers: header(id),
                body: { n: index },
                ...limits,
              },
            },
          ],
        },
        { transport },
      );
  }
}

/** Runs `count` calls at CONCURRENCY; calls are numbered from `first` (so ids never repeat). */
async function runCalls(first, count) {
  let next = 0;
  const tally = { started: 0, resolved: 0, rejected: 0, outcomes: {} };
  async function worker() {
    while (next < count) {
      const index = first + next++;
      tally.started++;
      try {
        const result = await call(index);
        tally.resolved++;
        // A timeout names its phase: `timeout (queue)` would mean a call that waited for a connection too long.
        const error = result.error;
        const kind = result.ok
          ? 'ok'
          : error?.phase
            ? `${error.kind} (${error.phase})`
            : (error?.kind ?? 'failed');
        tally.outcomes[kind] = (tally.outcomes[kind] ?? 0) + 1;
      } catch {
        tally.rejected++;
      }
    }
  }
  // A call that never settles keeps its worker waiting: the watchdog ends the run and counts it as lost.
  let watchdog;
  await Promise.race([
    Promise.all(Array.from({ length: CONCURRENCY }, worker)),
    new Promise((resolve) => {
      watchdog = setTimeout(resolve, WATCHDOG_MS);
    }),
  ]);
  clearTimeout(watchdog);
  return tally;
}
const WATCHDOG_MS = 10 * 60_000;
const WARM_UP = Math.min(500, CALLS / 10);

const heapStart = heapAfterGc();
// Caches (configs, compiled plans, parsed host lists) fill during a warm-up; the heap is compared after it.
await runCalls(CALLS, WARM_UP);
const heapWarm = heapAfterGc();
const started = Date.now();
const { started: begun, resolved, rejected, outcomes } = await runCalls(0, CALLS);
const seconds = (Date.now() - started) / 1000;
await transport.close();
const heapEnd = heapAfterGc();
server.send('stats');
const { stats } = await new Promise((resolve) => server.once('message', resolve));
server.disconnect();

const lost = begun - resolved - rejected + (CALLS - begun);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const figures = {
  calls: CALLS,
  concurrency: CONCURRENCY,
  seconds,
  resolved,
  rejected,
  lost,
  unhandledRejections: unhandled,
  unsafeRetries: stats.unsafeRetries,
  earlyRetries: stats.earlyRetries,
  heapStartMb: Number(mb(heapStart)),
  heapAfterWarmUpMb: Number(mb(heapWarm)),
  heapEndMb: Number(mb(heapEnd)),
  requests: stats.requests,
  faults: stats.faults,
  outcomes,
  node: process.version,
};
const rows = [
  ['calls resolved', `${resolved} of ${CALLS}`],
  ['calls rejected (thrown)', rejected],
  ['calls lost (never settled)', lost],
  ['unhandled rejections', unhandled],
  ['POSTs without a key retried after a possibly processed answer', stats.unsafeRetries],
  ['Retry-After waits cut short', stats.earlyRetries],
  ['heap after GC: start, after warm-up, end', `${mb(heapStart)} MB, ${mb(heapWarm)} MB, ${mb(heapEnd)} MB`],
  ['requests the server saw (warm-up included)', stats.requests],
  [
    'outcomes',
    Object.entries(outcomes)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', '),
  ],
  ['wall time', `${seconds.toFixed(1)} s`],
];
const table = [
  '| measure | value |',
  '| --- | --- |',
  ...rows.map(([name, value]) => `| ${name} | ${value} |`),
].join('\n');
console.log(`soak: ${CALLS} calls at concurrency ${CONCURRENCY}, ${process.version}\n${table}`);
if (write) {
  const md = `# Soak results\n\nProduced by \`pnpm soak\` (\`node --expose-gc bench/soak.mjs --write\`). ${CALLS} calls at concurrency ${CONCURRENCY} against bench/faulty-server.mjs in a child process (faults per 100 requests: 6 × 500, 4 × 503 with Retry-After: 1, 4 × 429 with Retry-After: 1, 3 × 429 with an HTTP-date, 3 resets, 2 stalls, 4 truncated bodies, 4 invalid JSON bodies), through executeNode (GET and keyless POST), the Stripe connector's run and a workflow, over the default transport (10 connections), after a warm-up of ${WARM_UP} calls. Node ${process.version}.\n\n${table}\n\nFaults served: ${JSON.stringify(stats.faults)}\n`;
  await writeFile(join(here, 'results', 'soak.md'), md);
  await writeFile(join(here, 'results', 'soak.json'), `${JSON.stringify(figures, null, 2)}\n`);
}
const clean =
  lost === 0 && rejected === 0 && unhandled === 0 && stats.unsafeRetries === 0 && stats.earlyRetries === 0;
process.exitCode = clean ? 0 : 1;
