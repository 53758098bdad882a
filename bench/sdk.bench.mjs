/**
 * `pnpm bench:sdk`: our calls against the official SDKs, with the input varying on every call (a new amount, order
 * id, text or address each time, as real traffic has), on loopback, the server in its own process.
 *
 * For each service: the SDK, `connector.run`, `preset` + `executeNode`, and raw undici `request()` and `dispatch()`
 * sending the bytes our path sends for the same inputs (encoded before the clock starts: the floor). Warm-up first,
 * then ROUNDS interleaved rounds (order reversed every other round), sequentially and at concurrency 50. Per client
 * and round: wall time and client CPU (user + system of this process; the server's is not counted) per call. Ratios
 * are taken within each round and the median over rounds reported, with the range.
 * Results: bench/results/sdk.json and sdk.md (with the machine and the load average).
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Agent as HttpAgent } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connector as googleSheets } from '@convoflow/connector-google-sheets';
import { connector as sendgrid } from '@convoflow/connector-sendgrid';
import { connector as slack } from '@convoflow/connector-slack';
import { connector as stripeConnector } from '@convoflow/connector-stripe';
import { executeNode, prepareRequest, undiciTransport } from '@convoflow/core';
import { auth as googleAuth, sheets } from '@googleapis/sheets';
import { Client as SendGridClient } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { IncomingWebhook } from '@slack/webhook';
import Stripe from 'stripe';
import { Agent, request } from 'undici';

const here = dirname(fileURLToPath(import.meta.url));
const CALLS = Number(process.env.BENCH_CALLS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 50;
const loadAtStart = loadavg();

const server = fork(join(here, 'server.mjs'), { stdio: 'inherit' });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const origin = `http://127.0.0.1:${port}`;

const transport = undiciTransport({ connections: CONCURRENCY, keepAliveTimeoutMs: 60_000 });
const rawAgent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 60_000 });
const sdkAgent = new HttpAgent({ keepAlive: true, maxSockets: CONCURRENCY });

const STRIPE_KEY = 'sk_test_bench_0123456789abcdef';
const SENDGRID_KEY = 'SG.bench-key-0123456789';
const WEBHOOK = `${origin}/services/T00000000/B00000000/benchbenchbenchbenchbench`;
const GOOGLE_TOKEN = 'FAKE-bench-access-token-0123456789';

/** The services: per call i, the input, and how the SDK sends it. */
const services = [
  {
    id: 'stripe',
    sdkName: 'stripe-node',
    connector: stripeConnector,
    operation: 'createPaymentIntent',
    secrets: { STRIPE_SECRET_KEY: STRIPE_KEY },
    input: (i) => ({
      amount: 1000 + i,
      currency: 'usd',
      description: `Order #${i} for Zoë`,
      metadata: { order_id: `ord_${i}`, attempt: String(i % 7) },
      payment_method_types: ['card'],
    }),
    sdk: () => {
      const stripe = new Stripe(STRIPE_KEY, {
        host: '127.0.0.1',
        port,
        protocol: 'http',
        maxNetworkRetries: 0,
        telemetry: false,
        httpAgent: sdkAgent,
      });
      return (input) => stripe.paymentIntents.create(input);
    },
  },
  {
    id: 'slack',
    sdkName: '@slack/webhook',
    connector: slack,
    operation: 'postWebhookMessage',
    secrets: { SLACK_WEBHOOK_URL: WEBHOOK },
    input: (i) => ({ text: `Order #${i} shipped to Zoë (${i % 13} items)` }),
    sdk: () => {
      const webhook = new IncomingWebhook(WEBHOOK, { agent: sdkAgent });
      return (input) => webhook.send(input);
    },
  },
  {
    id: 'sendgrid',
    sdkName: '@sendgrid/mail',
    connector: sendgrid,
    operation: 'sendMail',
    secrets: { SENDGRID_API_KEY: SENDGRID_KEY },
    input: (i) => ({
      to: `customer${i}@example.com`,
      from: 'orders@example.com',
      subject: `Your order #${i}`,
      text: `Thanks for order #${i}.`,
    }),
    sdk: () => {
      const client = new SendGridClient();
      client.setApiKey(SENDGRID_KEY);
      client.setDefaultRequest('baseUrl', `${origin}/`);
      client.setDefaultRequest('httpAgent', sdkAgent);
      const mail = new MailService();
      mail.setClient(client);
      return (input) => mail.send(input);
    },
  },
  {
    id: 'google-sheets',
    sdkName: '@googleapis/sheets',
    connector: googleSheets,
    operation: 'appendValues',
    presetOptions: { auth: 'oauth' },
    // A static access token on both sides: no token endpoint is involved.
    secrets: { GOOGLE_OAUTH_TOKEN: GOOGLE_TOKEN },
    input: (i) => ({
      spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      range: 'Orders!A1',
      valueInputOption: 'RAW',
      values: [[`ord_${i}`, 1000 + i, `Zoë ${i % 13}`]],
    }),
    sdk: () => {
      const client = new googleAuth.OAuth2();
      client.setCredentials({ access_token: GOOGLE_TOKEN, expiry_date: Date.now() + 24 * 3600_000 });
      const api = sheets({ version: 'v4', auth: client, rootUrl: `${origin}/` });
      return ({ values, ...params }) =>
        api.spreadsheets.values.append({ ...params, requestBody: { values } });
    },
  },
];

