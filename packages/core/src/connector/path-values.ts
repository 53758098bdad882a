import { encodePathValue, pathValueProblem } from '../encoding/percent.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import type { OperationSpec } from './define-connector.js';
import type { TemplateNode } from './template-node.js';

/** How each reserved path input is inserted: `path` (may contain `/`) or `raw` (as it is). */
export function reservedModes(operation: OperationSpec): ReadonlyMap<string, 'path' | 'raw'> {
  return new Map(
    (operation.reservedPathParams ?? []).map((entry) =>
      typeof entry === 'string' ? [entry, 'path'] : [entry.param, 'raw'],
    ),
  );
}

/** The input with every scalar percent-encoded, for rendering path templates (a value is one path segment). */
export function pathInput(input: unknown, reserved: ReadonlyMap<string, 'path' | 'raw'>): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    out[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? reserved.get(key) === 'raw'
          ? String(value)
          : encodePathValue(String(value), reserved.has(key))
        : value;
  }
  return out;
}

/** The inputs a path template reads (their first segments). */
function pathKeys(node: TemplateNode): string[] {
  if ('text' in node) return node.refs.map((path) => path[0] ?? '').filter(Boolean);
  if ('expr' in node && 'path' in node.expr) return node.expr.path.slice(0, 1);
  return [];
}

/** Path values that would change the path itself (empty, `.` or `..` segments): refused as input errors. */
export function pathIssues(input: unknown, operation: OperationSpec): ValidationIssue[] {
  if (input === null || typeof input !== 'object') return [];
  const reserved = reservedModes(operation);
  const issues: ValidationIssue[] = [];
  for (const key of pathKeys(operation.path)) {
    const value = (input as Record<string, unknown>)[key];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const mode = reserved.get(key);
    // A raw value passed its schema's pattern; refusing /, ?, # and .. here too keeps the path's shape whatever the
    // schema says.
    const problem =
      mode === 'raw' && /[/?#]/.test(String(value))
        ? 'contains /, ? or #, which a raw path value may not'
        : pathValueProblem(String(value), mode === 'path');
    if (problem) issues.push({ pointer: `/${key}`, message: `goes into the URL path and ${problem}` });
  }
  return issues;
}
