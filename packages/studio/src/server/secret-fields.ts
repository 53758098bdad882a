import type { Issue } from '../protocol.js';

/** A whole-value secret reference, `{{secrets.NAME}}`. */
export const SECRET_REFERENCE = /^\{\{\s*secrets\.[A-Za-z_$][\w$-]*\s*\}\}$/;

/** The auth fields that hold a credential: in the studio they take a `{{secrets.NAME}}` reference only. */
const SECRET_FIELDS = ['value', 'token', 'password', 'clientSecret', 'refreshToken', 'privateKey'];

/**
 * The studio keeps secret values on the server: an auth credential typed into the panel as a literal is refused
 * (its pointer and a hint), so it can neither be sent from the page nor end up in a copied config.
 */
export function literalSecretIssues(config: Record<string, unknown>): Issue[] {
  const auth = config.auth;
  if (auth === null || typeof auth !== 'object' || Array.isArray(auth)) return [];
  return SECRET_FIELDS.flatMap((field) => {
    const value = (auth as Record<string, unknown>)[field];
    return typeof value === 'string' && value !== '' && !SECRET_REFERENCE.test(value)
      ? [
          {
            pointer: `/auth/${field}`,
            message: 'choose a secret: credentials are entered as {{secrets.NAME}} references only',
          },
        ]
      : [];
  });
}
