/**
 * A server that echoes the request's credential back (as a request id, a reason phrase, escaped JSON, bytes, a
 * webhook path) must not get it into a result, an event or a thrown error.
 */
import { inspect } from 'node:util';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CustomApiNodeConfig,
  executeNode,
  executeNodeOrThrow,
  type NodeEvent,
  undiciTransport,
} from '../src/index.js';

const SECRET = 'sk_test_ECHO_51xyz';
const transport = undiciTransport();
let server: CaptureServer;

function escapedJson(text: string): string {
  return text.replace(/\//g, '\\/').replace(/_/g, '\\u005f').replace(/=/g, '\\u003d');
}

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const token = (request.headers.authorization ?? '').replace('Bearer ', '');
    if (path === '/request-id') {
      response.writeHead(200, {
        'x-request-id': request.headers.authorization ?? '',
        'content-type': 'text/plain',
      });
      response.end('ok');
    } else if (path === '/reason') {
      response.writeHead(401, `Bad ${request.headers.authorization}`, { 'content-type': 'text/plain' });
      response.end();
    } else if (path === '/not-json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(token);
    } else if (path === '/escaped') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"key":"${escapedJson(token)}"}`);
    } else if (path === '/binary') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from(token), Buffer.from([254])]));
    } else {
      // The path of the request, as a webhook error page might quote it.
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`no route for ${path}`);
    }
  });
});
afterAll(async () => {
  await server.close();
  await transport.close?.();
});

async function call(path: string, config: Partial<CustomApiNodeConfig> = {}) {
  const events: NodeEvent[] = [];
  const options = { transport, secrets: { K: SECRET }, onEvent: (event: NodeEvent) => events.push(event) };
  const full = {
    url: `${server.origin}${path}`,
    auth: { type: 'bearer', token: '{{secrets.K}}' },
    ...config,
  } as CustomApiNodeConfig;
  const result = await executeNode(full, options);
  const thrown = await executeNodeOrThrow(full, options).then(
    () => undefined,
    (error: Error) => error,
  );
  const errorText = thrown
    ? [thrown.message, thrown.stack, JSON.stringify(thrown), inspect(thrown, { depth: 10, showHidden: true })]
    : [];
  return {
    result,
    text: [JSON.stringify(result), inspect(result, { depth: 10 }), JSON.stringify(events), ...errorText].join(
      '\n',
    ),
  };
}

describe('responses that echo the credential', () => {
  it('redacts a request id that repeats the Authorization header', async () => {
    const { result, text } = await call('/request-id');
    expect(result.requestId).toBe('Bearer ***');
    expect(text).not.toContain(SECRET);
  });

  it('redacts a reason phrase that quotes the credential', async () => {
    const { result, text } = await call('/reason');
    expect(result).toMatchObject({ status: 401, statusText: 'Bad Bearer ***', error: { kind: 'http' } });
    expect(text).not.toContain(SECRET);
  });

  it('says a body is not valid JSON without quoting it, and without blaming a schema there is none of', async () => {
    const { result, text } = await call('/not-json');
    expect(result.error).toMatchObject({
      kind: 'invalid_response',
      message: 'the response body is not valid JSON',
    });
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/responseSchema/);
  });

  it('redacts a secret that the JSON body spells with escapes', async () => {
    const { result, text } = await call('/escaped');
    expect(result).toMatchObject({ ok: true, body: { key: '***' } });
    expect(text).not.toContain(SECRET);
  });

  it('redacts a binary body byte for byte', async () => {
    const { result } = await call('/binary');
    const body = Buffer.from(result.body as Uint8Array);
    expect(body.includes(SECRET)).toBe(false);
    expect(body).toEqual(Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from('***'), Buffer.from([254])]));
  });

  it('redacts an echo of only the path of a webhook URL secret', async () => {
    const webhook = `${server.origin}/services/TECHO/BECHO/echoWebhookToken`;
    const result = await executeNode(
      { url: '{{secrets.HOOK}}', method: 'POST', body: { text: 'hi' } },
      { transport, secrets: { HOOK: webhook } },
    );
    expect(result).toMatchObject({ status: 404, body: 'no route for /services/***' });
    expect(JSON.stringify(result)).not.toContain('echoWebhookToken');
  });
});
