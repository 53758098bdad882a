/**
 * OAuth 2.0 auth schemes and authPrecedence in connector.json: each grant's required fields, precedence names that
 * exist, and operations that may leave their auth out once a precedence chooses it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConnector, formatIssue } from '../src/index.js';
import { editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

type Auth = Record<string, Record<string, unknown>>;
const withAuth = (edit: (auth: Auth, manifest: Record<string, unknown>) => void) =>
  issuesAfter((dir) =>
    editJson(join(dir, 'connector.json'), (manifest) => edit(manifest.auth as Auth, manifest)),
  );
const serviceAccount = {
  type: 'oauth2',
  grant: 'jwt-bearer',
  secret: 'GREETER_SERVICE_ACCOUNT_KEY',
  scopes: ['https://greeter.example.com/auth'],
  description: 'The service account key file.',
};

/** Compiles the greeter fixture after `edit`; returns the generated connector.ts. */
async function compiled(edit: (dir: string) => void): Promise<string> {
  const { root, dir } = scratchRoot('greeter', edit);
  try {
    const { files } = await compileConnector(dir, { root });
    return files.find((file) => file.path.endsWith('generated/connector.ts'))?.contents ?? '';
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('oauth2 schemes and authPrecedence', () => {
  it('compile a jwt-bearer scheme and a precedence, with an operation that names no auth', async () => {
    const code = await compiled((dir) => {
      editJson(join(dir, 'connector.json'), (manifest) => {
        (manifest.auth as Auth).serviceAccount = serviceAccount;
        manifest.authPrecedence = ['serviceAccount', 'token'];
      });
      editJson(join(dir, 'operations', 'send-greeting.operation.json'), (operation) => {
        delete operation.auth;
      });
    });
    expect(code).toContain('authPrecedence: ["serviceAccount","token"]');
    expect(code).toContain('"grant":"jwt-bearer"');
  });

  it('require scopes for jwt-bearer, and tokenUrl and clientIdSecret for refresh_token', async () => {
    const issues = await withAuth((auth, manifest) => {
      auth.serviceAccount = { ...serviceAccount, scopes: undefined };
      auth.refresh = { type: 'oauth2', grant: 'refresh_token', secret: 'GREETER_REFRESH', description: 'x' };
      manifest.authPrecedence = ['serviceAccount', 'refresh', 'token'];
    });
    expect(issues.map(formatIssue)).toEqual(
      expect.arrayContaining([
        'connectors/greeter/connector.json#/auth/serviceAccount/scopes: is required',
        'connectors/greeter/connector.json#/auth/refresh/tokenUrl: is required',
        'connectors/greeter/connector.json#/auth/refresh/clientIdSecret: is required',
      ]),
    );
  });

  it('refuses a precedence that names a scheme auth does not have', async () => {
    const issues = await withAuth((auth, manifest) => {
      auth.serviceAccount = serviceAccount;
      manifest.authPrecedence = ['serviceAccount', 'tokn'];
    });
    expect(issues.map(formatIssue)).toEqual([
      'connectors/greeter/connector.json#/authPrecedence/1: names "tokn", which is not in auth (token, hook, serviceAccount)',
    ]);
  });

  it('still asks an operation for its auth when there are several schemes and no precedence', async () => {
    const issues = await issuesAfter((dir) =>
      editJson(join(dir, 'operations', 'send-greeting.operation.json'), (operation) => {
        delete operation.auth;
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /send-greeting\.operation\.json#\/auth: is required: the connector has several auth schemes/,
      ),
    ]);
  });
});
