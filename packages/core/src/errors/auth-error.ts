import type { ErrorFault } from './convoflow-error.js';
import { matchesError, RequestFailedError } from './request-failed-error.js';

/** OAuth errors that mean the credentials themselves are wrong, revoked or not allowed this grant. */
const CREDENTIAL_ERRORS: ReadonlySet<string> = new Set([
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
]);

/** Whose move an `auth` failure is: fix the credentials (`config`), or try again later (`transient`). */
export function authFault(oauthError: string | undefined, status: number | undefined): ErrorFault {
  if (oauthError !== undefined && CREDENTIAL_ERRORS.has(oauthError)) return 'config';
  if (status === undefined || status >= 500 || status === 429) return 'transient';
  return oauthError === undefined && status < 400 ? 'upstream' : 'config';
}

/**
 * No access token could be had from the OAuth 2.0 token endpoint: it refused the credentials (`invalid_grant`,
 * `invalid_client`: fault `config`), failed (5xx) or could not be reached (fault `transient`). The API itself was not
 * called. Never retried blindly.
 *
 * @example
 * try {
 *   await executeNodeOrThrow(config, { secrets });
 * } catch (error) {
 *   if (isAuthError(error) && error.oauthError === 'invalid_grant') askTheUserToReconnect();
 * }
 */
export class AuthError extends RequestFailedError {
  override readonly name = 'AuthError';
  readonly code = 'auth' as const;

  get fault(): ErrorFault {
    return this.result.error.fault ?? 'config';
  }

  /** The OAuth `error` code (`invalid_grant`, `invalid_client`, …), when the endpoint sent one. */
  get oauthError(): string | undefined {
    const code = this.result.error.code;
    return code === undefined ? undefined : String(code);
  }

  /** The OAuth `error_description`, when the endpoint sent one (redacted). */
  get oauthErrorDescription(): string | undefined {
    return this.result.error.description;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      oauthError: this.oauthError,
      oauthErrorDescription: this.oauthErrorDescription,
    };
  }
}

/** True for an {@link AuthError}, also one from another copy of this package (matched by `name`). */
export function isAuthError(value: unknown): value is AuthError {
  return matchesError(value, AuthError, 'AuthError');
}
