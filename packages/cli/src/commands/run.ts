import type { Connector } from '@convoflow/core';
import { runWorkflow, type Workflow } from '@convoflow/workflow';
import { type EnvironmentFlags, openEnvironment } from '../environment.js';
import { CliError, type CliIO, painter, toJson } from '../io.js';
import { readInputOption, readJsonFile } from '../read-input.js';
import { secretHint } from '../secrets.js';
import { liveTrace } from '../trace.js';

/** The connectors a workflow uses (by the operations its steps name). */
function usedConnectors(workflow: Workflow, connectors: Record<string, Connector>): Connector[] {
  const ids = new Set<string>();
  const walk = (steps: Workflow['steps']) => {
    for (const step of steps) {
      if (step.type === 'connector') ids.add(step.operation.split('.')[0] ?? '');
      if (step.type === 'condition') walk([...step.then, ...(step.else ?? [])]);
    }
  };
  walk(Array.isArray(workflow.steps) ? workflow.steps : []);
  return [...ids]
    .map((id) => connectors[id])
    .filter((connector): connector is Connector => connector !== undefined);
}

/** `convoflow run <workflow.json> [--input …] [--sandbox] [--json]` */
export async function runCommand(
  file: string,
  flags: EnvironmentFlags & { input?: string; json?: boolean; verbose?: boolean },
  connectors: Record<string, Connector>,
  io: CliIO,
): Promise<number> {
  const workflow = (await readJsonFile(file, io.cwd)) as Workflow;
  if (workflow === null || typeof workflow !== 'object' || Array.isArray(workflow)) {
    throw new CliError(
      `${file} is not a workflow: it must be a JSON object with "steps"`,
      'See the workflow schema: @convoflow/workflow/schema/workflow.schema.json',
    );
  }
  const input = (await readInputOption(flags.input, io.cwd)) ?? {};
  const environment = await openEnvironment(flags, usedConnectors(workflow, connectors), io);
  const paint = painter(io);
  const trace = flags.json ? undefined : liveTrace(io);
  try {
    if (!flags.json) {
      const name = typeof workflow.name === 'string' ? workflow.name : file;
      io.stdout.write(
        `${paint('bold', `▶ ${name}`)}${environment.sandbox ? paint('gray', '  (sandbox)') : ''}\n`,
      );
    }
    const result = await runWorkflow(workflow, {
      input,
      connectors,
      secrets: environment.secrets,
      baseUrls: environment.baseUrls,
      allowHosts: environment.allowHosts,
      ...(trace ? { onEvent: trace.onEvent } : {}),
    });
    trace?.stop();
    const refusedBeforeRunning =
      result.steps.length === 0 && (result.error?.kind === 'config' || result.error?.kind === 'input');
    if (flags.json) {
      io.stdout.write(`${toJson(result)}\n`);
      return result.ok ? 0 : refusedBeforeRunning ? 2 : 1;
    }
    if (result.steps.length === 0 && result.error) {
      const issues = result.error.issues ?? [];
      throw new CliError(
        `${file} cannot run: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${issues.map((issue) => `  ${issue.pointer}: ${issue.message}`).join('\n')}`,
        'Nothing was sent. Fix the workflow file (or the --input) and run again.',
      );
    }
    const seconds = (result.durationMs / 1000).toFixed(2);
    if (result.ok) {
      io.stdout.write(`${paint('green', `✔ run ${result.runId} succeeded in ${seconds} s`)}\n`);
      return 0;
    }
    io.stdout.write(
      `${paint('red', `✘ run ${result.runId} failed at step ${result.error?.stepId ?? '?'} after ${seconds} s: ${result.error?.message ?? ''}`)}\n`,
    );
    const hint = secretHint(result.error?.message ?? '', Object.values(connectors));
    if (hint) io.stderr.write(`hint: ${hint}\n`);
    return 1;
  } finally {
    trace?.stop();
    await environment.close();
  }
}
