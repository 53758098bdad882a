import { parseTemplate, type ValidationIssue } from '@convoflow/core';

/** The reference roots a workflow may use. */
export const ROOTS = new Set(['input', 'steps', 'run', 'secrets']);

export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Calls `visit` for every reference in a JSON value, with the pointer of the string that holds it. */
export function forEachReference(
  value: unknown,
  pointer: string,
  visit: (ref: { root: string; path: readonly (string | number)[]; source: string }, pointer: string) => void,
): void {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return;
    for (const part of parseTemplate(value).parts) if (part.kind === 'ref') visit(part.ref, pointer);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      forEachReference(item, childPointer(pointer, index), visit);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      forEachReference(item, childPointer(pointer, key), visit);
  }
}

/** What references may name at a point of the workflow. */
export interface ReferenceScope {
  /** Step ids defined before this point. */
  earlier: ReadonlySet<string>;
  /** Property names of the input schema, when it declares them. */
  inputFields: ReadonlySet<string> | undefined;
  /** Whether `{{secrets.NAME}}` is allowed here (Custom API configs only). */
  secrets: boolean;
}

/** Checks every reference in a value: known root, earlier step, known input field, secrets only where allowed. */
export function referenceIssues(value: unknown, pointer: string, scope: ReferenceScope): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  forEachReference(value, pointer, (ref, at) => {
    const first = ref.path[0];
    if (!ROOTS.has(ref.root)) {
      issues.push({
        pointer: at,
        message: `${ref.source} refers to "${ref.root}" (use input, steps or run)`,
      });
    } else if (ref.root === 'secrets' && !scope.secrets) {
      issues.push({
        pointer: at,
        message: `${ref.source}: secrets go only into a Custom API step's config; connectors apply their own auth`,
      });
    } else if (ref.root === 'steps' && (typeof first !== 'string' || !scope.earlier.has(first))) {
      issues.push({
        pointer: at,
        message: `${ref.source} refers to step "${String(first)}", which is not an earlier step`,
      });
    } else if (
      ref.root === 'input' &&
      scope.inputFields &&
      typeof first === 'string' &&
      !scope.inputFields.has(first)
    ) {
      issues.push({
        pointer: at,
        message: `${ref.source}: the workflow's input schema has no field "${first}"`,
      });
    }
  });
  return issues;
}

/** Pointers (relative to `pointer`) of the strings that hold references: placeholders during validation. */
export function referencePointers(value: unknown, pointer = ''): string[] {
  const found = new Set<string>();
  forEachReference(value, pointer, (_ref, at) => found.add(at));
  return [...found];
}
