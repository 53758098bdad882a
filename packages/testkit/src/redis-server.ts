import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';

/** A `redis-server` of the test's own, on 127.0.0.1 and a random port. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM: with AOF on, everything written is on disk first) and starts it again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Whether `redis-server` is on PATH. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * `describe`, when `redis-server` is on PATH; otherwise the suite is skipped with a note on stderr, and under CI
 * (`CI=true`) the skip fails the run: CI must run these tests.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (hasRedisServer()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true')
    throw new Error(
      `${name}: redis-server is not on PATH, and CI must run these tests (apt-get install redis-server)`,
    );
  process.stderr.write(
    `\nNOTE: skipping "${name}": redis-server is not on PATH (apt-get install redis-server)\n`,
  );
  describe.skip(name, body);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number, dir: string, aof: boolean): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir];
  args.push(...(aof ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']));
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts `redis-server --port N --save ''` (plus `--appendonly yes --appendfsync always` with `aof`) in a temporary
 * folder. Always close it (`afterAll`).
 */
export async function startRedisServer(options: { aof?: boolean } = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'convoflow-redis-'));
  const port = await freePort();
  let child = await launch(port, dir, options.aof === true);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart() {
      await stop(child);
      child = await launch(port, dir, options.aof === true);
    },
    async close() {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
