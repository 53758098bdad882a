import { parseArgs } from 'node:util';
import { isConvoFlowError } from '@convoflow/core';
import { callCommand, requestCommand } from './commands/call.js';
import { connectorsCommand, describeCommand } from './commands/describe.js';
import { runCommand } from './commands/run.js';
import { discoverConnectors } from './discover.js';
import { CliError, type CliIO, painter } from './io.js';

export const USAGE = `convoflow — run workflows and call APIs through ConvoFlow connectors

Usage:
  convoflow run <workflow.json> [--input '{…}' | --input @file.json] [--sandbox] [--json]
  convoflow call <connector>.<operation> --input '{…}'|@file [--base-url URL] [--dry-run] [--curl] [--json] [--sandbox]
  convoflow request <node.json> [--dry-run] [--curl] [--json] [--sandbox] [--allow-secret NAME]
  convoflow connectors
  convoflow describe <connector>.<operation>

Options:
  --sandbox          run against the embedded local sandbox (no accounts, no network)
  --env-file FILE    read secrets from a KEY=value file as well as the environment
  --allow-secret N   let a Custom API config read the secret N from the environment (repeatable)
  --dry-run          print the prepared request (secrets redacted; missing secrets as <NAME>)
  --curl             print a paste-able, redacted curl command
  --json             print machine-readable JSON
  --verbose          print redacted details of errors
  -h, --help         this help
`;

const OPTIONS = {
  input: { type: 'string' },
  sandbox: { type: 'boolean' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  curl: { type: 'boolean' },
  'base-url': { type: 'string' },
  'env-file': { type: 'string' },
  'allow-secret': { type: 'string', multiple: true },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI with `argv` (without node and the script); returns the exit code. Never prints a secret. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let verbose = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    verbose = values.verbose === true;
    const [command, target] = positionals;
    if (values.help || !command) {
      io.stdout.write(USAGE);
      return command || values.help ? 0 : 2;
    }
    const needsTarget = (what: string) => {
      if (!target) throw new CliError(`${command} needs ${what}`, `Usage: see \`convoflow --help\`.`);
      return target;
    };
    const connectors = await discoverConnectors(io.cwd);
    const flags = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
    switch (command) {
      case 'run':
        return await runCommand(needsTarget('a workflow file'), flags, connectors, io);
      case 'call':
        return await callCommand(needsTarget('<connector>.<operation>'), flags, connectors, io);
      case 'request':
        return await requestCommand(needsTarget('a Custom API node config file'), flags, connectors, io);
      case 'connectors':
        return connectorsCommand(connectors, io);
      case 'describe':
        return describeCommand(needsTarget('<connector>.<operation>'), connectors, io);
      default:
        throw new CliError(
          `unknown command "${command}"`,
          'Commands: run, call, request, connectors, describe.',
        );
    }
  } catch (error) {
    const paint = painter(io, 'stderr');
    if (error instanceof CliError) {
      io.stderr.write(
        `${paint('red', 'error:')} ${error.message}\n${error.hint ? `${paint('gray', `hint: ${error.hint}`)}\n` : ''}`,
      );
      return error.exitCode;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(
        `${paint('red', 'error:')} ${(error as Error).message}\n${paint('gray', 'hint: see `convoflow --help`')}\n`,
      );
      return 2;
    }
    if (isConvoFlowError(error)) {
      io.stderr.write(`${paint('red', 'error:')} ${error.message}\n`);
      if (verbose) io.stderr.write(`${JSON.stringify(error.toJSON(), null, 2)}\n`);
      return 2;
    }
    io.stderr.write(
      `${paint('red', 'error:')} unexpected ${(error as Error).name ?? 'error'}${verbose ? `: ${(error as Error).stack ?? ''}` : ' (use --verbose for details)'}\n`,
    );
    return 70;
  }
}
