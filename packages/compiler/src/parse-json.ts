import type { CompileIssue } from './compile-issue.js';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses a JSON file, or returns an issue with the line and column of the syntax error. */
export function parseJsonFile(file: string, text: string): { value: unknown } | { issue: CompileIssue } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? { line: 1, column: 1 } : lineColumn(text, Number(position));
    const reason = message
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ at position \d+.*$/, '');
    return { issue: { file, ...where, message: `malformed JSON: ${reason}` } };
  }
}
