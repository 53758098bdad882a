import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector } from './load-connector.js';

/** Characters and segments a raw path value must never hold: they would change the URL's shape. */
const FORBIDDEN = ['/', '?', '#'];

/** Why a raw path parameter's schema does not keep its value safe, or undefined. */
function rawProblem(property: Record<string, unknown> | undefined): string | undefined {
  const pattern = property?.pattern;
  const example = (property?.examples as unknown[] | undefined)?.[0];
  if (typeof pattern !== 'string' || typeof example !== 'string')
    return 'a raw path value needs a "pattern" and an "examples" entry the pattern accepts';
  const regex = new RegExp(pattern, 'u');
  if (!regex.test(example)) return `the pattern does not accept its example "${example}"`;
  // The pattern must refuse the example with a forbidden character at the start, middle or end, and dot segments.
  const middle = Math.floor(example.length / 2);
  const probes = [
    '.',
    '..',
    ...FORBIDDEN.flatMap((char) => [
      `${char}${example}`,
      `${example.slice(0, middle)}${char}${example.slice(middle)}`,
      `${example}${char}`,
    ]),
  ];
  const accepted = probes.find((probe) => regex.test(probe));
  return accepted === undefined
    ? undefined
    : `the pattern accepts "${accepted}": exclude /, ?, # and dot segments`;
}

/** `{ param, raw: true }` path parameters only with a schema pattern that keeps `/`, `?`, `#` and `..` out. */
export function rawPathValuesArePatterned(connector: LoadedConnector): {
  errors: CompileIssue[];
  warnings: CompileIssue[];
} {
  const errors: CompileIssue[] = [];
  for (const operation of connector.operations) {
    const entries = (operation.operation.reservedPathParams ?? []) as Array<string | { param: string }>;
    entries.forEach((entry, index) => {
      if (typeof entry === 'string') return;
      const properties = operation.input.properties as Record<string, Record<string, unknown>> | undefined;
      const problem = rawProblem(properties?.[entry.param]);
      if (problem) {
        errors.push({
          file: operation.operationFile,
          pointer: `/reservedPathParams/${index}`,
          message: `${entry.param}: ${problem} (${operation.inputFile}#/properties/${entry.param})`,
        });
      }
    });
  }
  return { errors, warnings: [] };
}
