import { parseStepDecision } from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { CliError } from '../io.js';

/** The decision of --decide STEP=resend|skip: for `run`, with --resume only; for `runs resume`, always. */
export function decideFlag(flags: Flags, command: 'run' | 'runs resume' = 'run') {
  const given = flags.decide as string | undefined;
  if (given === undefined) return undefined;
  if (command === 'run' && flags.resume === undefined)
    throw new CliError(
      '--decide goes with --resume',
      'A decision is about the step in flight of a stopped run.',
    );
  const decision = parseStepDecision(given);
  if (!decision)
    throw new CliError(
      `--decide "${given.slice(0, 140)}" is not <stepId>=resend or <stepId>=skip`,
      'resend: the provider shows the request did not arrive, send it again; skip: it arrived, go on without it.',
    );
  return decision;
}
