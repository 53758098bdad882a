import { isAbsolute, join } from 'node:path';
import { DEFAULT_RUNS_DIR } from '@convoflow/workflow';
import type { Flags } from './command-line.js';
import type { CliIO } from './io.js';

/** Where run journals live: --state-dir, else $CONVOFLOW_STATE_DIR, else `.convoflow/runs`; relative to the cwd. */
export function stateDir(flags: Flags, io: CliIO): string {
  const given = typeof flags['state-dir'] === 'string' ? flags['state-dir'] : io.env.CONVOFLOW_STATE_DIR;
  const dir = given || DEFAULT_RUNS_DIR;
  return isAbsolute(dir) ? dir : join(io.cwd, dir);
}
