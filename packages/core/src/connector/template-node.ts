import { escapeReferences } from '../references/parse-template.js';
import { type Expr, evaluate, readPath } from './expression.js';
import type { TextTemplate } from './text-template.js';

/**
 * A JSON-shaped template, as the compiler emits it: literals, whole-value expressions (typed), text templates
 * (Handlebars, precompiled), objects and arrays of them. `refs` are the input paths a leaf reads, used to omit a
 * leaf whose inputs are all absent.
 */
export type TemplateNode =
  | { literal: unknown }
  | { expr: Expr }
  | { text: TextTemplate; refs: ReadonlyArray<readonly string[]> }
  | { object: ReadonlyArray<readonly [string, TemplateNode]> }
  | { array: readonly TemplateNode[] };

/**
 * Renders a template against the input. Absent optional input is omitted, never sent as "": an expression that
 * yields undefined, a text leaf whose inputs are all absent, and an object all of whose entries were omitted, all
 * disappear. Every string that comes out is escaped for core's reference syntax, so input data is never resolved
 * as a reference or a secret later (core's one-pass rule).
 */
export function renderNode(node: TemplateNode, input: unknown): unknown {
  if ('literal' in node) return node.literal;
  if ('expr' in node) return escapeDeep(evaluate(node.expr, input));
  if ('text' in node) {
    if (node.refs.length > 0 && node.refs.every((path) => readPath(input, path) === undefined))
      return undefined;
    return escapeReferences(node.text(input));
  }
  if ('array' in node) {
    return node.array.map((item) => renderNode(item, input)).filter((item) => item !== undefined);
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const [key, child] of node.object) {
    const value = renderNode(child, input);
    if (value === undefined) continue;
    out[key] = value;
    kept++;
  }
  return kept === 0 && node.object.length > 0 ? undefined : out;
}

/** Escapes every string inside a value (data put into a config must stay data). */
export function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeReferences(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = escapeDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
