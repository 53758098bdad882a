/**
 * `pnpm bench:scale`: runs of a 3-step workflow (three POSTs with Idempotency-Keys) through `convoflow worker`
 * processes on one redis-server, against an HTTP server in its own process (bench/scale-server.mjs).
 *   1. throughput: 1, 2 and 4 worker processes × --runs runs (queued first, then timed): runs per second;
 *   2. shared limit: every step limited to 50 requests/s (no burst) through Redis, 4 workers: the largest number of
 *      requests in any sliding one-second window, across all workers (goal: within 10% of 50);
 *   3. crashes: 4 workers, one SIGKILLed (and replaced) every 2 s (the oldest that has started taking jobs): runs lost, and steps sent under two different
 *      Idempotency-Keys (goal: 0 and 0); steps sent again under the same key are counted too.
 *   node bench/scale.mjs [--runs 5000] [--workers 1,2,4] [--concurrency 8] [--limit-runs 1100] [--kill-runs 5000]
 *                        [--only throughput,limit,crashes] [--write]   (--write: bench/results/scale.md and scale.json)
 * The defaults are the issue's sizes (several minutes); the load average is recorded at the start and end of each
 * phase, as the machine may be shared.
 * Needs redis-server on PATH and the packages built (`pnpm build`).
 */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enqueueRun, openRedis, redisRunStore } from '../packages/bullmq/dist/index.js';

// BullMQ itself (a dependency of @convoflow/bullmq): to hold the queue while worker processes start.
const { Queue } = await import(
  createRequire(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'bullmq', 'package.json'),
  ).resolve('bullmq')
);

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'packages', 'cli', 'dist', 'bin.js');
const flag = (name, fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const RUNS = Number(flag('--runs', 5000));
const WORKERS = flag('--workers', '1,2,4').split(',').map(Number);
const CONCURRENCY = Number(flag('--concurrency', 8));
// 1100 runs = 3300 requests: at 50/s, 66 s of sustained limit.
const LIMIT_RUNS = Number(flag('--limit-runs', 1100));
const KILL_RUNS = Number(flag('--kill-runs', 5000));
const ONLY = flag('--only', 'throughput,limit,crashes').split(',');
const write = process.argv.includes('--write');
if (write && ONLY.length < 3) throw new Error('--write records every phase: leave out --only');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Redis: no persistence (the crash tests cover AOF); the server: its own process.
const redisPort = await freePort();
const redisDir = mkdtempSync(join(tmpdir(), 'convoflow-bench-redis-'));
const redisServer = spawn(
  'redis-server',
  ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir],
  { stdio: 'ignore' },
);
const redisUrl = `redis://127.0.0.1:${redisPort}`;
const { redis } = openRedis(redisUrl);
for (let tries = 0; ; tries++) {
  try {
    await redis.ping();
    break;
  } catch (error) {
    if (tries > 50) throw error;
    await sleep(100);
  }
}
const redisServerVersion = (await redis.info('server')).match(/redis_version:(\S+)/)?.[1] ?? '?';
const server = fork(join(here, 'scale-server.mjs'), { stdio: 'inherit' });
const origin = `http://127.0.0.1:${await new Promise((resolve) => server.once('message', (message) => resolve(message.port)))}`;
const ask = (message) =>
  new Promise((resolve) => {
    server.once('message', resolve);
    server.send(message);
  });

const workflow = (extra = {}) => ({
  name: 'three-posts',
  steps: ['s1', 's2', 's3'].map((id) => ({
    id,
    type: 'customApi',
    config: {
      url: `${origin}/${id}`,
      method: 'POST',
      headers: { 'Idempotency-Key': `{{run.id}}:${id}` },
      body: { step: id },
      ...extra,
    },
  })),
});

/** Every process started here, ended if this script is interrupted (a timeout, Ctrl-C). */
const spawned = new Set([redisServer, server]);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const child of spawned) child.kill('SIGKILL');
    process.exit(130);
  });

function startWorker(env = {}) {
  const child = spawn(
    process.execPath,
    [bin, 'worker', '--redis', redisUrl, '--concurrency', String(CONCURRENCY)],
    {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  child.ready = new Promise((resolve) => child.stdout.once('data', resolve));
  child.ready.then(() => {
    child.isReady = true;
  });
  child.stdout.resume();
  return child;
}

/** Starts `count` workers while the queue is paused; resumes it (and starts the clock) once all take jobs. */
async function startWorkers(count, env) {
  const queue = new Queue('convoflow-runs', { connection: redis });
  await queue.pause();
  const children = Array.from({ length: count }, () => startWorker(env));
  await Promise.all(children.map((child) => child.ready));
  await queue.resume();
  await queue.close();
  return { children, started: Date.now() };
}
const stop = (child, signal = 'SIGTERM') =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill(signal);
  });

