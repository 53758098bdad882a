import { readFileSync } from 'node:fs';
import {
  COMMANDS,
  type CommandName,
  commandHelp,
  type Flags,
  isCommand,
  parseCommand,
} from './command-line.js';
import { callCommand } from './commands/call.js';
import { connectorsCommand } from './commands/connectors.js';
import { describeCommand } from './commands/describe.js';
import { requestCommand } from './commands/request.js';
import { runCommand } from './commands/run.js';
import { runsCommand } from './commands/runs.js';
import { studioCommand } from './commands/studio.js';
import { discoverConnectors } from './discover.js';
import { EXIT } from './exit-codes.js';
import { CliError, type CliIO } from './io.js';
import { reportThrown } from './report-error.js';

export const USAGE = `convoflow — run workflows and call APIs through ConvoFlow connectors

Commands:
${Object.entries(COMMANDS)
  .map(([name, spec]) => `  ${name.padEnd(11)} ${spec.summary}`)
  .join('\n')}

Usage:
${Object.values(COMMANDS)
  .map((spec) => `  ${spec.usage}`)
  .join('\n')}

Run \`convoflow help <command>\` (or \`convoflow <command> --help\`) for a command's options.
  -v, --version  the version
  -h, --help     this help

Exit codes: 0 ok · 1 failed at run time · 2 refused before sending anything · 70 internal error (a bug)
`;

/** The CLI's version, from its package.json. */
export function version(): string {
  const file = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

async function dispatch(
  name: CommandName,
  target: string,
  flags: Flags,
  io: CliIO,
  positionals: readonly string[] = [],
): Promise<number> {
  if (name === 'help') {
    const topic = target;
    if (!topic) io.stdout.write(USAGE);
    else if (isCommand(topic)) io.stdout.write(commandHelp(topic));
    else throw new CliError(`unknown command "${topic}"`, `Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    return EXIT.ok;
  }
  const connectors = await discoverConnectors(io.cwd);
  switch (name) {
    case 'run':
      return runCommand(target, flags, connectors, io);
    case 'call':
      return callCommand(target, flags, connectors, io);
    case 'request':
      return requestCommand(target, flags, connectors, io);
    case 'connectors':
      return connectorsCommand(connectors, flags, io);
    case 'describe':
      return describeCommand(target, connectors, flags, io);
    case 'runs':
      return runsCommand(positionals, connectors, flags, io);
    case 'studio':
      return studioCommand(flags, connectors, io);
  }
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. Never prints a secret. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (!isCommand(first)) {
      throw new CliError(
        first.startsWith('-') ? `unknown option "${first}" before the command` : `unknown command "${first}"`,
        `Commands: ${Object.keys(COMMANDS).join(', ')}. See \`convoflow --help\`.`,
      );
    }
    const { flags, positionals } = parseCommand(first, rest);
    if (flags.help) {
      io.stdout.write(commandHelp(first));
      return EXIT.ok;
    }
    return await dispatch(first, positionals[0] ?? '', flags, io, positionals);
  } catch (error) {
    return reportThrown(error, io, json, verbose);
  }
}
