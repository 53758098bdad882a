/**
 * `pnpm bench:cold`: what a user installs and waits for before the first call, next to the official SDKs.
 *
 * Every package is packed (`pnpm pack`) and installed with `npm install --omit=dev` into a fresh folder, core + one
 * connector per folder, each SDK in its own folder, as a user would. Then, per pair:
 * - installed footprint: `du -sk node_modules` (KiB, what the disk holds);
 * - cold import: the time `await import(package)` takes inside a fresh `node` process (node's own start-up
 *   excluded), ours and the SDK's alternating, median of 7 rounds; and the heap used after that import (after gc);
 * - the CLI: `convoflow connectors` as a whole process against a bare `node -e 0`, alternating, median of 7.
 * The machine is shared and noisy: ratios are taken within one run, and the load average is recorded.
 *
 * Writes bench/results/cold-start.md and cold-start.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installInFreshFolder, publishablePackages, root } from '../scripts/packages.ts';

const ROUNDS = 7;
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

/** One fresh process: ms that `await import(name)` took, and the heap used after it (after gc), in MB. */
function importOnce(app: string, name: string): { ms: number; heapMB: number } {
  const script = `const t = performance.now(); await import(${JSON.stringify(name)}); const ms = performance.now() - t;
globalThis.gc(); console.log(JSON.stringify({ ms, heapMB: process.memoryUsage().heapUsed / 1048576 }));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim()) as { ms: number; heapMB: number };
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

try {
  const tarball: Record<string, string> = {};
  for (const pkg of publishablePackages()) {
    if (pkg.json.name === '@convoflow/compiler') continue;
    execFileSync('npx', ['-y', 'pnpm@10.34.8', 'pack', '--pack-destination', tarballs], {
      cwd: pkg.dir,
      stdio: 'ignore',
    });
    const prefix = pkg.json.name.replace('@', '').replace('/', '-');
    const file = readdirSync(tarballs).find((name) => name.startsWith(`${prefix}-${pkg.json.version}`));
    if (file) tarball[pkg.json.name] = join(tarballs, file);
  }
  const core = tarball['@convoflow/core'] as string;
  const pairs: Array<[string, string]> = [
    ['@convoflow/connector-stripe', 'stripe'],
    ['@convoflow/connector-slack', '@slack/webhook'],
    ['@convoflow/connector-sendgrid', '@sendgrid/mail'],
    ['@convoflow/connector-google-sheets', '@googleapis/sheets'],
  ];
  const load = loadavg().map((value) => value.toFixed(2));
  const rows: Array<Record<string, unknown>> = [];
  for (const [connector, sdk] of pairs) {
    const ours = install([core, tarball[connector] as string]);
    const theirs = install([sdk]);
    const samples = {
      ours: [] as number[],
      theirs: [] as number[],
      oursHeap: [] as number[],
      theirsHeap: [] as number[],
    };
    importOnce(ours, connector); // the first run of a folder reads files from disk: not counted
    importOnce(theirs, sdk);
    for (let round = 0; round < ROUNDS; round++) {
      const a = importOnce(ours, connector);
      const b = importOnce(theirs, sdk);
      samples.ours.push(a.ms);
      samples.oursHeap.push(a.heapMB);
      samples.theirs.push(b.ms);
      samples.theirsHeap.push(b.heapMB);
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
    `Packed tarballs installed with \`npm install --omit=dev\` into fresh folders. Import: \`await import(name)\` inside a fresh process (node start-up excluded), ours and the SDK's alternating, median (range) of ${ROUNDS}. Heap: \`heapUsed\` after the import and a gc. Footprint: \`du -sk node_modules\`.`,
    '',
    '| ours | installed | import ms | heap MB | official SDK | installed | import ms | heap MB |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.connector} + core | ${r.oursKiB} KiB | ${f1(r.oursImportMs as number)} (${r.oursImportRange}) | ${f1(r.oursHeapMB as number)} | ${r.sdk} | ${r.sdkKiB} KiB | ${f1(r.sdkImportMs as number)} (${r.sdkImportRange}) | ${f1(r.sdkHeapMB as number)} |`,
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
  rmSync(work, { recursive: true, force: true });
}