/** Queues `count` runs, 50 at a time (queueing is not what is measured). */
async function enqueue(prefix, count, flow) {
  const ids = Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
  for (let from = 0; from < count; from += 50) {
    const batch = ids.slice(from, from + 50).map((runId) => enqueueRun(flow, { redis, runId }));
    for (const queued of await Promise.all(batch))
      if (!queued.ok) throw new Error(JSON.stringify(queued.issues));
  }
  return ids;
}

/**
 * Waits until `count` runs have sent their last step (or `timeoutMs` passed); returns the ms from the first request
 * to the last, as the server saw them (worker start-up is not counted).
 */
async function waitForLastSteps(count, started, timeoutMs = 15 * 60_000) {
  for (;;) {
    const { lastSteps, first, last } = await ask('progress');
    if (process.env.SCALE_DEBUG) console.log(`  ${lastSteps}/${count} after ${Date.now() - started} ms`);
    if (lastSteps >= count || Date.now() - started > timeoutMs) return (last ?? 0) - (first ?? 0);
    await sleep(200);
  }
}

/** Runs that ended succeeded in Redis (waits a little for the last journal writes). */
async function succeeded(ids) {
  const runs = redisRunStore(redis);
  for (let tries = 0; ; tries++) {
    const wanted = new Set(ids);
    const done = (await runs.list()).filter(
      (run) => wanted.has(run.runId) && run.status === 'succeeded',
    ).length;
    if (done === ids.length || tries >= 20) return done;
    await sleep(500);
  }
}

function largestWindow(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b);
  let largest = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while (sorted[to] - sorted[from] >= windowMs) from++;
    largest = Math.max(largest, to - from + 1);
  }
  return largest;
}

const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const results = {
  parameters: {
    runs: RUNS,
    workers: WORKERS,
    concurrency: CONCURRENCY,
    limitRuns: LIMIT_RUNS,
    killRuns: KILL_RUNS,
  },
  loadAverage: { start: load() },
  runs: RUNS,
  concurrency: CONCURRENCY,
  throughput: [],
  limit: undefined,
  crashes: undefined,
};

// 1. Throughput.
for (const workers of ONLY.includes('throughput') ? WORKERS : []) {
  await redis.flushall();
  await ask('reset');
  const ids = await enqueue(`w${workers}`, RUNS, workflow());
  const loadBefore = load();
  const { children, started } = await startWorkers(workers);
  const elapsed = await waitForLastSteps(RUNS, started);
  await Promise.all(children.map((child) => stop(child)));
  const ok = await succeeded(ids);
  const stats = await ask('stats');
  const row = {
    workers,
    runs: RUNS,
    succeeded: ok,
    seconds: elapsed / 1000,
    runsPerSecond: RUNS / (elapsed / 1000),
    resent: stats.resent,
    twoKeys: stats.twoKeys,
    loadAverage: { before: loadBefore, after: load() },
  };
  results.throughput.push(row);
  console.log(
    `throughput: ${workers} worker(s) × ${CONCURRENCY}: ${RUNS} runs in ${row.seconds.toFixed(1)} s = ${row.runsPerSecond.toFixed(1)} runs/s (${ok} succeeded)`,
  );
}

// 2. A shared limit of 50 requests/s, no burst, across 4 workers.
if (ONLY.includes('limit')) {
  await redis.flushall();
  await ask('reset');
  const ids = await enqueue('limit', LIMIT_RUNS, workflow({ rateLimit: { requests: 50, perMs: 1000 } }));
  const loadBefore = load();
  const { children, started } = await startWorkers(4);
  const elapsed = await waitForLastSteps(LIMIT_RUNS, started);
  await Promise.all(children.map((child) => stop(child)));
  const ok = await succeeded(ids);
  const stats = await ask('stats');
  const largest = largestWindow(stats.arrivals, 1000);
  const steady = stats.requests / (elapsed / 1000);
  results.limit = {
    workers: 4,
    runs: LIMIT_RUNS,
    requests: stats.requests,
    succeeded: ok,
    largestWindow: largest,
    averagePerSecond: steady,
    seconds: elapsed / 1000,
    loadAverage: { before: loadBefore, after: load() },
  };
  console.log(
    `shared limit 50/s, 4 workers: ${stats.requests} requests, largest sliding 1 s window ${largest} (${(((largest - 50) / 50) * 100).toFixed(1)}% over), average ${steady.toFixed(1)}/s`,
  );
}

