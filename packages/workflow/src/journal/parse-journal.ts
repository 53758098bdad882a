import type { JournalEntry, RunSummary } from './journal-types.js';

/**
 * The entries of a journal's text. A last line without its newline is a write torn by a crash: left out. A bad line
 * anywhere else means the file was damaged or edited: that throws.
 */
export function parseJournal(text: string, name: string): JournalEntry[] {
  // After the last newline comes either nothing or a torn write.
  const complete = text.split('\n').slice(0, -1);
  return complete.map((line, index) => {
    try {
      return JSON.parse(line) as JournalEntry;
    } catch {
      throw new Error(`${name}: line ${index + 1} is not JSON; the journal is damaged`);
    }
  });
}

/** A run's status from its entries: ended (succeeded or failed) or unfinished (still running, or crashed). */
export function summarize(runId: string, entries: readonly JournalEntry[]): RunSummary {
  const start = entries.find((entry) => entry.type === 'run-start');
  const end = entries.findLast((entry) => entry.type === 'run-end');
  return {
    runId,
    status: end
      ? end.ok
        ? 'succeeded'
        : 'failed'
      : entries.at(-1)?.type === 'decision-needed'
        ? 'needs-decision'
        : 'unfinished',
    ...(start?.workflow ? { workflow: start.workflow } : {}),
    ...(start ? { startedAt: start.at } : {}),
    ...(end ? { endedAt: end.at } : {}),
    steps: entries.filter((entry) => entry.type === 'step-end').length,
  };
}
