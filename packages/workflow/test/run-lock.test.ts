/**
 * One process at a time holds a run journaled in files: its lock file names its pid; a second one is refused, a
 * lock left by a dead process is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileRunStore, isRunLockedError, RunLockedError } from '../src/index.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'convoflow-lock-'));
/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid ?? 0;

describe('the lock of a run journaled in files', () => {
  it('refuses a second writer while the first holds the run, and lets it in once closed', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    const first = await store.create('r1');
    expect(JSON.parse(readFileSync(join(dir, 'r1.lock'), 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
    });
    const refused = await store.reopen('r1').catch((error: unknown) => error);
    expect(isRunLockedError(refused)).toBe(true);
    expect((refused as RunLockedError).message).toBe(
      `run r1 is being run by another process (pid ${process.pid})`,
    );
    await first.append({ type: 'run-resume', at: 'x' });
    await first.close();
    expect(existsSync(join(dir, 'r1.lock'))).toBe(false);
    const second = await store.reopen('r1');
    await second.close();
  });

  it('takes over a lock whose process has died', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    await (await store.create('r1')).close();
    writeFileSync(join(dir, 'r1.lock'), JSON.stringify({ pid: deadPid(), host: hostname() }));
    const journal = await store.reopen('r1');
    expect(JSON.parse(readFileSync(join(dir, 'r1.lock'), 'utf8')).pid).toBe(process.pid);
    await journal.close();
  });

  it('lets exactly one of two resumes racing for a dead process’s lock take it', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    await (await store.create('r1')).close();
    const dead = JSON.stringify({ pid: deadPid(), host: hostname() });
    for (let round = 0; round < 20; round++) {
      writeFileSync(join(dir, 'r1.lock'), dead);
      const both = await Promise.allSettled([store.reopen('r1'), store.reopen('r1')]);
      const won = both.filter((outcome) => outcome.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(both.find((outcome) => outcome.status === 'rejected')?.reason).toBeInstanceOf(RunLockedError);
      await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof store.reopen>>>).value.close();
    }
  });

  it('takes over a lock naming this pid that this process does not hold (an earlier process had the same pid)', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    await (await store.create('r1')).close();
    writeFileSync(join(dir, 'r1.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    await (await store.reopen('r1')).close();
  });

  it('refuses a lock held by another live process, and one of another host (it cannot be checked)', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    await (await store.create('r1')).close();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      writeFileSync(join(dir, 'r1.lock'), JSON.stringify({ pid: other.pid, host: hostname() }));
      await expect(store.reopen('r1')).rejects.toThrow(`(pid ${other.pid})`);
      writeFileSync(join(dir, 'r1.lock'), JSON.stringify({ pid: deadPid(), host: 'elsewhere.example' }));
      await expect(store.reopen('r1')).rejects.toBeInstanceOf(RunLockedError);
    } finally {
      other.kill();
    }
  });

  it('refuses a new run under an id another process is running, without touching its lock', async () => {
    const dir = newDir();
    const store = fileRunStore(dir);
    const first = await store.create('r1');
    await expect(store.create('r1')).rejects.toBeInstanceOf(RunLockedError);
    expect(JSON.parse(readFileSync(join(dir, 'r1.lock'), 'utf8')).pid).toBe(process.pid);
    await first.close();
  });
});
