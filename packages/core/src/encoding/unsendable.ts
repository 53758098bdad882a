import type { ValidationIssue } from '../errors/convoflow-error.js';
import { childPointer } from '../references/json-pointer.js';

/** The deepest nesting of arrays and objects a request body may have. */
export const MAX_BODY_DEPTH = 256;

function numberProblem(value: number): string | undefined {
  if (Number.isNaN(value)) return 'is NaN, which a request body cannot carry';
  if (!Number.isFinite(value))
    return `is ${value > 0 ? '' : '-'}Infinity (or a number too large to represent), which a request body cannot carry`;
  return undefined;
}

/**
 * Every value in a body that JSON and form encoding would silently change: NaN, ±Infinity (1e400 parses to it)
 * become `null` in JSON and `NaN` in forms, and a BigInt cannot be encoded at all. Each is an issue naming its
 * field. Nesting deeper than {@link MAX_BODY_DEPTH} is one too (nothing below recurses without a bound).
 */
export function unsendableValues(
  value: unknown,
  pointer: string,
  issues: ValidationIssue[] = [],
  depth = 0,
): ValidationIssue[] {
  if (typeof value === 'number') {
    const problem = numberProblem(value);
    if (problem) issues.push({ pointer, message: problem });
  } else if (typeof value === 'bigint') {
    issues.push({ pointer, message: 'is a BigInt, which a request body cannot carry; pass it as a string' });
  } else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    if (depth >= MAX_BODY_DEPTH) {
      issues.push({ pointer, message: `nests deeper than ${MAX_BODY_DEPTH} levels` });
      return issues;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, item] of entries) unsendableValues(item, childPointer(pointer, key), issues, depth + 1);
  }
  return issues;
}

/** Sets `key` on `target` as an own, enumerable data property: a `__proto__` key stays data. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
