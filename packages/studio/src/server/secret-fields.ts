import type { Issue } from '../protocol.js';

/** A whole-value secret reference, `{{secrets.NAME}}`. */
export const SECRET_REFERENCE = /^\{\{\s*secrets\.[A-Za-z_$][\w$-]*\s*\}\}$/;

/** The auth fields that hold a credential: in the studio they take a `{{secrets.NAME}}` reference only. */
const SECRET_FIELDS = ['value', 'token', 'password', 'clientSecret', 'refreshToken', 'serviceAccount'];

/**
 * The studio keeps secret values on the server: an auth credential typed into the panel as a literal is refused
 * (its pointer and a hint), so it can neither be sent from the page nor end up in a copied config.
 */
export function literalSecretIssues(config: Record<string, unknown>): Issue[] {
  return [...authIssues(config.auth), ...headerIssues(config.headers)];
}

/** Headers that carry credentials (`Authorization`, `X-Api-Key`, `X-Auth-Token`, …). */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|api[-_]?key|token|secret|password/i;

/** A credential header must take its credential from a reference: `Bearer {{secrets.NAME}}`. */
function headerIssues(headers: unknown): Issue[] {
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) return [];
  return Object.entries(headers).flatMap(([name, value]) =>
    CREDENTIAL_HEADER.test(name) &&
    typeof value === 'string' &&
    value !== '' &&
    !/\{\{\s*secrets\./.test(value)
      ? [
          {
            pointer: `/headers/${name}`,
            message:
              'this header carries a credential: write it with a {{secrets.NAME}} reference (or use auth)',
          },
        ]
      : [],
  );
}

function authIssues(auth: unknown): Issue[] {
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
