import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './io.js';
import { NETWORK_DETAILS, NETWORK_OPTIONS } from './network-flags.js';
import { QUEUE_COMMANDS, REDIS_DETAIL } from './queue-commands.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The option line every command that reads or writes run journals shows (here, not in state-dir.ts, so that parsing
 * a command line does not load the workflow engine).
 */
const STATE_DIR_DETAIL =
  '--state-dir DIR      where run journals live (default: $CONVOFLOW_STATE_DIR, else .convoflow/runs)';

const SEND = {
  sandbox: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  curl: { type: 'boolean' },
  'secrets-file': { type: 'string' },
  verbose: { type: 'boolean' },
  ...NETWORK_OPTIONS,
} as const satisfies Options;
const COMMON = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** One command: its usage line, what it does, its own options and positional arguments. */
export interface CommandSpec {
  usage: string;
  summary: string;
  /** Option lines for its help. */
  details: string[];
  options: Options;
  positionals: readonly string[];
  /** How many positionals it takes at most, when more than it requires. */
  maxPositionals?: number;
}

const SEND_DETAILS = [
  '--sandbox            send to the embedded local sandbox (no accounts, no network)',
  '--dry-run            print the request(s) without sending (secrets as <NAME>)',
  '--curl               print paste-able, redacted curl commands; sends nothing',
  '--secrets-file FILE  read secrets from a KEY=value file as well as the environment',
  '--json               print machine-readable JSON (errors too)',
  '--verbose            print each request, response and retry as it happens, and error details',
  ...NETWORK_DETAILS,
];

