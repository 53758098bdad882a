/**
 * A preset's config is checked once per operation (and preset options), then each call checks only what its input
 * changes. These tests hold the shortcut to the answers of the full check: a config changed after the preset built
 * it, a hand-made copy, and input that breaks a header, the body or the URL are all refused as before.
 */
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConnectorSpec,
  type CustomApiNodeConfig,
  defineConnector,
  executeNode,
  isConfigError,
  type OperationSpec,
  prepareRequest,
  validateConfig,
} from '../src/index.js';

interface Inputs {
  sendNote: { id: string; text: unknown; tag?: string };
}

const accepting = Object.assign(() => true, { errors: null });
const sendNote: OperationSpec = {
  title: 'Send a note',
  description: 'Posts a note.',
  method: 'POST',
  auth: 'token',
  path: { literal: '/notes' },
  bodyEncoding: 'json',
  inputSchema: { type: 'object' },
  validate: accepting,
  headers: [['X-Tag', { expr: { path: ['tag'] } }]],
  body: { object: [['text', { expr: { path: ['text'] } }]] },
};

const spec = (baseUrl: string): ConnectorSpec => ({
  id: 'notes',
  packageName: '@convoflow/connector-notes',
  title: 'Notes',
  description: 'A test connector.',
  docsUrl: 'https://notes.example.com/docs',
  baseUrl,
  allowedHosts: [new URL(baseUrl).origin],
  auth: { token: { type: 'bearer', secret: 'NOTES_TOKEN', description: 'A token.' } },
  operations: { sendNote },
});
const secrets = { NOTES_TOKEN: 'tok_CANARY_notes' };

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(async () => {
  await server.close();
});

/** The refusal of a config: its class and message, or 'prepared'. */
const outcome = async (config: CustomApiNodeConfig) => {
  try {
    await prepareRequest(config, { secrets });
    return 'prepared';
  } catch (error) {
    return isConfigError(error) ? `${error.name}: ${error.message}` : `${(error as Error).name}`;
  }
};

describe("a preset's config, checked once per operation", () => {
  it('freezes the config a preset builds, to its body, so it cannot change after it was checked', () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    const config = connector.preset('sendNote', { id: 'n1', text: 'hi', tag: 'a' });
    expect(() => {
      (config as { url: string }).url = 'ftp://elsewhere.example.com/';
    }).toThrow(TypeError);
    expect(() => {
      (config.headers as Record<string, string>)['X-Tag'] = 'a\r\nInjected: yes';
    }).toThrow(TypeError);
    expect(() => {
      (config.body as Record<string, unknown>).text = '{{secrets.NOTES_TOKEN}}';
    }).toThrow(TypeError);
    expect(() => {
      (config.allowedHosts as string[]).push('*');
    }).toThrow(TypeError);
  });

  it('checks a changed copy of a checked config in full, with the refusal a hand-made config gets', async () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    const config = connector.preset('sendNote', { id: 'n1', text: 'hi', tag: 'a' });
    expect(await outcome(config)).toBe('prepared');
    const copies: CustomApiNodeConfig[] = [
      { ...config, url: 'ftp://elsewhere.example.com/notes' },
      { ...config, headers: { ...config.headers, 'X-Tag': 'a\r\nInjected: yes' } },
      { ...config, method: 'GET' },
      { ...config, allowedHosts: ['https://*'] },
    ];
    for (const copy of copies) {
      const expected = validateConfig(copy);
      expect(expected.length).toBeGreaterThan(0);
      const result = await executeNode(copy, { secrets });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.attempts).toBe(0);
      expect(result.error.issues).toEqual(expected);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a header value from input with a line break after the operation was checked, naming the header', async () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    expect(await outcome(connector.preset('sendNote', { id: 'n1', text: 'hi', tag: 'fine' }))).toBe(
      'prepared',
    );
    const bad = connector.preset('sendNote', { id: 'n2', text: 'hi', tag: 'a\r\nInjected: yes' });
    const expected = validateConfig({ ...bad });
    expect(expected).toEqual([{ pointer: '/headers/X-Tag', message: expect.stringMatching(/CR|LF|line/i) }]);
    const result = await connector.run(
      'sendNote',
      { id: 'n2', text: 'hi', tag: 'a\r\nInjected: yes' },
      { secrets },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual(expected);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a body value from input that cannot be sent after the operation was checked', async () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    expect((await connector.run('sendNote', { id: 'n1', text: 'hi' }, { secrets })).ok).toBe(true);
    const result = await connector.run('sendNote', { id: 'n1', text: Number.NaN }, { secrets });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.pointer)).toEqual(['/body/text']);
    expect(server.requests).toHaveLength(1);
  });

  it('checks each set of preset options on its own: a bad base URL is refused after a good one', async () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    expect((await connector.run('sendNote', { id: 'n1', text: 'hi' }, { secrets })).ok).toBe(true);
    const result = await connector.run(
      'sendNote',
      { id: 'n1', text: 'hi' },
      { secrets, baseUrl: 'ftp://notes.example.com' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.pointer)).toContain('/url');
  });

  it('sends the bytes a hand-made copy of the same config sends, call after call', async () => {
    const connector = defineConnector<Inputs>(spec(server.origin));
    const before = server.requests.length;
    for (const [i, text] of ['one', 'two', 'Zoë'].entries()) {
      const input = { id: `n${i}`, text, tag: `t${i}` };
      expect((await connector.run('sendNote', input, { secrets })).ok).toBe(true);
      expect((await executeNode({ ...connector.preset('sendNote', input) }, { secrets })).ok).toBe(true);
    }
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(6);
    for (let i = 0; i < sent.length; i += 2) {
      const [ours, copy] = [sent[i], sent[i + 1]];
      expect(ours?.body.toString()).toBe(copy?.body.toString());
      expect(ours?.headers['x-tag']).toBe(copy?.headers['x-tag']);
      expect(ours?.headers.authorization).toBe(`Bearer ${secrets.NOTES_TOKEN}`);
    }
    expect(sent.map((request) => JSON.parse(request.body.toString()).text)).toEqual([
      'one',
      'one',
      'two',
      'two',
      'Zoë',
      'Zoë',
    ]);
  });
});
