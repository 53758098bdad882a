/**
 * A connection parameter whose value is a secret (`"x-secret"`): the Twilio-style account id in
 * `/Accounts/{AccountSid}/…` that is also the Basic auth username. Compiled from a manifest, sent to a real local
 * server, and checked for leaks with a canary.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { executeNode, prepareRequest, redactRequest, toCurl } from '@convoflow/core';
import { startCaptureServer } from '@convoflow/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScratch, editJson, issuesAfter, scratchRoot } from './support/compile-fixture.js';

const CONNECTION = {
  type: 'object',
  additionalProperties: false,
  required: ['account'],
  properties: {
    account: {
      type: 'string',
      'x-secret': 'GREETER_ACCOUNT_SID',
      description: 'The account id, also the Basic auth username.',
    },
    region: { type: 'string', enum: ['eu1', 'us1'], description: 'The data region.' },
  },
};

const withSecretConnection = (dir: string) => {
  editJson(join(dir, 'connector.json'), (manifest) => {
    manifest.connection = CONNECTION;
  });
  editJson(join(dir, 'operations', 'send-greeting.operation.json'), (op) => {
    op.path = '/v1/Accounts/{{connection.account}}/people/{{person}}/greetings';
  });
};

const { root, dir } = scratchRoot('greeter', withSecretConnection);
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Result {
  ok: boolean;
  error?: { kind: string; message: string; issues?: { pointer: string; message: string }[] };
  request?: unknown;
}
type Greeter = {
  secrets: readonly string[];
  operations: Record<string, { secrets: readonly string[] }>;
  preset(op: string, input: unknown, options?: Record<string, unknown>): Parameters<typeof prepareRequest>[0];
  run(op: string, input: unknown, options: Record<string, unknown>): Promise<Result>;
};
const load = async () =>
  ((await import(await compileScratch(root, dir))) as { connector: Greeter }).connector;
const input = { person: 'ada', name: 'Ada' };
/** A canary with characters that must be encoded in a path segment (not `/`, which a path value may not hold). */
const CANARY = 'AC_CANARY x9Z+ä"q';

