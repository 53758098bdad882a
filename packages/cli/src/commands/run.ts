import type { Connector } from '@convoflow/core';
import { maskSensitiveFields } from '@convoflow/core';
import {
  fileRunStore,
  hashWorkflow,
  RUN_ID,
  RUN_ID_RULE,
  runWorkflow,
  type Workflow,
} from '@convoflow/workflow';
import type { Flags } from '../command-line.js';
import { openEnvironment } from '../environment.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { readInputOption, readJsonFile } from '../read-input.js';
import { secretHint } from '../secrets.js';
import { sensitiveKeys } from '../sensitive.js';
import { stateDir } from '../state-dir.js';
import { liveTrace } from '../trace.js';
import { checkShape } from './call.js';
import { decideFlag } from './decide-flag.js';
import { dryRunWorkflow } from './run-dry.js';
import { routeWorkflow, usedConnectors } from './workflow-connectors.js';

/** `convoflow run <workflow.json> [--input …] [--run-id ID | --resume ID] [--sandbox] [--dry-run] [--curl] [--json]` */
export async function runCommand(
  file: string,
  flags: Flags,
  connectors: Readonly<Record<string, Connector>>,
  io: CliIO,
): Promise<number> {
  const loaded = await readJsonFile(file, io);
  if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) {
    throw new CliError(
      `${file} is not a workflow: it must be a JSON object with "steps"`,
      'See the workflow schema: @convoflow/workflow/schema/workflow.schema.json',
      EXIT.refused,
      'config',
    );
  }
  checkShape(loaded, file);
  const resume = resumeFlag(flags);
  const decision = decideFlag(flags);
  const input = resume ? {} : ((await readInputOption(flags.input as string | undefined, io)) ?? {});
  checkShape(input, '--input');
  const runId = resume ?? (flags['run-id'] as string | undefined);
  if (runId !== undefined && !RUN_ID.test(runId))
    throw new CliError(
      `--${resume ? 'resume' : 'run-id'} "${runId.slice(0, 140)}" is not valid`,
      `${RUN_ID_RULE}.`,
    );
  const used = usedConnectors(loaded as Workflow, connectors);
  const environment = await openEnvironment(flags, used, connectors, io);
  try {
    const workflow = environment.routes
      ? routeWorkflow(loaded as Workflow, environment.routes)
      : (loaded as Workflow);
    const options = {
      input,
      connectors,
      secrets: environment.secrets,
      baseUrls: environment.baseUrls,
      allowHosts: environment.allowHosts,
      ...environment.send,
      ...(runId ? { runId } : {}),
    };
    if (flags['dry-run'] || flags.curl) return await dryRunWorkflow(workflow, file, options, flags, io);
    // Every live run is journaled; the hash is the file's, so a sandbox run resumes on another sandbox port.
    const journaled = {
      ...options,
      journal: fileRunStore(stateDir(flags, io)),
      workflowHash: hashWorkflow(loaded),
      ...(resume ? { resume: true } : {}),
      ...(decision ? { decision } : {}),
    };
    return await runLive(workflow, file, journaled, flags, used, io, environment.routes !== undefined);
  } finally {
    await environment.close();
  }
}

async function runLive(
  workflow: Workflow,
  file: string,
  options: NonNullable<Parameters<typeof runWorkflow>[1]>,
  flags: Flags,
  used: Connector[],
  io: CliIO,
  sandbox: boolean,
): Promise<number> {
  const paint = painter(io);
  const sensitive = sensitiveKeys(used);
  const trace = flags.json ? undefined : liveTrace(io, { verbose: flags.verbose === true, sensitive });
  const runId = options.runId ?? crypto.randomUUID();
  if (trace) {
    const name = typeof workflow.name === 'string' ? workflow.name : file;
    io.stdout.write(
      `${paint('bold', `▶ ${name}`)}  ${paint('gray', `run ${runId}${options.resume ? '  (resumed: completed steps are not sent again)' : ''}${sandbox ? '  (sandbox)' : ''}`)}\n`,
    );
  }
  try {
    const result = await runWorkflow(workflow, {
      ...options,
      runId,
      ...(trace ? { onEvent: trace.onEvent } : {}),
    });
    trace?.stop();
    const refused =
      result.steps.length === 0 && (result.error?.kind === 'config' || result.error?.kind === 'input');
    const code = result.ok ? EXIT.ok : refused ? EXIT.refused : EXIT.failed;
    if (flags.json) {
      io.stdout.write(`${toJson(maskSensitiveFields(result, sensitive))}\n`);
      return code;
    }
    if (refused && result.error) {
      const issues = result.error.issues ?? [];
      throw new CliError(
        `${file} cannot run: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
        journalHint(issues, file, result.runId) ??
          secretHint(issues.map((issue) => issue.message).join('\n'), used) ??
          'Nothing was sent. Fix the workflow file (or the --input, or the secrets) and run again.',
        EXIT.refused,
        result.error.kind,
        issues,
      );
    }
    const seconds = (result.durationMs / 1000).toFixed(2);
    if (result.ok) {
      io.stdout.write(`${paint('green', `✔ run ${result.runId} succeeded in ${seconds} s`)}\n`);
      return code;
    }
    io.stdout.write(
      `${paint('red', `✘ run ${result.runId} failed at step ${result.error?.stepId ?? '?'} after ${seconds} s: ${result.error?.message ?? ''}`)}\n`,
    );
    const hint = decisionHint(result, file) ?? secretHint(result.error?.message ?? '', used);
    if (hint) io.stderr.write(`hint: ${hint}\n`);
    return code;
  } finally {
    trace?.stop();
  }
}

/** The run id of --resume, refused with the flags it cannot go with. */
function resumeFlag(flags: Flags): string | undefined {
  const resume = flags.resume as string | undefined;
  if (resume === undefined) return undefined;
  const clash = ['run-id', 'input', 'dry-run', 'curl'].find((name) => flags[name] !== undefined);
  if (clash)
    throw new CliError(
      `--resume cannot go with --${clash}`,
      'A resumed run keeps its run id and its input, and sends what is left of it.',
    );
  return resume;
}

/** For a run stopped at a step that needs a decision: how to give it. */
function decisionHint(result: { runId: string; error?: { stepId?: string; message: string } }, file: string) {
  if (!result.error?.message.includes('needs a decision')) return undefined;
  const step = result.error.stepId ?? '<step>';
  return (
    `Check with the provider whether that request arrived, then: convoflow run ${file} --resume ${result.runId} ` +
    `--decide ${step}=skip (it arrived) or --decide ${step}=resend (it did not)`
  );
}

/** A hint for a refusal that concerns the run journal: a taken run id, or a run that cannot be resumed. */
function journalHint(issues: readonly { pointer: string; message: string }[], file: string, runId: string) {
  const issue = issues.find((item) => item.pointer === 'runId');
  if (!issue) return undefined;
  if (issue.message.includes('already has a journal'))
    return `Nothing was sent. To continue that run: convoflow run ${file} --resume ${runId}`;
  if (issue.message.includes('is being run by another process'))
    return 'Nothing was sent. One process at a time runs a run: wait for the other to end (or stop it), then resume.';
  return 'Nothing was sent. See the runs and their status: convoflow runs';
}
