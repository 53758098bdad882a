import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * Another live process holds the run: it is being run or resumed there (refused before anything is sent).
 *
 * @example
 * try { await fileRunStore(dir).reopen(runId); } catch (error) { if (isRunLockedError(error)) console.error(error.holder); }
 */
export class RunLockedError extends Error {
  override readonly name = 'RunLockedError';
  constructor(
    readonly runId: string,
    readonly holder: string,
    readonly lockFile: string,
  ) {
    super(`run ${runId} is being run by another process (${holder})`);
  }
}

/** Whether `error` is a {@link RunLockedError} (by name too, so duplicate package copies still match). */
export function isRunLockedError(error: unknown): error is RunLockedError {
  return error instanceof RunLockedError || (error instanceof Error && error.name === 'RunLockedError');
}

/** What a lock file says: who holds it. */
interface LockOwner {
  pid: number;
  host: string;
  /** A lock file just created, not written yet. */
  young?: boolean;
}

/** The lock files this process holds: a lock naming this pid and not in here was left by an earlier process. */
const held = new Set<string>();

/** A breaker file older than this was left by a process that died while breaking a stale lock. */
const BREAKER_STALE_MS = 10_000;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it belongs to someone else.
    return code(error) === 'EPERM';
  }
}

/** Who holds a lock file; undefined when it is gone. A file not yet written is held by its (young) writer. */
async function readOwner(file: string): Promise<LockOwner | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && owner.pid > 0 && typeof owner.host === 'string')
      return { pid: owner.pid, host: owner.host };
  } catch {}
  // Empty or torn: its writer is between create and write, or died there (then the file gets old).
  const age = await stat(file).then(
    (info) => Date.now() - info.mtimeMs,
    () => 0,
  );
  return { pid: 0, host: hostname(), ...(age > BREAKER_STALE_MS ? {} : { young: true }) };
}

/**
 * A lock held by a process of this host that is gone. A lock naming this very pid that this process does not hold
 * was left by an earlier process that had the same pid (a container restarted). A lock of another host is never
 * judged stale.
 */
const isStale = (owner: LockOwner, file: string) =>
  owner.host === hostname() &&
  !owner.young &&
  (owner.pid === 0 || (owner.pid === process.pid ? !held.has(file) : !alive(owner.pid)));

/**
 * Takes the lock file of a run (created with O_EXCL, holding this process's pid and host): one process at a time
 * runs or resumes a run. A lock left by a process of this host that has died is broken, under a second O_EXCL
 * "breaker" file so that two processes breaking it at once cannot both take it. Throws {@link RunLockedError} when
 * a live process (or one on another host, which cannot be checked) holds it. Resolves to the release function.
 */
export async function lockRun(file: string, runId: string): Promise<() => Promise<void>> {
  const me = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let tries = 0; tries < 5; tries++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(me);
        await handle.sync();
      } finally {
        await handle.close();
      }
      held.add(file);
      return async () => {
        held.delete(file);
        // Only our own lock is removed (a lock broken as stale and taken by another stays theirs).
        if ((await readFile(file, 'utf8').catch(() => '')) === me) await unlink(file).catch(() => {});
      };
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    const owner = await readOwner(file);
    if (owner && !isStale(owner, file)) {
      const holder =
        owner.pid === 0
          ? 'a process starting'
          : owner.host === hostname()
            ? `pid ${owner.pid}`
            : `pid ${owner.pid} on ${owner.host}`;
      throw new RunLockedError(runId, holder, file);
    }
    await breakStaleLock(file);
  }
  throw new RunLockedError(runId, 'a process that keeps taking the lock', file);
}

/** Removes a stale lock file, holding the breaker; someone else breaking it at the same time wins or loses whole. */
async function breakStaleLock(file: string): Promise<void> {
  const breaker = `${file}.break`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(breaker, 'wx', 0o600);
  } catch (error) {
    if (code(error) !== 'EEXIST') throw error;
    const age = await stat(breaker).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > BREAKER_STALE_MS) await unlink(breaker).catch(() => {});
    else await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  try {
    // Looked at again under the breaker: the lock may have been broken and taken meanwhile.
    const owner = await readOwner(file);
    if (owner && isStale(owner, file)) await unlink(file).catch(() => {});
  } finally {
    await handle.close();
    await unlink(breaker).catch(() => {});
  }
}
