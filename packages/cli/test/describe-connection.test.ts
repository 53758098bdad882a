/**
 * `convoflow describe`: connection parameters (name, type, secret or not, description, where used), per connector;
 * and `call --connection` passes them.
 */
import { defineConnector, type InputValidator } from '@convoflow/core';
import { startCaptureServer } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import { callCommand } from '../src/commands/call.js';
import { describeCommand } from '../src/commands/describe.js';
import type { CliIO } from '../src/io.js';
import { convoflow } from './support/convoflow.js';

const anything = Object.assign(() => true, { errors: null }) as unknown as InputValidator;
/** What both test connectors share: the API's identity and hosts, and its send operation. */
const messagesApi = {
  id: 'messages',
  packageName: '@convoflow/connector-messages',
  title: 'Messages',
  description: 'A test messaging API.',
  docsUrl: 'https://messages.example.com/docs',
  baseUrl: 'https://{{connection.region}}.messages.example.com',
  allowedHosts: ['*.messages.example.com'],
};
const sendMessage = {
  title: 'Send a message',
  description: 'Sends.',
  method: 'POST',
  auth: 'basic',
  path: {
    text: (input: { connection: { AccountSid: string } }) =>
      `/Accounts/${input.connection.AccountSid}/Messages.json`,
    refs: [['connection', 'AccountSid']],
  },
  bodyEncoding: 'form',
  inputSchema: { type: 'object', properties: { To: { type: 'string', description: 'The recipient.' } } },
  validate: anything,
};
/** A messaging API with the account id in the path and a region in the host, as the issue describes. */
const messages = defineConnector({
  ...messagesApi,
  auth: {
    basic: {
      type: 'basic',
      secret: 'MESSAGES_AUTH_TOKEN',
      usernameSecret: 'MESSAGES_ACCOUNT_SID',
      description: 'The auth token.',
      usernameDescription: 'The account SID.',
    },
  },
  connection: {
    type: 'object',
    required: ['AccountSid'],
    properties: {
      AccountSid: {
        type: 'string',
        pattern: '^AC[0-9a-f]{4}$',
        description: 'The account that owns the messages.',
      },
      region: { type: 'string', enum: ['eu1', 'us1'], description: 'The data region.' },
    },
  },
  validateConnection: anything,
  operations: {
    sendMessage,
    listRegions: {
      title: 'List regions',
      description: 'Lists.',
      method: 'GET',
      auth: 'basic',
      path: { literal: '/Regions.json' },
      bodyEncoding: 'json',
      pagination: { style: 'nextUrl', items: 'regions', next: 'next_page_uri' },
      inputSchema: { type: 'object' },
      validate: anything,
    },
  },
} as never);

function run(name: string, json: boolean): { code: number; out: string } {
  let out = '';
  const io: CliIO = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: () => true },
    env: {},
    cwd: '/',
  };
  const code = describeCommand(name, { messages } as never, json ? { json: true } : {}, io);
  return { code, out };
}

const PARAMETERS = [
  {
    name: 'AccountSid',
    type: 'string',
    required: true,
    secret: false,
    description: 'The account that owns the messages.',
    usedIn: ['sendMessage'],
  },
  {
    name: 'region',
    type: '"eu1" | "us1"',
    required: false,
    secret: false,
    description: 'The data region.',
    usedIn: ['baseUrl'],
  },
];

