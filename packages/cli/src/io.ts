import { styleText } from 'node:util';

/** Where the CLI writes, and what it knows of the terminal: injectable, so tests run it in-process. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** A failure the CLI reports as one clear line plus a hint, with a non-zero exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

type Style = Parameters<typeof styleText>[0];

/** Colour only on a TTY, and never with NO_COLOR set. */
export function painter(
  io: CliIO,
  stream: 'stdout' | 'stderr' = 'stdout',
): (style: Style, text: string) => string {
  const enabled = Boolean(io[stream].isTTY) && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  return (style, text) => (enabled ? styleText(style, text) : text);
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
