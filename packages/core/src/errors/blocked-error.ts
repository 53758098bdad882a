import { matchesError, RequestFailedError } from './request-failed-error.js';

/**
 * The private-network guard refused the call: its target resolved to a loopback, private, link-local or reserved
 * address (or the guard could not check it). Nothing was sent.
 *
 * @example
 * try {
 *   await executeNodeOrThrow(config, { network: { denyPrivate: true } });
 * } catch (error) {
 *   if (isBlockedError(error)) console.log(error.host, error.address); // 'metadata.internal' '169.254.169.254'
 * }
 */
export class BlockedError extends RequestFailedError {
  override readonly name = 'BlockedError';
  readonly code = 'blocked' as const;
  readonly fault = 'config' as const;

  /** The host name the call was for. */
  get host(): string | undefined {
    return this.result.error.host;
  }

  /** The address the guard refused (absent when it could not check one). */
  get address(): string | undefined {
    return this.result.error.address;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), host: this.host, address: this.address };
  }
}

/** True for a {@link BlockedError}, also one from another copy of this package (matched by `name`). */
export function isBlockedError(value: unknown): value is BlockedError {
  return matchesError(value, BlockedError, 'BlockedError');
}
