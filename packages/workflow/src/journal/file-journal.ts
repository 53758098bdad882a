import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RUN_ID, RUN_ID_RULE } from '../run-id.js';
import type { JournalEntry, RunJournal, RunJournalStore, RunSummary } from './journal-types.js';
import { parseJournal, summarize } from './parse-journal.js';
import { RunExistsError } from './run-exists-error.js';
import { lockRun } from './run-lock.js';

/** The default state directory, relative to the working directory. */
export const DEFAULT_RUNS_DIR = '.convoflow/runs';

/**
 * Journals as JSON-lines files, one per run (`<dir>/<runId>.jsonl`, mode 0600, the folder 0700). Every append is
 * written and fsynced before it resolves, so a step recorded is a step that survives a crash. A journal opened to
 * write (`create`, `reopen`) holds the run's lock file (`<dir>/<runId>.lock`, this process's pid) until `close`:
 * a second process running or resuming the same run is refused with `RunLockedError`; a lock left by a dead process
 * is broken.
 *
 * @example
 * const store = fileRunStore('.convoflow/runs');
 * const result = await runWorkflow(workflow, { runId, journal: await store.create(runId) });
 */
export function fileRunStore(dir: string = DEFAULT_RUNS_DIR): RunJournalStore {
  const path = (runId: string) => {
    if (!RUN_ID.test(runId)) throw new Error(`"${runId.slice(0, 140)}": ${RUN_ID_RULE}`);
    return join(dir, `${runId}.jsonl`);
  };
  const openJournal = async (
    runId: string,
    flags: 'wx' | 'a',
    release: () => Promise<void>,
  ): Promise<RunJournal> => {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path(runId), flags, 0o600);
    } catch (error) {
      await release();
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new RunExistsError(runId);
      throw error;
    }
    return {
      runId,
      async append(entry: JournalEntry) {
        await handle.appendFile(`${JSON.stringify(entry)}\n`);
        await handle.sync();
      },
      async close() {
        try {
          await handle.close();
        } finally {
          await release();
        }
      },
    };
  };
  const lock = async (runId: string) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return lockRun(join(dir, `${runId}.lock`), runId);
  };
  const read = async (runId: string): Promise<JournalEntry[] | undefined> => {
    const file = path(runId);
    try {
      return parseJournal(await readFile(file, 'utf8'), file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  return {
    async create(runId) {
      path(runId);
      return openJournal(runId, 'wx', await lock(runId));
    },
    async reopen(runId) {
      path(runId);
      const release = await lock(runId);
      try {
        // A resumed run appends after the last complete line: a torn one is cut off first.
        const entries = await read(runId);
        if (!entries) throw new Error(`run ${runId} has no journal in ${dir}`);
        const handle = await open(path(runId), 'r+');
        try {
          const text = await handle.readFile('utf8');
          if (!text.endsWith('\n'))
            await handle.truncate(Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
        } finally {
          await handle.close();
        }
      } catch (error) {
        await release();
        throw error;
      }
      return openJournal(runId, 'a', release);
    },
    read,
    async list(): Promise<RunSummary[]> {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const runIds = names.filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -6));
      const summaries = await Promise.all(
        runIds
          .filter((runId) => RUN_ID.test(runId))
          .map(async (runId) => summarize(runId, (await read(runId)) ?? [])),
      );
      return summaries.sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
    },
  };
}