describe('a connection parameter from a secret', () => {
  it('puts the secret reference in the URL, never a value, and names the secret for the operation', async () => {
    const connector = await load();
    const config = connector.preset('sendGreeting', input, { connection: { region: 'eu1' } });
    expect(config.url).toBe(
      'https://api.greeter.example.com/v1/Accounts/{{secrets.GREETER_ACCOUNT_SID}}/people/ada/greetings',
    );
    expect(connector.operations.sendGreeting?.secrets).toEqual(['GREETER_TOKEN', 'GREETER_ACCOUNT_SID']);
    expect(connector.secrets).toContain('GREETER_ACCOUNT_SID');
  });

  it('arrives encoded as one path segment, and is redacted from the result', async () => {
    const connector = await load();
    const server = await startCaptureServer();
    try {
      const result = await connector.run('sendGreeting', input, {
        secrets: { GREETER_TOKEN: 'test_token', GREETER_ACCOUNT_SID: CANARY },
        baseUrl: server.origin,
      });
      expect(result.ok).toBe(true);
      expect(server.requests.map((request) => request.url)).toEqual([
        `/v1/Accounts/${encodeURIComponent(CANARY)}/people/ada/greetings?mode=polite`,
      ]);
      const shown = JSON.stringify(result);
      expect(shown).not.toContain(encodeURIComponent(CANARY));
      expect(shown).not.toContain('CANARY');
    } finally {
      await server.close();
    }
  });

  it('never shows its value in a dry run, curl, or a refusal', async () => {
    const connector = await load();
    const secrets = { GREETER_TOKEN: 'test_token', GREETER_ACCOUNT_SID: CANARY };
    const prepared = await prepareRequest(connector.preset('sendGreeting', input), { secrets });
    expect(prepared.url).toContain(encodeURIComponent(CANARY));
    for (const text of [JSON.stringify(redactRequest(prepared)), JSON.stringify(prepared), toCurl(prepared)])
      expect(text).not.toContain('CANARY');
    // A dry run without the secret shows its name.
    const dry = await prepareRequest(connector.preset('sendGreeting', input), {
      secrets: { GREETER_TOKEN: 'test_token' },
      missingSecrets: 'placeholder',
    });
    expect(redactRequest(dry).url).toContain('/Accounts/<GREETER_ACCOUNT_SID>/people');
    // A value that would change the path (`..`) is refused, naming the secret, with nothing sent.
    const server = await startCaptureServer();
    try {
      const result = await connector.run('sendGreeting', input, {
        secrets: { GREETER_TOKEN: 'test_token', GREETER_ACCOUNT_SID: '..' },
        baseUrl: server.origin,
      });
      expect(result.ok).toBe(false);
      expect(result.error?.message).toContain('{{secrets.GREETER_ACCOUNT_SID}} in the path');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('is refused when its secret is not set, naming it, with nothing sent', async () => {
    const connector = await load();
    const server = await startCaptureServer();
    try {
      const result = await connector.run('sendGreeting', input, {
        secrets: { GREETER_TOKEN: 'test_token' },
        baseUrl: server.origin,
      });
      expect(result.ok).toBe(false);
      expect(result.error?.kind).toBe('config');
      expect(JSON.stringify(result.error)).toContain('GREETER_ACCOUNT_SID');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('refuses a value passed by the caller, before anything is sent', async () => {
    const connector = await load();
    expect(() => connector.preset('sendGreeting', input, { connection: { account: 'AC12ab' } })).toThrow(
      expect.objectContaining({
        issues: [
          {
            pointer: '/connection/account',
            message: 'comes from the secret GREETER_ACCOUNT_SID: set that secret instead of passing a value',
          },
        ],
      }),
    );
  });

  it('is held to allowedHosts like any secret', async () => {
    const connector = await load();
    const server = await startCaptureServer();
    try {
      // The preset's config sent elsewhere (a local server its allowedHosts do not name): refused, nothing sent.
      const config = connector.preset('sendGreeting', input);
      expect(config.allowedHosts).toEqual(['api.greeter.example.com']);
      const result = await executeNode(
        { ...config, url: config.url.replace('https://api.greeter.example.com', server.origin) },
        { secrets: { GREETER_TOKEN: 'test_token', GREETER_ACCOUNT_SID: CANARY } },
      );
      expect(result.ok).toBe(false);
      expect(result.ok ? undefined : result.error).toMatchObject({
        kind: 'config',
        message: 'secrets may only be sent to allowed hosts',
      });
      expect(JSON.stringify(result)).not.toContain('CANARY');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('the compiler checks a parameter from a secret', () => {
  const file = 'connectors/greeter/connector.json';
  it('refuses a bad secret name, a non-string type and a default', async () => {
    const issues = await issuesAfter((folder) => {
      withSecretConnection(folder);
      editJson(join(folder, 'connector.json'), (manifest) => {
        manifest.connection = {
          type: 'object',
          properties: {
            account: { type: 'string', 'x-secret': 'lower-case', description: 'Bad name.' },
          },
        };
      });
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file,
        pointer: '/connection/properties/account/x-secret',
        message: expect.stringContaining('must match pattern'),
      }),
    ]);
    const more = await issuesAfter((folder) => {
      withSecretConnection(folder);
      editJson(join(folder, 'connector.json'), (manifest) => {
        manifest.connection = {
          type: 'object',
          properties: {
            account: { type: 'integer', default: 1, 'x-secret': 'GREETER_ACCOUNT_SID', description: 'Bad.' },
          },
        };
      });
    });
    expect(more).toEqual([
      {
        file,
        pointer: '/connection/properties/account',
        message: 'takes its value from the secret GREETER_ACCOUNT_SID, so its "type" must be "string"',
      },
      {
        file,
        pointer: '/connection/properties/account/default',
        message: 'a parameter from a secret (x-secret) cannot have a default: the secret is its only source',
      },
    ]);
  });
});
