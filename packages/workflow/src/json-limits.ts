import type { ValidationIssue } from '@convoflow/core';
import { childPointer } from './references.js';

/** How deep a workflow file or a run input may nest (objects and arrays), far beyond any real one. */
export const MAX_JSON_DEPTH = 200;

/**
 * A problem with the shape of a JSON value that would make checking it unsafe: nesting deeper than
 * {@link MAX_JSON_DEPTH}, or an object that contains itself. Walks with an explicit stack, so it never overflows.
 */
export function jsonShapeProblem(value: unknown, pointer = ''): ValidationIssue | undefined {
  const stack: Array<{ value: unknown; pointer: string; depth: number; path: ReadonlySet<object> }> = [
    { value, pointer, depth: 0, path: new Set() },
  ];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.path.has(item.value))
      return { pointer: item.pointer || '/', message: 'contains itself (a cycle): JSON cannot hold cycles' };
    if (item.depth >= MAX_JSON_DEPTH)
      return {
        pointer: `${item.pointer.split('/').slice(0, 8).join('/')}/…`,
        message: `nests deeper than ${MAX_JSON_DEPTH} levels (the limit)`,
      };
    const path = new Set(item.path).add(item.value);
    for (const [key, child] of Object.entries(item.value))
      stack.push({ value: child, pointer: childPointer(item.pointer, key), depth: item.depth + 1, path });
  }
  return undefined;
}
