import { resolveReferences } from '@convoflow/core';
import type { Predicate } from './generated/types.js';

/** What a predicate can see of a finished step. */
export interface StepOutcome {
  ok: boolean;
  status?: number;
  error?: { kind: string };
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * Evaluates a condition's predicate: `ok`, `failed`, `status` (equals or between), `errorKind`, `equals` (two values,
 * references resolved once), and `all` / `any` / `not`. No expressions, no eval. A step that has not run is neither
 * ok nor failed.
 */
export function evaluatePredicate(
  predicate: Predicate,
  steps: Readonly<Record<string, StepOutcome>>,
  context: Readonly<Record<string, unknown>>,
): boolean {
  const outcome = (id: string) => (Object.hasOwn(steps, id) ? steps[id] : undefined);
  if (predicate.ok !== undefined) return outcome(predicate.ok)?.ok === true;
  if (predicate.failed !== undefined) return outcome(predicate.failed)?.ok === false;
  if (predicate.status) {
    const status = outcome(predicate.status.step)?.status;
    if (status === undefined) return false;
    if (predicate.status.equals !== undefined && status !== predicate.status.equals) return false;
    const [low, high] = predicate.status.between ?? [];
    return (low === undefined || status >= low) && (high === undefined || status <= high);
  }
  if (predicate.errorKind)
    return outcome(predicate.errorKind.step)?.error?.kind === predicate.errorKind.equals;
  if (predicate.equals) {
    // A reference that does not resolve (a misspelt field) never makes two values equal.
    const { value, issues } = resolveReferences(predicate.equals, context);
    if (issues.length > 0) return false;
    const [left, right] = value as [unknown, unknown];
    return equal(left, right);
  }
  if (predicate.all) return predicate.all.every((item) => evaluatePredicate(item, steps, context));
  if (predicate.any) return predicate.any.some((item) => evaluatePredicate(item, steps, context));
  if (predicate.not) return !evaluatePredicate(predicate.not, steps, context);
  return false;
}
