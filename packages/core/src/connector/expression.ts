import { TEMPLATE_HELPERS, type TemplateHelperName } from './helpers.js';

/**
 * A whole-value template leaf (`"{{amount}}"`, `"{{omit this \"id\"}}"`), compiled at build time to this small
 * expression tree so that it keeps the input's JSON type (Handlebars always renders text).
 */
export type Expr =
  | { path: readonly string[] }
  | { literal: string | number | boolean | null }
  | { helper: TemplateHelperName; params: readonly Expr[] };

/** Reads a path from the input with own-property lookups only (no prototype access). */
export function readPath(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Evaluates an expression against the input. */
export function evaluate(expr: Expr, input: unknown): unknown {
  if ('literal' in expr) return expr.literal;
  if ('path' in expr) return readPath(input, expr.path);
  const helper = TEMPLATE_HELPERS[expr.helper] as (...args: unknown[]) => unknown;
  return helper(...expr.params.map((param) => evaluate(param, input)));
}
