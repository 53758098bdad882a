/**
 * `pnpm bench:late-exit`: why a process that made one undici request exits late, and what avoids it.
 *
 * Each variant runs as its own `node` process making one request to a server in another process. The client prints
 * when its response was complete (ms since the process started); the parent times the whole process, so
 * `exit − response` is how long the process lingered after its work was done. Variants alternate, median of ROUNDS.
 * Results: bench/results/late-exit.md.
 */
import { fork, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

if (process.argv[2] === 'client') {
  const [, , , how, url] = process.argv;
  const done = () => process.stdout.write(`${performance.now()}\n`);
  if (how === 'http') {
    const http = await import('node:http');
    await new Promise((resolve, reject) =>
      http
        .get(url, (response) => {
          response.resume();
          response.on('end', resolve);
        })
        .on('error', reject),
    );
    done();
  } else if (how === 'fetch') {
    await (await fetch(url)).arrayBuffer();
    done();
  } else {
    // What a CLI can do for itself, without asking its users for node flags.
    if (how === 'undici+liftoff') (await import('node:v8')).setFlagsFromString('--liftoff-only');
    const { request, getGlobalDispatcher } = await import('undici');
    const response = await request(url);
    await response.body.arrayBuffer();
    done();
    if (how === 'undici+close') await getGlobalDispatcher().close();
    if (how === 'undici+exit') process.exit(0);
  }
} else {
  const server = fork(join(here, 'server.mjs'), { stdio: 'inherit' });
  const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
  const url = `http://127.0.0.1:${port}/v1/payment_intents`;
  const variants = [
    ['node:http (native parser)', [], 'http', {}],
    ['undici request()', [], 'undici', {}],
    ['undici request(), --liftoff-only', ['--liftoff-only'], 'undici', {}],
    ['undici request(), --no-wasm-tier-up', ['--no-wasm-tier-up'], 'undici', {}],
    ['undici request(), v8.setFlagsFromString(--liftoff-only) first', [], 'undici+liftoff', {}],
    ['undici request(), --wasm-lazy-compilation', ['--wasm-lazy-compilation'], 'undici', {}],
    ['undici request(), UNDICI_NO_WASM_SIMD=1', [], 'undici', { UNDICI_NO_WASM_SIMD: '1' }],
    ['undici request(), dispatcher closed', [], 'undici+close', {}],
    ['undici request(), process.exit()', [], 'undici+exit', {}],
    ['global fetch()', [], 'fetch', {}],
  ];
  const samples = variants.map(() => ({ wall: [], response: [], late: [] }));
  const self = fileURLToPath(import.meta.url);
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [index, [, flags, how, env]] of variants.entries()) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [...flags, self, 'client', how, url], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        cwd: here,
      });
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (run.status !== 0) throw new Error(`${how}: ${run.stderr}`);
      const response = Number(run.stdout.trim());
      if (round === 0) continue; // warm-up: files into the page cache
      samples[index].wall.push(wall);
      samples[index].response.push(response);
      samples[index].late.push(wall - response);
    }
  }
  server.kill();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = variants.map(([name], index) => {
    const s = samples[index];
    return `| ${name} | ${median(s.wall).toFixed(0)} | ${median(s.response).toFixed(0)} | ${median(s.late).toFixed(0)} (${Math.min(...s.late).toFixed(0)}–${Math.max(...s.late).toFixed(0)}) |`;
  });
  const report = `# Late exit after one request (\`pnpm bench:late-exit\`)

Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} at the end (shared machine). One GET to a local server in another process, per fresh process;
median (range of the lingering) over ${ROUNDS} alternating rounds, ms.

| variant | whole process | response complete at | lingered after it |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
  writeFileSync(join(here, 'results/late-exit.md'), report);
  console.log(report);
}
