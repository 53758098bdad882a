/**
 * `pnpm bench:cold`: what a user installs and waits for before the first call, next to the official SDKs.
 *
 * Every package is packed (`pnpm pack`) and installed with `npm install --omit=dev` into a fresh folder, core + one
 * connector per folder, each SDK in its own folder, as a user would. Then, per pair:
 * - installed footprint: `du -sk node_modules` (KiB, what the disk holds);
 * - cold import: the time `await import(package)` takes inside a fresh `node` process (node's own start-up
 *   excluded), ours and the SDK's alternating, median of 7 rounds; the heap used after that import (after gc), and
 *   after one call against the bench server (bench/server.mjs, in its own process);
 * - the CLI: `convoflow connectors` as a whole process against a bare `node -e 0`, alternating, median of 7.
 * The machine is shared and noisy: ratios are taken within one run, and the load average is recorded.
 *
 * Writes bench/results/cold-start.md and cold-start.json.
 */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installInFreshFolder, packTarballs, root, SDK_PAIRS } from '../scripts/packages.ts';

const ROUNDS = Number(process.env.COLD_ROUNDS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'convoflow-cold-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

const install = (specs: string[]) => installInFreshFolder(work, specs);

const duKiB = (dir: string) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);

/**
 * One call of each package against the bench server (bench/server.mjs, at ORIGIN), as the SDK benchmark makes it:
 * `mod` is the imported package. Ours go through `connector.run`; each SDK through its own client.
 */
const CALLS: Record<string, string> = {
  '@convoflow/connector-stripe': `return await mod.connector.run('createPaymentIntent', { amount: 1000, currency: 'usd',
    metadata: { order_id: 'ord_1' } }, { secrets: { STRIPE_SECRET_KEY: 'sk_test_bench_0123456789abcdef' }, baseUrl: ORIGIN })`,
  '@convoflow/connector-slack': `return await mod.connector.run('postWebhookMessage', { text: 'Order #1 shipped' },
    { secrets: { SLACK_WEBHOOK_URL: ORIGIN + '/services/T0/B0/bench' }, baseUrl: ORIGIN })`,
  '@convoflow/connector-sendgrid': `return await mod.connector.run('sendMail', { to: 'a@example.com', from: 'o@example.com',
    subject: 'Order #1', text: 'Thanks.' }, { secrets: { SENDGRID_API_KEY: 'SG.bench-key' }, baseUrl: ORIGIN })`,
  '@convoflow/connector-google-sheets': `return await mod.connector.run('appendValues', { spreadsheetId: 'sheet1',
    range: 'A1', valueInputOption: 'RAW', values: [['ord_1', 1000]] },
    { secrets: { GOOGLE_OAUTH_TOKEN: 'FAKE-bench-access-token' }, auth: 'oauth', baseUrl: ORIGIN })`,
  stripe: `const url = new URL(ORIGIN); await new mod.default('sk_test_bench_0123456789abcdef', { host: url.hostname,
    port: url.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false })
    .paymentIntents.create({ amount: 1000, currency: 'usd', metadata: { order_id: 'ord_1' } })`,
  '@slack/webhook': `await new mod.IncomingWebhook(ORIGIN + '/services/T0/B0/bench').send({ text: 'Order #1 shipped' })`,
  '@sendgrid/mail': `const { Client } = await import('@sendgrid/client'); const client = new Client();
    client.setApiKey('SG.bench-key'); client.setDefaultRequest('baseUrl', ORIGIN + '/'); const mail = mod.default;
    mail.setClient(client); await mail.send({ to: 'a@example.com', from: 'o@example.com', subject: 'Order #1', text: 'Thanks.' })`,
  '@googleapis/sheets': `const auth = new mod.auth.OAuth2(); auth.setCredentials({ access_token: 'FAKE-bench-access-token',
    expiry_date: Date.now() + 3600000 }); await mod.sheets({ version: 'v4', auth, rootUrl: ORIGIN + '/' }).spreadsheets
    .values.append({ spreadsheetId: 'sheet1', range: 'A1', valueInputOption: 'RAW', requestBody: { values: [['ord_1', 1000]] } })`,
};

interface ImportSample {
  ms: number;
  /** heapUsed after the import and a gc, MB. */
  heapMB: number;
  /** heapUsed after the import, one call against the local server and a gc, MB. */
  callHeapMB: number;
}

/** One fresh process: ms that `await import(name)` took, and the heap used after it and after one call. */
function importOnce(app: string, name: string, origin: string): ImportSample {
  const script = `const t = performance.now(); const mod = await import(${JSON.stringify(name)}); const ms = performance.now() - t;
globalThis.gc(); const heapMB = process.memoryUsage().heapUsed / 1048576; const ORIGIN = ${JSON.stringify(origin)};
const result = await (async () => { ${CALLS[name]} })(); if (result && result.ok === false) throw new Error(JSON.stringify(result.error));
globalThis.gc(); console.log(JSON.stringify({ ms, heapMB, callHeapMB: process.memoryUsage().heapUsed / 1048576 }));
process.exit(0);`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim()) as ImportSample;
}

