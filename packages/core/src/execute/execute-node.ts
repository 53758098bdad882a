/**
 * `executeNode`, the top of the path one call follows, each step in its own module and called in this order:
 * prepare the request (prepare/prepare-request.ts) → plan its attempts (plan-attempts.ts) → the attempt loop
 * (attempt-loop.ts), which sends one attempt (send-attempt.ts), judges it (judge-attempt.ts) and decides what follows
 * (decide-next.ts). The synchronous and asynchronous branches meet in sync-or-async.ts.
 */
import type { TypedNodeConfig } from '../config/typed-config.js';
import type { CustomApiNodeConfig } from '../config/types.js';
import { describeIssues, isConfigError } from '../errors/config-error.js';
import { isInputError } from '../errors/input-error.js';
import { prepareNow } from '../prepare/prepare-request.js';
import type { PreparedRequest, RedactedRequest } from '../prepare/prepared-request.js';
import type { AbortSignalLike } from '../transports/transport.js';
import { callOptionIssues } from './call-options.js';
import type { ExecuteOptions } from './execute-options.js';
import { linkedAbort } from './linked-abort.js';
import type { NodeResult } from './node-result.js';
import { type Call, startAttempts } from './plan-attempts.js';
import { refused } from './refused.js';

export type { ExecuteOptions } from './execute-options.js';

/**
 * The URL of a config that was not prepared, safe to show: credentials written into it (`https://user:key@host/`,
 * refused by validation) are masked, as they would be anywhere else.
 */
function previewUrl(url: unknown): string {
  if (typeof url !== 'string') return '';
  return url.replace(/^([a-z][a-z0-9+.-]*:\/*)[^/?#]*@/i, '$1***@');
}

/**
 * Runs a Custom API node: prepares the config, then sends it with core's policy (timeouts, safe retries with
 * backoff and Retry-After, idempotency keys, rate limits, redirects that never leak credentials) and returns a
 * detailed, typed {@link NodeResult}. Nothing is thrown for HTTP or network failures: a non-2xx response is
 * `ok: false` with `error.kind = "http"` and the parsed body, so a condition node can branch on it.
 *
 * @example
 * const result = await executeNode(config, { secrets });
 * if (!result.ok && result.error.kind === 'http' && result.status === 402) console.log(result.error.code);
 */
export function executeNode<Body = unknown>(
  config: TypedNodeConfig<Body>,
  options?: ExecuteOptions,
): Promise<NodeResult<Body>>;
export function executeNode(config: CustomApiNodeConfig, options: ExecuteOptions = {}): Promise<NodeResult> {
  const started = Date.now();
  // Read defensively: a config that is not an object at all is refused by validation, as a result, not a throw.
  const given = (config as Partial<CustomApiNodeConfig> | null | undefined)?.deadlineMs;
  const deadlineMs = options.deadlineMs ?? (typeof given === 'number' ? given : undefined);
  try {
    // Without a deadline the caller's signal (if any) is enough, and the attempt loop's promise is returned as it is
    // (no extra promise on the hot path).
    if (deadlineMs === undefined)
      return Promise.resolve(execute(config, options, started, undefined, options.signal));
  } catch (error) {
    return Promise.reject(error);
  }
  // The deadline counts from the call, so a slow secret provider spends it too.
  return executeWithDeadline(config, options, started, deadlineMs);
}

async function executeWithDeadline(
  config: CustomApiNodeConfig,
  options: ExecuteOptions,
  started: number,
  deadlineMs: number,
): Promise<NodeResult> {
  const call = linkedAbort(options.signal, deadlineMs);
  try {
    return await execute(config, options, started, deadlineMs, call.signal);
  } finally {
    call.dispose();
  }
}

/** Resolves when the signal aborts (never, without one). */
function aborted(signal: AbortSignalLike | undefined): Promise<'aborted'> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
}

/** Prepares the request, then plans and runs its attempts (synchronously up to the loop, when it can). */
function execute(
  config: CustomApiNodeConfig,
  options: ExecuteOptions,
  started: number,
  deadlineMs: number | undefined,
  callSignal: AbortSignalLike | undefined,
): NodeResult | Promise<NodeResult> {
  const fields = (config ?? {}) as Partial<CustomApiNodeConfig>;
  const preview: RedactedRequest = {
    method: typeof fields.method === 'string' ? fields.method : 'GET',
    url: previewUrl(fields.url),
    headers: {},
  };
  const interrupted = (): NodeResult => ({
    ok: false,
    headers: {},
    durationMs: Date.now() - started,
    attempts: 0,
    request: preview,
    error: options.signal?.aborted
      ? { kind: 'aborted', message: 'the call was aborted' }
      : { kind: 'timeout', message: 'the overall deadline (deadlineMs) passed' },
  });
  const notPrepared = (error: unknown): NodeResult => {
    if (isConfigError(error)) return refused(preview, started, error.message, [...error.issues]);
    if (isInputError(error)) return refused(preview, started, error.message, [...error.issues], 'input');
    // Never thrown, and never the error's own text (it may quote a URL with a secret in it).
    const name = error instanceof Error ? error.name : 'error';
    return refused(preview, started, `the request could not be prepared (${name})`, [
      { pointer: '/', message: `preparing failed with ${name}` },
    ]);
  };
  const optionIssues = callOptionIssues(options);
  if (optionIssues.length > 0) {
    const message = `Invalid executeNode options: ${describeIssues(optionIssues)}`;
    return refused(preview, started, message, optionIssues);
  }
  let pending: PreparedRequest | Promise<PreparedRequest>;
  try {
    pending = prepareNow(config, options);
  } catch (error) {
    return notPrepared(error);
  }
  const call: Call = { config, options, started, deadlineMs, callSignal };
  if (!(pending instanceof Promise)) return startAttempts(call, pending);
  // A slow secret provider must not outlive an abort or the deadline.
  const outcome = callSignal ? Promise.race([pending, aborted(callSignal)]) : pending;
  return outcome.then(
    (prepared) => (prepared === 'aborted' ? interrupted() : startAttempts(call, prepared)),
    notPrepared,
  );
}
