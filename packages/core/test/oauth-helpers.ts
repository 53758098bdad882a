/**
 * A local OAuth 2.0 token endpoint and an API that accepts only the tokens it issued (both real servers on
 * 127.0.0.1), for the OAuth tests.
 */
import type { ServerResponse } from 'node:http';
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';

/** How the token endpoint answers the next requests (default: a new token, valid an hour). */
export type TokenReply = (request: CapturedRequest, response: ServerResponse) => void;

export interface OAuthServers {
  token: CaptureServer;
  api: CaptureServer;
  /** Tokens the API accepts. */
  valid: Set<string>;
  /** Issues `tok-<n>` with `expires_in` (seconds), and makes the API accept it. */
  issue(expiresIn?: number, extra?: Record<string, unknown>): TokenReply;
  reply: TokenReply;
  /** Forgets the requests seen and answers with fresh tokens again (before each test). */
  reset(): void;
  /** The form fields of the token request at `index`. */
  form(index: number): Record<string, string>;
  close(): Promise<void>;
}

export async function startOAuthServers(): Promise<OAuthServers> {
  let issued = 0;
  const valid = new Set<string>();
  const servers: Partial<OAuthServers> & { valid: Set<string> } = { valid };
  const issue =
    (expiresIn = 3600, extra: Record<string, unknown> = {}): TokenReply =>
    (_request, response) => {
      const token = `tok-${++issued}`;
      valid.add(token);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn, ...extra }),
      );
    };
  servers.issue = issue;
  servers.reply = issue();
  servers.token = await startCaptureServer((request, response) =>
    (servers.reply as TokenReply)(request, response),
  );
  servers.api = await startCaptureServer((request, response) => {
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    response.writeHead(valid.has(token) ? 200 : 401, { 'content-type': 'application/json' });
    response.end(JSON.stringify(valid.has(token) ? { ok: true } : { error: 'invalid_token' }));
  });
  servers.reset = () => {
    servers.token?.requests.splice(0);
    servers.api?.requests.splice(0);
    servers.reply = issue();
  };
  servers.form = (index) =>
    Object.fromEntries(new URLSearchParams(servers.token?.requests[index]?.body.toString() ?? ''));
  servers.close = async () => {
    await servers.token?.close();
    await servers.api?.close();
  };
  return servers as OAuthServers;
}

/** Answers the token request with an OAuth error. */
export function oauthError(status: number, error: string, description?: string): TokenReply {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error, ...(description && { error_description: description }) }));
  };
}