/** The bytes our path sends for input i (prepared before any clock starts), for the raw clients. */
async function wireOf(service, i) {
  const config = service.connector.preset(service.operation, service.input(i), {
    ...service.presetOptions,
    baseUrl: origin,
  });
  const prepared = await prepareRequest(config, { secrets: service.secrets });
  const headers = { ...prepared.headers };
  if (service.connector.idempotency?.methods.includes(prepared.method))
    headers['idempotency-key'] = `bench-${i}`;
  return { method: prepared.method, url: new URL(prepared.url), headers, body: prepared.body };
}

function dispatchOnce(wire) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let status = 0;
    rawAgent.dispatch(
      {
        origin: wire.url.origin,
        path: wire.url.pathname + wire.url.search,
        method: wire.method,
        headers: wire.headers,
        body: wire.body,
      },
      {
        onConnect() {},
        onHeaders(statusCode) {
          status = statusCode;
          return true;
        },
        onData(chunk) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          resolve({ status, body: Buffer.concat(chunks) });
        },
        onError: reject,
      },
    );
  });
}

function check(ok, what) {
  if (!ok) throw new Error(`bench: ${what} did not succeed`);
}

/** The clients of one service: name → (i) => Promise. */
async function clientsOf(service) {
  const wires = [];
  for (let i = 0; i < CALLS; i++) wires.push(await wireOf(service, i));
  const sdk = service.sdk();
  const rules = service.connector.rules(service.operation);
  const idempotency = service.connector.idempotency?.methods.includes(
    service.connector.operations[service.operation].method,
  )
    ? { idempotency: service.connector.idempotency }
    : {};
  const ours = { secrets: service.secrets, baseUrl: origin, transport };
  return {
    [service.sdkName]: (i) => sdk(service.input(i)),
    'connector.run': async (i) =>
      check((await service.connector.run(service.operation, service.input(i), ours)).ok, 'run'),
    'preset + executeNode': async (i) => {
      const config = service.connector.preset(service.operation, service.input(i), {
        ...service.presetOptions,
        baseUrl: origin,
      });
      const result = await executeNode(config, {
        secrets: service.secrets,
        transport,
        rules,
        ...idempotency,
      });
      check(result.ok, 'executeNode');
    },
    'undici request()': async (i) => {
      const wire = wires[i % CALLS];
      const response = await request(wire.url, {
        method: wire.method,
        headers: wire.headers,
        body: wire.body,
        dispatcher: rawAgent,
      });
      await response.body.arrayBuffer();
      check(response.statusCode < 300, 'request');
    },
    'undici dispatch()': async (i) => check((await dispatchOnce(wires[i % CALLS])).status < 300, 'dispatch'),
  };
}

