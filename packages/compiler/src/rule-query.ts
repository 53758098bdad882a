import { analyzeTemplate } from './analyze-template.js';
import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector, LoadedOperation } from './load-connector.js';

type Schema = Record<string, unknown>;

const EXAMPLE = 'like "{{this}}" or "{{omit this \\"id\\"}}"';

/** The schema a root path reaches by plain `properties` (undefined where it cannot tell). */
function schemaAt(input: Schema, path: readonly string[]): Schema | undefined {
  let schema: Schema | undefined = input;
  for (const part of path) {
    const properties = schema?.properties as Record<string, Schema> | undefined;
    schema = properties && Object.hasOwn(properties, part) ? properties[part] : undefined;
  }
  return schema;
}

const isObjectSchema = (schema: Schema | undefined): boolean =>
  schema !== undefined && ([] as unknown[]).concat(schema.type ?? []).includes('object');

/** Why a whole-query expression may not yield an object, or undefined when it always does. */
function wholeQueryProblem(expr: unknown, input: Schema): string | undefined {
  const node = expr as { path?: string[]; helper?: string; params?: Array<{ path?: string[] }> };
  const subject = node.helper === 'omit' ? node.params?.[0] : node.helper === undefined ? node : undefined;
  if (!subject?.path) return `must yield an object: use an object input or the omit helper, ${EXAMPLE}`;
  if (!isObjectSchema(schemaAt(input, subject.path)))
    return `${subject.path.length === 0 ? 'this' : subject.path.join('.')} is not an object in the input schema`;
  return undefined;
}

/** Inputs that the path inserts (`{{id}}`), which a whole-query `{{this}}` would send a second time. */
function pathInputs(operation: LoadedOperation): string[] {
  const path = String(operation.operation.path ?? '');
  return [...path.matchAll(/\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g)].map((match) => match[1] as string);
}

/**
 * A query given as one string is a whole-query expression: it must be exactly one `{{…}}` expression that yields an
 * object (an object input, or `omit` of one), so the caller's key order is kept. A `{{this}}` that also holds path
 * inputs sends them twice: a warning.
 */
export function wholeQueryIsAnObject(connector: LoadedConnector): {
  errors: CompileIssue[];
  warnings: CompileIssue[];
} {
  const errors: CompileIssue[] = [];
  const warnings: CompileIssue[] = [];
  for (const operation of connector.operations) {
    const query = operation.operation.query;
    if (typeof query !== 'string') continue;
    const at = { file: operation.operationFile, pointer: '/query' };
    const { leaf, issues } = analyzeTemplate(query, { ...at, inputSchema: operation.input });
    if (issues.length > 0) continue; // reported where the templates compile
    if (leaf?.kind !== 'expr') {
      errors.push({
        ...at,
        message: `a whole query must be exactly one expression yielding an object, ${EXAMPLE}; for single parameters write an object of templates`,
      });
      continue;
    }
    const problem = wholeQueryProblem(leaf.expr, operation.input);
    if (problem) {
      errors.push({ ...at, message: problem });
      continue;
    }
    const expr = leaf.expr as { path?: string[]; helper?: string; params?: Array<{ literal?: unknown }> };
    const omitted = new Set(expr.helper === 'omit' ? (expr.params ?? []).map((param) => param.literal) : []);
    const twice = pathInputs(operation).filter((name) => !omitted.has(name));
    const whole = expr.helper === 'omit' ? expr.params?.[0] : expr;
    if ((whole as { path?: string[] }).path?.length === 0 && twice.length > 0)
      warnings.push({
        ...at,
        message: `also sends the path input${twice.length > 1 ? 's' : ''} ${twice.join(', ')}: leave ${twice.length > 1 ? 'them' : 'it'} out with {{omit this "${twice.join('" "')}"}}`,
      });
  }
  return { errors, warnings };
}
