import type { ValidationIssue } from '../errors/convoflow-error.js';
import { SecretSet } from '../secrets/secret-set.js';
import { collectSecretNames, type ResolveScope, resolveDeep } from './resolve.js';

/**
 * Resolves `{{input.x}}`, `{{steps.id.body.x}}` and other context references inside any JSON value (a connector
 * step's input, a condition's operands), in one pass: values taken from the context are data and never resolved
 * again. `{{secrets.NAME}}` is refused here: secrets belong in a Custom API node's config or a connector's auth,
 * never in data that a preset may put into a body. Returns the value and the issues (JSON pointers under `pointer`).
 * With `missing: "omit"`, a whole-value reference to an absent value drops its key (optional input left out).
 *
 * @example
 * resolveReferences({ amount: '{{input.amount}}' }, { input: { amount: 2000 } }) // { value: { amount: 2000 }, issues: [] }
 */
export function resolveReferences(
  value: unknown,
  context: Readonly<Record<string, unknown>>,
  pointer = '',
  options: { missing?: 'error' | 'omit' } = {},
): { value: unknown; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  for (const [name, at] of collectSecretNames(value, pointer)) {
    issues.push({
      pointer: at,
      message: `{{secrets.${name}}} is a secret: secrets go only into a Custom API node's config or a connector's auth`,
    });
  }
  const scope: ResolveScope = {
    context,
    secretValues: new Map(),
    placeholders: new Set(),
    secrets: new SecretSet(),
    issues,
    missing: options.missing ?? 'error',
  };
  const resolved = resolveDeep(value, pointer, scope);
  return { value: resolved, issues: scope.issues };
}
