import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same workflow always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The hash a journal keeps of its workflow (`sha256:<hex>` of the workflow's JSON with keys sorted): a run is only
 * resumed with the workflow it started with.
 *
 * @example
 * hashWorkflow({ steps: [] }); // 'sha256:…'
 */
export function hashWorkflow(workflow: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(workflow)).digest('hex')}`;
}
