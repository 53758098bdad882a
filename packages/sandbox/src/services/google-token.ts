/**
 * Google's OAuth 2.0 token endpoint (`POST https://oauth2.googleapis.com/token`, served by the Sheets server at
 * `/token`): the jwt-bearer grant of a service account (RFC 7523; the RS256 assertion verified against the sandbox
 * service account's public key) and the refresh_token grant of the sandbox's OAuth client. It issues access tokens
 * that live an hour, which the Sheets API then accepts; errors use Google's `{error, error_description}` bodies.
 */
import { randomBytes, verify } from 'node:crypto';
import {
  GOOGLE_TOKEN_URL,
  SANDBOX_OAUTH_CLIENT,
  SANDBOX_SERVICE_ACCOUNT_EMAIL,
  SANDBOX_SERVICE_ACCOUNT_PUBLIC_KEY,
} from '../google-service-account.js';
import { type Call, header, isObject, json, mediaType, type Reply } from '../http.js';

/** The prefix of the access tokens the endpoint issues (Google's start with `ya29.` too). */
export const ISSUED_TOKEN_PREFIX = 'ya29.sandbox-issued-';
/** How long an issued token lives, in seconds (Google's: 3599). */
export const ISSUED_TOKEN_LIFETIME_S = 3599;
const SHEETS_SCOPES = new Set([
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/drive',
]);
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

const oauthError = (status: number, error: string, description: string): Reply =>
  json(status, { error, error_description: description });

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Why a service account's assertion is refused, or undefined when it is good. */
function assertionProblem(assertion: string, nowS: number): Reply | undefined {
  const parts = assertion.split('.');
  const [head = '', body = '', signature = ''] = parts;
  const header = decodePart(head);
  const claims = decodePart(body);
  if (parts.length !== 3 || !header || !claims) return oauthError(400, 'invalid_grant', 'Invalid JWT.');
  if (header.alg !== 'RS256') return oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${head}.${body}`),
    SANDBOX_SERVICE_ACCOUNT_PUBLIC_KEY,
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
  if (claims.iss !== SANDBOX_SERVICE_ACCOUNT_EMAIL)
    return oauthError(400, 'invalid_grant', 'Invalid grant: account not found');
  if (claims.aud !== GOOGLE_TOKEN_URL)
    return oauthError(
      400,
      'invalid_grant',
      `Invalid JWT: Failed audience check. The right audience is ${GOOGLE_TOKEN_URL}`,
    );
  const { iat, exp } = claims;
  if (
    typeof iat !== 'number' ||
    typeof exp !== 'number' ||
    exp - iat > 3600 ||
    iat > nowS + 300 ||
    exp < nowS
  ) {
    return oauthError(
      400,
      'invalid_grant',
      'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
    );
  }
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  if (!scopes.some((scope) => SHEETS_SCOPES.has(scope)))
    return oauthError(400, 'invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
  return undefined;
}

/** The OAuth client of a request: HTTP Basic (RFC 6749 §2.3.1) or client_id / client_secret in the form. */
function client(call: Call, form: URLSearchParams): { id: string; secret: string } {
  const basic = /^Basic\s+(.+)$/i.exec(header(call, 'authorization') ?? '');
  if (basic) {
    const [id = '', secret = ''] = Buffer.from(basic[1] ?? '', 'base64')
      .toString('utf8')
      .split(':');
    return {
      id: decodeURIComponent(id.replace(/\+/g, ' ')),
      secret: decodeURIComponent(secret.replace(/\+/g, ' ')),
    };
  }
  return { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
}

/** The token endpoint over the tokens it has issued (token → expiry, epoch milliseconds). */
export function createGoogleTokenEndpoint(issued: Map<string, number>, now: () => number = Date.now) {
  const issue = (scope?: string): Reply => {
    const token = `${ISSUED_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
    issued.set(token, now() + ISSUED_TOKEN_LIFETIME_S * 1000);
    return json(200, {
      access_token: token,
      expires_in: ISSUED_TOKEN_LIFETIME_S,
      token_type: 'Bearer',
      ...(scope ? { scope } : {}),
    });
  };
  return {
    /** `POST /token`. */
    token(call: Call): Reply {
      if (mediaType(call) !== 'application/x-www-form-urlencoded')
        return oauthError(400, 'invalid_request', 'Bad Request');
      const form = new URLSearchParams(call.body);
      const grant = form.get('grant_type') ?? '';
      if (grant === JWT_BEARER) {
        const problem = assertionProblem(form.get('assertion') ?? '', Math.floor(now() / 1000));
        return problem ?? issue();
      }
      if (grant === 'refresh_token') {
        const { id, secret } = client(call, form);
        if (id !== SANDBOX_OAUTH_CLIENT.clientId || secret !== SANDBOX_OAUTH_CLIENT.clientSecret)
          return oauthError(401, 'invalid_client', 'Unauthorized');
        if (form.get('refresh_token') !== SANDBOX_OAUTH_CLIENT.refreshToken)
          return oauthError(400, 'invalid_grant', 'Bad Request');
        return issue('https://www.googleapis.com/auth/spreadsheets');
      }
      return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grant.slice(0, 100)}`);
    },
    /** True for a token this endpoint issued that has not expired; false for an unknown or expired issued one. */
    accepts(token: string): boolean {
      const expiry = issued.get(token);
      return expiry !== undefined && expiry > now();
    },
  };
}
