import type { PrepareRequestLike } from './connector-fixtures.js';

/** What the recorder needs: a connector's preset, and core's prepareRequest (structural, so testkit needs no core). */
export interface RecordSubject {
  preset(operation: string, input: unknown): unknown;
  prepareRequest: PrepareRequestLike;
  /** Obviously fake secrets, the same the connector's fixture suite uses. */
  secrets: Record<string, string>;
}

/** A recorded case: the expected request (`<case>.request.json`) or the expected issues (`<case>.issues.json`). */
export type RecordedFixture =
  | { suffix: '.request.json'; contents: Record<string, unknown> }
  | { suffix: '.issues.json'; contents: unknown[] };

/**
 * Dry-runs an operation (preset, then core's prepareRequest with fake secrets: nothing is sent) and returns the
 * fixture the connector's suite checks: the exact request on the real base URL, header names lowercase, the
 * idempotency key's random value replaced by `idempotencyKey: true`; or, for invalid input, the exact issues.
 *
 * @example
 * const fixture = await recordFixture({ preset: connector.preset, prepareRequest, secrets }, 'getItem', { id: 'x' });
 */
export async function recordFixture(
  subject: RecordSubject,
  operation: string,
  input: unknown,
): Promise<RecordedFixture> {
  let config: unknown;
  try {
    config = subject.preset(operation, input);
  } catch (error) {
    const issues = (error as { issues?: unknown[] }).issues;
    if ((error as Error).name === 'InputError' && Array.isArray(issues))
      return { suffix: '.issues.json', contents: issues };
    throw error;
  }
  const prepared = await subject.prepareRequest(config as never, { secrets: subject.secrets });
  const { 'idempotency-key': key, ...headers } = prepared.headers;
  const contents: Record<string, unknown> = { method: prepared.method, url: prepared.url, headers };
  if (prepared.body !== undefined) {
    contents.body =
      typeof prepared.body === 'string' ? prepared.body : new TextDecoder().decode(prepared.body);
  }
  if (key !== undefined) contents.idempotencyKey = true;
  return { suffix: '.request.json', contents };
}
