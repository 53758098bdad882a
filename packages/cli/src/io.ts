import { styleText } from 'node:util';
import type { ValidationIssue } from '@convoflow/core';
import { EXIT } from './exit-codes.js';

/** Where the CLI writes, and what it knows of the terminal: injectable, so tests run it in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Read by `--input -` and `--input @-`. */
  stdin?: AsyncIterable<string | Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/**
 * A failure the CLI reports as one clear line plus a hint (or as JSON with --json), with a non-zero exit code:
 * by default 2, refused before anything was sent.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.refused,
    /** The `error.kind` of the JSON form: `usage` by default, or a result's kind (`config`, `input`, …). */
    readonly kind: string = 'usage',
    readonly issues?: readonly ValidationIssue[],
  ) {
    super(message);
  }
}

type Style = Parameters<typeof styleText>[0];

/** Colour only on a TTY, never with a non-empty NO_COLOR (no-color.org) or TERM=dumb. */
export function painter(
  io: CliIO,
  stream: 'stdout' | 'stderr' = 'stdout',
): (style: Style, text: string) => string {
  const enabled = Boolean(io[stream].isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  return (style, text) => (enabled ? styleText(style, text, { validateStream: false }) : text);
}

/** JSON for people and machines: bytes become base64, two-space indent. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      item instanceof Uint8Array ? { base64: Buffer.from(item).toString('base64') } : item,
    2,
  );
}