/** Wall time of a whole process, in ms. */
function processMs(args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const server = fork(join(root, 'bench/server.mjs'), { stdio: 'inherit' });
const origin = await new Promise<string>((resolve) =>
  server.once('message', (message: { port: number }) => resolve(`http://127.0.0.1:${message.port}`)),
);
try {
  const tarball = packTarballs(tarballs, ['@convoflow/compiler']);
  const core = tarball['@convoflow/core'] as string;
  const load = loadavg().map((value) => value.toFixed(2));
  const rows: Array<Record<string, unknown>> = [];
  for (const [connector, sdk] of SDK_PAIRS) {
    const ours = install([core, tarball[connector] as string]);
    const theirs = install([sdk]);
    const samples = {
      ours: [] as number[],
      theirs: [] as number[],
      oursHeap: [] as number[],
      theirsHeap: [] as number[],
      oursCallHeap: [] as number[],
      theirsCallHeap: [] as number[],
    };
    importOnce(ours, connector, origin); // the first run of a folder reads files from disk: not counted
    importOnce(theirs, sdk, origin);
    for (let round = 0; round < ROUNDS; round++) {
      const a = importOnce(ours, connector, origin);
      const b = importOnce(theirs, sdk, origin);
      samples.ours.push(a.ms);
      samples.oursHeap.push(a.heapMB);
      samples.oursCallHeap.push(a.callHeapMB);
      samples.theirs.push(b.ms);
      samples.theirsHeap.push(b.heapMB);
      samples.theirsCallHeap.push(b.callHeapMB);
    }
    const row = {
      connector,
      sdk,
      oursKiB: duKiB(join(ours, 'node_modules')),
      sdkKiB: duKiB(join(theirs, 'node_modules')),
      oursImportMs: median(samples.ours),
      oursImportRange: range(samples.ours),
      sdkImportMs: median(samples.theirs),
      sdkImportRange: range(samples.theirs),
      oursHeapMB: median(samples.oursHeap),
      sdkHeapMB: median(samples.theirsHeap),
      oursCallHeapMB: median(samples.oursCallHeap),
      sdkCallHeapMB: median(samples.theirsCallHeap),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }

  // The CLI as a user runs it: installed from its tarball with everything it depends on.
  const cliApp = install(Object.values(tarball));
  const bin = join(cliApp, 'node_modules/@convoflow/cli/dist/bin.js');
  processMs(['-e', '0'], cliApp);
  processMs([bin, 'connectors'], cliApp);
  const bare: number[] = [];
  const cli: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(processMs(['-e', '0'], cliApp));
    cli.push(processMs([bin, 'connectors'], cliApp));
  }
  const cliRow = { bareMs: median(bare), bareRange: range(bare), cliMs: median(cli), cliRange: range(cli) };
  console.log(JSON.stringify(cliRow));

  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load.join(' ')} (1, 5, 15 min) at the start, shared with other work`;
  const f1 = (n: number) => n.toFixed(1);
  const report = [
    '# Cold start and footprint (`pnpm bench:cold`)',
    '',
    machine + '.',
    `Packed tarballs installed with \`npm install --omit=dev\` into fresh folders. Import: \`await import(name)\` inside a fresh process (node start-up excluded), ours and the SDK's alternating, median (range) of ${ROUNDS}. Heap: \`heapUsed\` after the import and a gc, then after one call against the bench server (bench/server.mjs, its own process) and a gc. Footprint: \`du -sk node_modules\`.`,
    '',
    '| ours | installed | import ms | heap MB: import / + 1 call | official SDK | installed | import ms | heap MB: import / + 1 call |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.connector} + core | ${r.oursKiB} KiB | ${f1(r.oursImportMs as number)} (${r.oursImportRange}) | ${f1(r.oursHeapMB as number)} / ${f1(r.oursCallHeapMB as number)} | ${r.sdk} | ${r.sdkKiB} KiB | ${f1(r.sdkImportMs as number)} (${r.sdkImportRange}) | ${f1(r.sdkHeapMB as number)} / ${f1(r.sdkCallHeapMB as number)} |`,
    ),
    '',
    `\`convoflow connectors\` (whole process): ${f1(cliRow.cliMs)} ms (${cliRow.cliRange}) vs bare \`node -e 0\` ${f1(cliRow.bareMs)} ms (${cliRow.bareRange}): ${(cliRow.cliMs / cliRow.bareMs).toFixed(2)}×.`,
    '',
  ].join('\n');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/cold-start.md'), report);
  writeFileSync(
    join(root, 'bench/results/cold-start.json'),
    `${JSON.stringify({ machine, rounds: ROUNDS, pairs: rows, cli: cliRow }, null, 2)}\n`,
  );
  console.log(report);
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
