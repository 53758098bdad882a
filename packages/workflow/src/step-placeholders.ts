import { forEachReference } from './references.js';

/** How a value that an earlier step will produce reads in a plan: `<steps.charge.body.id>`. */
export function stepPlaceholder(source: string): string {
  return `<${source.replace(/^\{\{\s*|\s*\}\}$/g, '')}>`;
}

/**
 * A stand-in for the outputs of earlier steps, for planning before anything runs: every `{{steps…}}` reference in
 * `value` resolves to its own placeholder text, so the rest of the request can be prepared and shown.
 */
export function placeholderSteps(value: unknown): Record<string, unknown> {
  const steps: Record<string, unknown> = {};
  forEachReference(value, '', (ref) => {
    if (ref.root !== 'steps' || ref.path.length === 0) return;
    let node: Record<string | number, unknown> = steps;
    ref.path.forEach((segment, index) => {
      if (index === ref.path.length - 1) {
        if (!Object.hasOwn(node, segment)) node[segment] = stepPlaceholder(ref.source);
        return;
      }
      const next = node[segment];
      if (next === null || typeof next !== 'object') node[segment] = {};
      node = node[segment] as Record<string | number, unknown>;
    });
  });
  return steps;
}

/** Pointers of the strings in `value` that read an earlier step's output (their problems wait until it ran). */
export function stepReferencePointers(value: unknown, pointer = ''): string[] {
  const found = new Set<string>();
  forEachReference(value, pointer, (ref, at) => {
    if (ref.root === 'steps') found.add(at);
  });
  return [...found];
}

/** True when an issue sits at, or under, one of `pointers`. */
export function isUnder(issuePointer: string, pointers: readonly string[]): boolean {
  return pointers.some((at) => issuePointer === at || issuePointer.startsWith(`${at}/`));
}