describe('describe shows connection parameters', () => {
  it('for an operation, as JSON and as text', () => {
    const json = run('messages.sendMessage', true);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).connection).toEqual(PARAMETERS);
    const text = run('messages.sendMessage', false).out;
    expect(text).toContain(
      'Connection parameters (bound to the connection, not the call; not secret: they go into URLs):',
    );
    expect(text).toContain(
      '  AccountSid*  string  not secret  The account that owns the messages.\n    used in: sendMessage\n',
    );
    expect(text).toContain('  region  "eu1" | "us1"  not secret  The data region.\n    used in: baseUrl\n');
  });

  it('for a connector: hosts, both Basic secrets, parameters and operations', () => {
    const { code, out } = run('messages', true);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      connector: 'messages',
      package: '@convoflow/connector-messages',
      title: 'Messages',
      description: 'A test messaging API.',
      docsUrl: 'https://messages.example.com/docs',
      baseUrl: 'https://{{connection.region}}.messages.example.com',
      allowedHosts: ['*.messages.example.com'],
      secrets: [
        { name: 'MESSAGES_ACCOUNT_SID', scheme: 'basic', description: 'The account SID.' },
        { name: 'MESSAGES_AUTH_TOKEN', scheme: 'basic', description: 'The auth token.' },
      ],
      connection: PARAMETERS,
      operations: [
        {
          id: 'sendMessage',
          title: 'Send a message',
          method: 'POST',
          path: '/Accounts/{connection.AccountSid}/Messages.json',
        },
        { id: 'listRegions', title: 'List regions', method: 'GET', path: '/Regions.json', paginated: true },
      ],
    });
    expect(run('messages', false).out).toContain(
      '  listRegions  GET /Regions.json  List regions  (paginated: call --all)\n',
    );
  });
});

