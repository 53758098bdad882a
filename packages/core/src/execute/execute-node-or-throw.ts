import type { CustomApiNodeConfig } from '../config/types.js';
import { AbortedError } from '../errors/aborted-error.js';
import { AuthError } from '../errors/auth-error.js';
import { BlockedError } from '../errors/blocked-error.js';
import { ConfigError } from '../errors/config-error.js';
import { HttpError } from '../errors/http-error.js';
import { InputError } from '../errors/input-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { NetworkError } from '../errors/network-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import type { RequestFailedError } from '../errors/request-failed-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { TooLargeError } from '../errors/too-large-error.js';
import { UpstreamError } from '../errors/upstream-error.js';
import { type ExecuteOptions, executeNode } from './execute-node.js';
import type { NodeFailure, NodeSuccess } from './node-result.js';

const requestErrors: Record<string, new (result: NodeFailure, detail: string) => RequestFailedError> = {
  http: HttpError,
  upstream: UpstreamError,
  timeout: TimeoutError,
  network: NetworkError,
  aborted: AbortedError,
  rate_limited: RateLimitedError,
  too_large: TooLargeError,
  invalid_response: InvalidResponseError,
  blocked: BlockedError,
  auth: AuthError,
};

/** The one-line detail after `METHOD origin/path`: never a query, header, body or secret. */
function detail(failure: NodeFailure): string {
  const { error, status } = failure;
  const code = error.code ? ` (${error.code})` : '';
  switch (error.kind) {
    case 'http':
      return `failed with ${status}${code}`;
    case 'upstream':
      return `was refused by the provider${code}`;
    case 'timeout':
      return 'timed out';
    case 'network':
      return `failed to connect${code}`;
    case 'aborted':
      return 'was aborted';
    case 'rate_limited':
      return `was rate limited (retry after ${Math.ceil((error.retryAfterMs ?? 0) / 1000)} s)`;
    case 'too_large':
      return 'returned a body larger than maxResponseBytes';
    case 'blocked':
      return 'was refused by the private-network guard';
    case 'auth':
      return `could not get an OAuth access token${code}`;
    default:
      // A schema's verdict comes with issues; anything else (not JSON, too deep, undecodable) says what it was.
      return error.issues
        ? 'returned a response that does not match responseSchema'
        : `returned an invalid response (${error.message})`;
  }
}

/** Turns a failed result into the matching error class. */
export function toError(failure: NodeFailure): Error {
  const { kind, issues } = failure.error;
  if (kind === 'config') return new ConfigError(issues ?? [{ pointer: '/', message: failure.error.message }]);
  if (kind === 'input') return new InputError('the operation', issues ?? []);
  const ErrorClass = requestErrors[kind] ?? HttpError;
  return new ErrorClass(failure, detail(failure));
}

/**
 * {@link executeNode} for code that prefers exceptions: returns the success, or throws one error class per kind
 * (`HttpError`, `UpstreamError`, `TimeoutError`, `NetworkError`, `AbortedError`, `RateLimitedError`,
 * `TooLargeError`, `InvalidResponseError`, `BlockedError`, `AuthError`, `ConfigError`), each with `code` equal to the kind and the failed result.
 *
 * @example
 * try {
 *   const { body } = await executeNodeOrThrow(config, { secrets });
 * } catch (error) {
 *   if (isHttpError(error) && error.status === 402) console.log(error.result.error.code); // 'card_declined'
 * }
 */
export async function executeNodeOrThrow(
  config: CustomApiNodeConfig,
  options: ExecuteOptions = {},
): Promise<NodeSuccess> {
  const result = await executeNode(config, options);
  if (result.ok) return result;
  throw toError(result);
}
