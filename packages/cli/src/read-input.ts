import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './io.js';

function lineColumn(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  return ` at line ${before.split('\n').length}, column ${Number(position) - before.lastIndexOf('\n')}`;
}

/** Parses JSON text, or fails with the source, line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ at position \d+.*$/, '');
    throw new CliError(
      `${source} is not valid JSON${lineColumn(text, (error as Error).message)}: ${reason}`,
      'Check the quotes and commas; JSON has no comments or trailing commas.',
    );
  }
}

/** Reads a JSON file, failing clearly when it is missing or malformed. */
export async function readJsonFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`, 'Check the path (relative to the current folder).');
  }
  return parseJson(text, path);
}

/** `--input '{…}'` or `--input @file.json`. */
export async function readInputOption(value: string | undefined, cwd: string): Promise<unknown> {
  if (value === undefined) return undefined;
  return value.startsWith('@') ? readJsonFile(value.slice(1), cwd) : parseJson(value, '--input');
}
