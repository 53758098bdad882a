import { readFileSync } from 'node:fs';
import {
  COMMANDS,
  type CommandName,
  commandHelp,
  type Flags,
  isCommand,
  parseCommand,
} from './command-line.js';
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
  // Each command is loaded when it runs: listing connectors does not load the workflow engine or the sandbox.
  switch (name) {
    case 'run':
      return (await import('./commands/run.js')).runCommand(target, flags, connectors, io);
    case 'call':
      return (await import('./commands/call.js')).callCommand(target, flags, connectors, io);
    case 'request':
      return (await import('./commands/request.js')).requestCommand(target, flags, connectors, io);
    case 'connectors':
      return (await import('./commands/connectors.js')).connectorsCommand(connectors, flags, io);
    case 'describe':
      return (await import('./commands/describe.js')).describeCommand(target, connectors, flags, io);
    case 'runs':
      return (await import('./commands/runs.js')).runsCommand(positionals, connectors, flags, io);
    case 'studio':
      return (await import('./commands/studio.js')).studioCommand(flags, connectors, io);
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