/** Runs `calls` calls of `call`, `concurrency` at a time; wall and client CPU per call, in µs. */
async function measure(call, calls, concurrency) {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let next = 0;
  const worker = async () => {
    while (next < calls) await call(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallUs = Number(process.hrtime.bigint() - started) / 1000 / calls;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallUs, cpuUs: (cpu.user + cpu.system) / calls };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const span = (values, digits = 2) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

// BENCH_ONLY=stripe,slack runs some services only (for a quick look); results are written with --write only.
const only = process.env.BENCH_ONLY?.split(',');
const results = [];
for (const service of services.filter((candidate) => !only || only.includes(candidate.id))) {
  const clients = await clientsOf(service);
  const names = Object.keys(clients);
  for (const [mode, concurrency] of [
    ['sequential', 1],
    ['concurrency 50', CONCURRENCY],
  ]) {
    for (const name of names) await measure(clients[name], Math.min(200, CALLS), concurrency); // warm-up
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const name of order) samples[name].push(await measure(clients[name], CALLS, concurrency));
    }
    const dispatch = samples['undici dispatch()'];
    const sdk = samples[service.sdkName];
    for (const name of names) {
      const rounds = samples[name];
      const cpuToDispatch = rounds.map((r, k) => r.cpuUs / dispatch[k].cpuUs);
      const wallToDispatch = rounds.map((r, k) => r.wallUs / dispatch[k].wallUs);
      const wallToSdk = rounds.map((r, k) => r.wallUs / sdk[k].wallUs);
      const row = {
        service: service.id,
        mode,
        client: name,
        wallUs: median(rounds.map((r) => r.wallUs)),
        wallRange: span(
          rounds.map((r) => r.wallUs),
          0,
        ),
        cpuUs: median(rounds.map((r) => r.cpuUs)),
        cpuRange: span(
          rounds.map((r) => r.cpuUs),
          0,
        ),
        cpuToDispatch: median(cpuToDispatch),
        cpuToDispatchRange: span(cpuToDispatch),
        wallToDispatch: median(wallToDispatch),
        wallToSdk: median(wallToSdk),
        wallToSdkRange: span(wallToSdk),
      };
      results.push(row);
      console.log(
        `${service.id} ${mode} ${name}: wall ${row.wallUs.toFixed(0)} µs, cpu ${row.cpuUs.toFixed(0)} µs, cpu/dispatch ${row.cpuToDispatch.toFixed(2)}, wall/sdk ${row.wallToSdk.toFixed(2)}`,
      );
    }
  }
}

const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load average ${loadAtStart.map((n) => n.toFixed(2)).join(' ')} at the start and ${loadavg()
  .map((n) => n.toFixed(2))
  .join(' ')} at the end (1, 5, 15 min; the machine is shared)`;
const fmt = (n, d = 2) => n.toFixed(d);
const table = [
  '| service | mode | client | wall µs/call (range) | client CPU µs/call (range) | CPU ÷ dispatch (range) | wall ÷ dispatch | wall ÷ SDK (range) |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.service} | ${r.mode} | ${r.client} | ${fmt(r.wallUs, 0)} (${r.wallRange}) | ${fmt(r.cpuUs, 0)} (${r.cpuRange}) | ${fmt(r.cpuToDispatch)} (${r.cpuToDispatchRange}) | ${fmt(r.wallToDispatch)} | ${fmt(r.wallToSdk)} (${r.wallToSdkRange}) |`,
  ),
].join('\n');
const report = `# Against the official SDKs, input varying per call (\`pnpm bench:sdk\`)

${machine}. ${CALLS} calls per client per round, ${ROUNDS} interleaved rounds after a warm-up; the server
(bench/server.mjs) in its own process. Raw undici clients send the bytes our path sends for the same inputs, encoded
before the clock starts. Ratios are per round, median over rounds.

${table}
`;
if (process.argv.includes('--write')) {
  await writeFile(
    join(here, 'results/sdk.json'),
    `${JSON.stringify({ machine, calls: CALLS, rounds: ROUNDS, results }, null, 2)}\n`,
  );
  await writeFile(join(here, 'results/sdk.md'), report);
}
console.log(report);
await Promise.all([transport.close?.(), rawAgent.close()]);
sdkAgent.destroy();
server.kill();