// 3. One of 4 workers SIGKILLed (and replaced) every 2 s; short locks so a killed worker's job moves on in ~1.5 s.
if (ONLY.includes('crashes')) {
  await redis.flushall();
  await ask('reset');
  const ids = await enqueue('kill', KILL_RUNS, workflow());
  const env = { CONVOFLOW_LOCK_MS: '1000', CONVOFLOW_STALLED_MS: '500' };
  const loadBefore = load();
  const { children, started } = await startWorkers(4, env);
  let kills = 0;
  // Every 2 s the oldest worker that has started taking jobs is killed and replaced (one still starting is spared:
  // on a busy machine start-up alone can take seconds).
  const killer = setInterval(() => {
    const index = children.findIndex((child) => child.isReady);
    if (process.env.SCALE_DEBUG)
      console.log(
        `  kill tick: ${children.filter((child) => child.isReady).length} of ${children.length} ready`,
      );
    if (index === -1) return;
    kills++;
    children[index].kill('SIGKILL');
    children.splice(index, 1);
    children.push(startWorker(env));
  }, 2000);
  const elapsed = await waitForLastSteps(KILL_RUNS, started);
  clearInterval(killer);
  await Promise.all(children.map((child) => stop(child)));
  const ok = await succeeded(ids);
  const stats = await ask('stats');
  results.crashes = {
    workers: 4,
    runs: KILL_RUNS,
    kills,
    seconds: elapsed / 1000,
    lost: KILL_RUNS - ok,
    twoKeys: stats.twoKeys,
    resentSameKey: stats.resent,
    loadAverage: { before: loadBefore, after: load() },
  };
  console.log(
    `crashes: ${kills} workers killed; ${KILL_RUNS - ok} of ${KILL_RUNS} runs lost; ${stats.twoKeys} steps sent under two keys; ${stats.resent} sent again under the same key`,
  );
}

results.loadAverage.end = load();
await redis.quit();
server.disconnect();
await stop(redisServer);

if (write) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Redis ${redisVersion()}`;
  const throughputRows = results.throughput
    .map(
      (row) =>
        `| ${row.workers} | ${row.runs} | ${row.succeeded} | ${row.seconds.toFixed(1)} | ${row.runsPerSecond.toFixed(1)} | ${row.loadAverage.before[0]} → ${row.loadAverage.after[0]} |`,
    )
    .join('\n');
  const { limit, crashes } = results;
  const markdown = `# Scale-out on BullMQ + Redis (\`pnpm bench:scale\`)

Command: \`pnpm bench:scale\` (builds, then \`node bench/scale.mjs --write\`), with these parameters:
\`--runs ${RUNS} --workers ${WORKERS.join(',')} --concurrency ${CONCURRENCY} --limit-runs ${LIMIT_RUNS} --kill-runs ${KILL_RUNS}\`.
Machine: ${machine}; shared with other jobs while it ran (load average, 1/5/15 min: ${results.loadAverage.start.join(' / ')}
at the start, ${results.loadAverage.end.join(' / ')} at the end), so absolute numbers are low and noisy: compare rows.
Runs/s count from the first request to the last one, as the server saw them (worker start-up excluded).
Workload: a 3-step workflow (three POSTs, each with an Idempotency-Key from run id and step id) run by
\`convoflow worker --concurrency ${CONCURRENCY}\` processes, one step per job pickup (the step's result is stored in
Redis before the run's job is queued again), against an HTTP server in its own process.

## Throughput (runs queued first, then timed until every run's last step arrived)

| Worker processes | Runs | Succeeded | Seconds | Runs/s | Load average (1 min) before → after |
| --- | --- | --- | --- | --- | --- |
${throughputRows}

## Shared rate limit: 50 requests/s, no burst, 4 workers

${limit.runs} runs (${limit.requests} requests over ${limit.seconds.toFixed(1)} s, ${limit.succeeded} runs succeeded). Largest number of
requests in any sliding one-second window, across all workers: **${limit.largestWindow}** (goal ≤ 55, within 10% of 50).
Average over the run: ${limit.averagePerSecond.toFixed(1)}/s.

## Crashes: one of 4 workers SIGKILLed and replaced every 2 s

${crashes.runs} runs, ${crashes.kills} workers killed over ${crashes.seconds.toFixed(1)} s. Runs lost: **${crashes.lost}**. Steps sent under two
different Idempotency-Keys: **${crashes.twoKeys}**. Steps sent again under the same key (a killed worker's step in
flight, which the provider deduplicates): ${crashes.resentSameKey}. Load average (1 min) ${crashes.loadAverage.before[0]} →
${crashes.loadAverage.after[0]}.
`;
  await writeFile(join(here, 'results', 'scale.md'), markdown);
  await writeFile(join(here, 'results', 'scale.json'), `${JSON.stringify(results, null, 2)}\n`);
}
process.exit(0);

function redisVersion() {
  return redisServerVersion;
}
