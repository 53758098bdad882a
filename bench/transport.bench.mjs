/**
 * `pnpm bench`: what executeNode costs on top of raw undici, per request, on loopback.
 *
 * 2000 requests sequentially and 2000 at concurrency 50, through: raw undici `request()` (parsing the JSON), raw
 * undici `dispatch()` (the handler API undiciTransport uses), executeNode over undiciTransport, and executeNode over
 * kyTransport (validation, secret resolution, form encoding, redaction and events all on). The server runs in a separate process. Clients are interleaved round by round (in
 * reverse order every other round) and each round's time per request is recorded; the report gives medians, and ratios
 * to raw as the median of each round's ratio to raw in that same round.
 * Results: bench/results/transport.json and .md.
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeNode, kyTransport, undiciTransport } from '@convoflow/core';
import { Agent, request } from 'undici';

const here = dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CONCURRENCY = 50;

const server = fork(join(here, 'server.mjs'), { stdio: 'inherit' });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const origin = `http://127.0.0.1:${port}`;

/** @type {import('@convoflow/core').CustomApiNodeConfig} */
const config = {
  url: `${origin}/v1/payment_intents`,
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  auth: { type: 'bearer', token: '{{secrets.STRIPE_SECRET_KEY}}' },
  body: {
    amount: 2000,
    currency: 'usd',
    payment_method_types: ['card'],
    metadata: { order_id: '{{input.orderId}}' },
  },
};
const secrets = { STRIPE_SECRET_KEY: 'sk_test_bench_0123456789' };
const context = { input: { orderId: '6735' } };
const rawBody = 'amount=2000&currency=usd&payment_method_types[0]=card&metadata[order_id]=6735';

const rawAgent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 60_000 });
const undici = undiciTransport({ connections: CONCURRENCY, keepAliveTimeoutMs: 60_000 });
const ky = kyTransport();
let events = 0;
const onEvent = () => {
  events++;
};

const target = new URL(`${origin}/v1/payment_intents`);
/** One POST through the agent's dispatcher, collecting the body chunks (undici's handler API). */
function dispatchOnce() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let status = 0;
    rawAgent.dispatch(
      {
        origin: target.origin,
        path: target.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${secrets.STRIPE_SECRET_KEY}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: rawBody,
      },
      {
        onRequestStart() {},
        onResponseStart(_controller, statusCode) {
          status = statusCode;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          resolve({ status, body: Buffer.concat(chunks) });
        },
        onResponseError(_controller, error) {
          reject(error);
        },
      },
    );
  });
}

/** @type {Array<{ name: string, once: () => Promise<unknown> }>} */
const clients = [
  {
    name: 'raw undici request()',
    once: async () => {
      const response = await request(`${origin}/v1/payment_intents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${secrets.STRIPE_SECRET_KEY}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: rawBody,
        dispatcher: rawAgent,
      });
      return response.body.json();
    },
  },
  {
    // The layer request() is built on, with the body collected by hand: what undiciTransport uses, shown so the
    // cost of executeNode itself can be read off too (executeNode + undiciTransport over this).
    name: 'raw undici dispatch()',
    once: async () => {
      const response = await dispatchOnce();
      return JSON.parse(new TextDecoder().decode(response.body));
    },
  },
  {
    name: 'executeNode + undiciTransport',
    once: async () => {
      const result = await executeNode(config, { secrets, context, transport: undici, onEvent });
      if (!result.ok) throw new Error(result.error.message);
    },
  },
  {
    name: 'executeNode + kyTransport',
    once: async () => {
      const result = await executeNode(config, { secrets, context, transport: ky, onEvent });
      if (!result.ok) throw new Error(result.error.message);
    },
  },
];

/** Runs `body` and returns wall time and this process's CPU time, per request, in microseconds. */
async function measure(body) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await body();
  const used = process.cpuUsage(cpu);
  return {
    wall: ((performance.now() - started) * 1000) / REQUESTS,
    cpu: (used.user + used.system) / REQUESTS,
  };
}

function sequential(client) {
  return measure(async () => {
    for (let i = 0; i < REQUESTS; i++) await client.once();
  });
}

function concurrent(client) {
  let next = 0;
  return measure(() =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < REQUESTS) await client.once();
      }),
    ),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const modes = { sequential, [`concurrency ${CONCURRENCY}`]: concurrent };
const samples = {};
for (const client of clients) for (let i = 0; i < 200; i++) await client.once(); // warm up connections and JIT
for (let round = 0; round < ROUNDS; round++) {
  // Every other round runs the clients in reverse order, so no client always follows the same one.
  const order = round % 2 === 0 ? clients : [...clients].reverse();
  for (const [mode, run] of Object.entries(modes)) {
    for (const client of order) {
      samples[mode] ??= {};
      samples[mode][client.name] ??= [];
      samples[mode][client.name][round] = await run(client);
    }
  }
}

const rows = [];
const round1 = (value) => Math.round(value * 10) / 10;
const round2 = (value) => Math.round(value * 100) / 100;
for (const [mode, byClient] of Object.entries(samples)) {
  const raw = byClient[clients[0].name];
  for (const [client, values] of Object.entries(byClient)) {
    // Ratios are paired: each round's time over raw's time in the same round (minutes apart at most, so a change
    // in the machine's load hits both), then the median of those.
    rows.push({
      mode,
      client,
      medianWallMicrosPerRequest: round1(median(values.map((sample) => sample.wall))),
      wallRatioToRaw: round2(median(values.map((sample, round) => sample.wall / raw[round].wall))),
      medianClientCpuMicrosPerRequest: round1(median(values.map((sample) => sample.cpu))),
      cpuRatioToRaw: round2(median(values.map((sample, round) => sample.cpu / raw[round].cpu))),
    });
  }
}

const report = {
  command: 'pnpm bench',
  node: process.version,
  cpus: cpus().length,
  requestsPerRun: REQUESTS,
  rounds: ROUNDS,
  concurrency: CONCURRENCY,
  request: 'POST form-encoded, bearer secret, one input reference; events on',
  rows,
  /** Every round's time per request, by mode and client (for anyone who doubts a median). */
  samples,
};
const table = [
  '| mode | client | wall µs/request | wall ratio | client CPU µs/request | CPU ratio |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.mode} | ${row.client} | ${row.medianWallMicrosPerRequest} | ${row.wallRatioToRaw.toFixed(2)}× | ` +
      `${row.medianClientCpuMicrosPerRequest} | ${row.cpuRatioToRaw.toFixed(2)}× |`,
  ),
].join('\n');
console.log(table);
await writeFile(join(here, 'results/transport.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(
  join(here, 'results/transport.md'),
  `# executeNode vs raw undici (\`pnpm bench\`)\n\nNode ${process.version}, ${cpus().length} CPUs, ${REQUESTS} requests per run, ${ROUNDS} interleaved rounds (order reversed every other round), medians; ratios are the median of each round's ratio to raw in the same round.\n${report.request}. Wall time is what a caller waits; client CPU is what this process spent (the server runs in another\nprocess), which shared, noisy machines disturb less.\n\n${table}\n`,
);
await Promise.all([rawAgent.close(), undici.close?.()]);
server.disconnect();
server.kill();
console.log(`(${events} events delivered)`);