describe('describe <connector> in the built CLI', () => {
  it('says a connector without parameters has none, and refuses an unknown one (exit 2)', async () => {
    const { code, stdout } = await convoflow(['describe', 'stripe']);
    expect(code).toBe(0);
    expect(stdout).toContain('Connection parameters: none\n');
    expect(stdout).toMatch(/ {2}listCustomers {2}GET \/v1\/customers {2}.*\(paginated: call --all\)/);
    const json = JSON.parse((await convoflow(['describe', 'stripe', '--json'])).stdout);
    expect(json).toMatchObject({
      connector: 'stripe',
      connection: [],
      secrets: [{ name: 'STRIPE_SECRET_KEY' }],
    });
    const unknown = await convoflow(['describe', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no installed connector "nope"');
  });
});

describe('call --connection', () => {
  const env = { MESSAGES_ACCOUNT_SID: 'AC12ab', MESSAGES_AUTH_TOKEN: 'test_token' };
  const quiet = (): CliIO & { out: () => string } => {
    let out = '';
    return {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env,
      cwd: '/',
      out: () => out,
    };
  };

  it('puts the parameters into the path, checked first', async () => {
    const server = await startCaptureServer();
    try {
      const code = await callCommand(
        'messages.sendMessage',
        { 'base-url': server.origin, connection: '{"AccountSid":"AC12ab"}', json: true },
        { messages } as never,
        quiet(),
      );
      expect(code).toBe(0);
      expect(server.requests.map((request) => request.url)).toEqual(['/Accounts/AC12ab/Messages.json']);
      await expect(
        callCommand(
          'messages.sendMessage',
          { 'base-url': server.origin, connection: '{"AccountSid":".."}' },
          { messages } as never,
          quiet(),
        ),
      ).rejects.toMatchObject({
        exitCode: 2,
        issues: [
          { pointer: '/connection/AccountSid', message: expect.stringContaining('goes into the URL') },
        ],
      });
      await expect(
        callCommand(
          'messages.sendMessage',
          { 'base-url': server.origin, connection: '[1]' },
          { messages } as never,
          quiet(),
        ),
      ).rejects.toMatchObject({
        exitCode: 2,
        message: '--connection must be a JSON object of strings, numbers and booleans',
      });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

/** The same API with the account id read from the Basic username secret (`"x-secret"`), as Twilio's SDK does. */
const spec = (messages as unknown as { connection: { properties: Record<string, object> } }).connection;
const secretMessages = defineConnector({
  ...messagesApi,
  auth: messages.auth,
  connection: {
    type: 'object',
    properties: {
      AccountSid: { ...spec.properties.AccountSid, 'x-secret': 'MESSAGES_ACCOUNT_SID' },
      region: spec.properties.region,
    },
  },
  validateConnection: anything,
  operations: {
    sendMessage,
  },
} as never);

describe('a connection parameter from a secret', () => {
  const describeIt = (name: string, json: boolean) => {
    let out = '';
    const io: CliIO = {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env: {},
      cwd: '/',
    };
    const code = describeCommand(name, { messages: secretMessages } as never, json ? { json: true } : {}, io);
    return { code, out };
  };

  it('describe shows it as secret, naming the secret', () => {
    const json = describeIt('messages.sendMessage', true);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.connection[0]).toEqual({
      name: 'AccountSid',
      type: 'string',
      required: false,
      secret: true,
      secretName: 'MESSAGES_ACCOUNT_SID',
      description: 'The account that owns the messages.',
      usedIn: ['sendMessage'],
    });
    expect(parsed.connection[1]).toMatchObject({ name: 'region', secret: false });
    expect(parsed.connection[1]).not.toHaveProperty('secretName');
    expect(describeIt('messages.sendMessage', false).out).toContain(
      '  AccountSid  string  secret: from MESSAGES_ACCOUNT_SID  The account that owns the messages.\n    used in: sendMessage\n',
    );
    expect(JSON.parse(describeIt('messages', true).out).secrets.map((s: { name: string }) => s.name)).toEqual(
      ['MESSAGES_ACCOUNT_SID', 'MESSAGES_AUTH_TOKEN'],
    );
  });

  it('call reads it from the secret, and refuses it in --connection (exit 2, nothing sent)', async () => {
    const server = await startCaptureServer();
    let out = '';
    const io: CliIO = {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env: { MESSAGES_ACCOUNT_SID: 'AC 12/ab', MESSAGES_AUTH_TOKEN: 'test_token' },
      cwd: '/',
    };
    try {
      await expect(
        callCommand(
          'messages.sendMessage',
          { 'base-url': server.origin, connection: '{"AccountSid":"AC12ab"}' },
          { messages: secretMessages } as never,
          io,
        ),
      ).rejects.toMatchObject({
        exitCode: 2,
        issues: [
          {
            pointer: '/connection/AccountSid',
            message: 'comes from the secret MESSAGES_ACCOUNT_SID: set that secret instead of passing a value',
          },
        ],
      });
      expect(server.requests).toHaveLength(0);
      const code = await callCommand(
        'messages.sendMessage',
        { 'base-url': server.origin, json: true },
        { messages: secretMessages } as never,
        io,
      );
      expect(code).toBe(0);
      expect(server.requests.map((request) => request.url)).toEqual(['/Accounts/AC%2012%2Fab/Messages.json']);
      expect(out).not.toContain('AC 12/ab');
      expect(out).not.toContain('AC%2012%2Fab');
    } finally {
      await server.close();
    }
  });

  it('a dry run or --curl shows its name, never its value', async () => {
    for (const [flags, env] of [
      [{ 'dry-run': true }, { MESSAGES_AUTH_TOKEN: 'test_token' }],
      [{ 'dry-run': true }, { MESSAGES_ACCOUNT_SID: 'AC_CANARY', MESSAGES_AUTH_TOKEN: 'test_token' }],
      [{ curl: true }, { MESSAGES_ACCOUNT_SID: 'AC_CANARY', MESSAGES_AUTH_TOKEN: 'test_token' }],
    ] as const) {
      let out = '';
      const io: CliIO = {
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: (text: string) => (out += text) },
        env,
        cwd: '/',
      };
      await callCommand('messages.sendMessage', { ...flags }, { messages: secretMessages } as never, io);
      expect(out).toContain('/Accounts/<MESSAGES_ACCOUNT_SID>/Messages.json');
      expect(out).not.toContain('CANARY');
    }
  });
});
