import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, type CliIO } from './io.js';
import { jsonErrorPosition } from './json-error-position.js';

/**
 * Parses JSON text, or fails with the source, line and column: never a snippet of the text (a config file or an
 * input may hold a credential).
 */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const position = jsonErrorPosition(text);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    const why =
      text.trim() === '' ? ': it is empty' : position && isAtEnd(text, position) ? ': it ends too early' : '';
    throw new CliError(
      `${source} is not valid JSON${where}${why}`,
      'Check the quotes and commas there; JSON has no comments and no trailing commas.',
      undefined,
      'input',
    );
  }
}

function isAtEnd(text: string, position: { line: number; column: number }): boolean {
  const lines = text.split('\n');
  return position.line === lines.length && position.column > (lines.at(-1)?.length ?? 0);
}

/** Reads a JSON file (`-` is stdin), failing clearly when it is missing or malformed. */
export async function readJsonFile(path: string, io: CliIO): Promise<unknown> {
  if (path === '-') return parseJson(await readStdin(io), 'stdin');
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`, 'Check the path (relative to the current folder).');
  }
  return parseJson(text, path);
}

async function readStdin(io: CliIO): Promise<string> {
  if (!io.stdin) throw new CliError('stdin is not available here');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** `--input '{…}'`, `--input @file.json`, or stdin with `--input -` or `--input @-`. */
export async function readInputOption(value: string | undefined, io: CliIO): Promise<unknown> {
  if (value === undefined) return undefined;
  if (value === '-' || value === '@-') return parseJson(await readStdin(io), 'stdin');
  return value.startsWith('@') ? readJsonFile(value.slice(1), io) : parseJson(value, '--input');
}