/** Every command `convoflow` knows. */
export const COMMANDS = {
  run: {
    usage:
      "convoflow run <workflow.json> [--input '{…}' | @file | -] [--run-id ID | --resume ID] [--sandbox] [--dry-run] [--curl] [--json]",
    summary: 'validate a workflow, check every secret and host, then run it with a live trace',
    details: [
      "--input '{…}'|@file|-  the run input as JSON, a file, or stdin (- or @-)",
      '--run-id ID          1–128 of A-Z a-z 0-9 . _ - ; re-running a run with its id re-uses its idempotency keys',
      '--resume ID          continue the crashed run ID from its journal: same input, same idempotency keys',
      '--decide STEP=resend|skip  with --resume: the step in flight without an Idempotency-Key when the run stopped',
      '                     arrived (skip: it counts as done) or did not (resend it); journaled',
      STATE_DIR_DETAIL,
      '--allow-secret NAME  let a Custom API step read the secret NAME from the environment (repeatable)',
      ...SEND_DETAILS,
    ],
    options: {
      ...SEND,
      ...COMMON,
      input: { type: 'string' },
      'run-id': { type: 'string' },
      resume: { type: 'string' },
      decide: { type: 'string' },
      'state-dir': { type: 'string' },
      'allow-secret': { type: 'string', multiple: true },
    },
    positionals: ['workflow.json'],
  },
  call: {
    usage:
      "convoflow call <connector>.<operation> [--input '{…}' | @file | -] [--base-url URL] [--connection '{…}'] [--all [--max-pages N]] [--sandbox] [--dry-run] [--curl] [--json]",
    summary: 'call one connector operation',
    details: [
      "--input '{…}'|@file|-  the operation's input as JSON, a file, or stdin (- or @-)",
      '--base-url URL       send to another base URL (a proxy or test server); its host may receive the secrets',
      "--connection '{…}'   the connector's connection parameters as JSON (see `convoflow describe <connector>`)",
      '--all                follow every page of a paginated operation and print each item (JSON lines with --json)',
      '--max-pages N        with --all, stop after N pages (default 100, at most 10000)',
      ...SEND_DETAILS,
    ],
    options: {
      ...SEND,
      ...COMMON,
      input: { type: 'string' },
      'base-url': { type: 'string' },
      connection: { type: 'string' },
      all: { type: 'boolean' },
      'max-pages': { type: 'string' },
    },
    positionals: ['connector.operation'],
  },
  request: {
    usage: 'convoflow request <node.json> [--allow-secret NAME] [--sandbox] [--dry-run] [--curl] [--json]',
    summary: 'send a Custom API node config',
    details: [
      '--allow-secret NAME  let the config read the secret NAME from the environment (repeatable)',
      ...SEND_DETAILS,
    ],
    options: { ...SEND, ...COMMON, 'allow-secret': { type: 'string', multiple: true } },
    positionals: ['node.json'],
  },
  connectors: {
    usage: 'convoflow connectors [--json]',
    summary: 'list installed and workspace connectors and their operations',
    details: ['--json               an array of connectors with their operations'],
    options: { ...COMMON },
    positionals: [],
  },
  describe: {
    usage: 'convoflow describe <connector>[.<operation>] [--json]',
    summary:
      'input fields, secrets and how to get them, connection parameters, and an example that passes validation',
    details: [
      '--json               the operation (input schema, secrets, connection, example) or the connector',
    ],
    options: { ...COMMON },
    positionals: ['connector[.operation]'],
  },
  runs: {
    usage:
      'convoflow runs [show <runId> | resume <runId> --redis URL [--decide STEP=resend|skip]] [--state-dir DIR | --redis URL] [--json]',
    summary:
      'list journaled runs with their status, print one run’s journal (redacted), or queue a stopped run again',
    details: [
      STATE_DIR_DETAIL,
      REDIS_DETAIL,
      'resume <runId>       (queue) put a run whose job failed back in the queue; a file run resumes with',
      '                     convoflow run <workflow.json> --resume <runId>',
      '--decide STEP=resend|skip  with resume: the step in flight without an Idempotency-Key when the run stopped',
      '                     arrived (skip: it counts as done) or did not (resend it); journaled',
      '--json               the runs, or the journal’s entries, as JSON',
    ],
    options: {
      ...COMMON,
      'state-dir': { type: 'string' },
      redis: { type: 'string' },
      decide: { type: 'string' },
    },
    positionals: [],
    maxPositionals: 2,
  },
  ...QUEUE_COMMANDS,
  studio: {
    usage: 'convoflow studio [--port N] [--sandbox] [--allow-secret NAME] [--secrets-file FILE]',
    summary: 'the configuration panel and the execution view in the browser, on 127.0.0.1',
    details: [
      '--port N             the port on 127.0.0.1 (default 0: a free one); the printed URL carries the token',
      '--sandbox            the embedded sandbox is the only target (otherwise each send chooses; sandbox first)',
      '--allow-secret NAME  let a Custom API config reference the secret NAME (repeatable)',
      '--secrets-file FILE  read secrets from a KEY=value file as well as the environment',
    ],
    options: {
      ...COMMON,
      port: { type: 'string' },
      sandbox: { type: 'boolean' },
      'allow-secret': { type: 'string', multiple: true },
      'secrets-file': { type: 'string' },
    },
    positionals: [],
  },
  help: {
    usage: 'convoflow help [<command>]',
    summary: 'this help, or one command’s',
    details: [],
    options: { ...COMMON },
    positionals: [],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** The flags one command was given (every option is optional). */
export type Flags = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses one command's arguments with Node's `util.parseArgs`: unknown flags, a missing value and extra or missing
 * positionals are usage errors (exit 2).
 */
export function parseCommand(
  name: CommandName,
  args: readonly string[],
): { flags: Flags; positionals: string[] } {
  const spec: CommandSpec = COMMANDS[name];
  let parsed: { values: Flags; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: spec.options,
      allowPositionals: true,
      strict: true,
    }) as never;
  } catch (error) {
    throw new CliError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, ''),
      `Usage: ${spec.usage}`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { flags: values, positionals };
  const limit = spec.maxPositionals ?? (name === 'help' ? 1 : spec.positionals.length);
  if (positionals.length > limit)
    throw new CliError(`unexpected argument "${positionals[limit]}"`, `Usage: ${spec.usage}`);
  if (positionals.length < spec.positionals.length)
    throw new CliError(`${name} needs <${spec.positionals[positionals.length]}>`, `Usage: ${spec.usage}`);
  return { flags: values, positionals };
}

/** The help of one command. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const options =
    spec.details.length > 0 ? `\nOptions:\n${spec.details.map((line) => `  ${line}`).join('\n')}\n` : '';
  return `${spec.summary}\n\nUsage:\n  ${spec.usage}\n${options}  -h, --help           this help\n`;
}
