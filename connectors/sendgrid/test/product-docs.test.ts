/**
 * The product docs (connect-external-services.txt, "Common Integration Examples" → "SendGrid Email Service") show
 * a generic Custom API node config for SendGrid. Its repository copy is examples/custom-api-node/sendgrid-mail.json
 * (with the placeholder key as a secret reference). Here: what that config sends, next to what sendMail sends for
 * the same email, both through core to a real server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { type CustomApiNodeConfig, executeNode } from '@convoflow/core';
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector } from '../generated/index.js';
import type { SendMailInput } from '../generated/types.js';

const KEY = 'SG.fake-docs-key';
const secrets = { SENDGRID_API_KEY: KEY };

/** The docs' generic config, pointed at the local server. */
function docsConfig(origin: string): CustomApiNodeConfig {
  const config = JSON.parse(
    readFileSync(new URL('../../../examples/custom-api-node/sendgrid-mail.json', import.meta.url), 'utf8'),
  ) as CustomApiNodeConfig & { $schema?: string };
  delete config.$schema;
  return { ...config, url: config.url.replace('https://api.sendgrid.com', origin) };
}

/** The same email as the docs' body, in SendGrid's own shape. */
const apiShape: SendMailInput = {
  personalizations: [{ to: [{ email: 'customer@example.com' }] }],
  from: { email: 'noreply@yourapp.com' },
  subject: 'Order Confirmation',
  content: [{ type: 'text/html', value: '<h1>Thank you for your order!</h1>' }],
};

/** The same email with the shortcuts, as an @sendgrid/mail user writes it. */
const shortcut = {
  to: 'customer@example.com',
  from: 'noreply@yourapp.com',
  subject: 'Order Confirmation',
  html: '<h1>Thank you for your order!</h1>',
};

const DOCS_BODY =
  '{"personalizations":[{"to":[{"email":"customer@example.com"}]}],"from":{"email":"noreply@yourapp.com"},' +
  '"subject":"Order Confirmation","content":[{"type":"text/html","value":"<h1>Thank you for your order!</h1>"}]}';
const SDK_BODY =
  '{"from":{"email":"noreply@yourapp.com"},"subject":"Order Confirmation",' +
  '"personalizations":[{"to":[{"email":"customer@example.com"}]}],' +
  '"content":[{"value":"<h1>Thank you for your order!</h1>","type":"text/html"}]}';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((_request, response) => {
    response.writeHead(202, { 'x-message-id': 'msg_docs' });
    response.end();
  });
});
afterAll(() => server.close());

function last(): CapturedRequest {
  const request = server.requests.at(-1);
  if (!request) throw new Error('no request arrived');
  return request;
}

async function sendDocsConfig(): Promise<CapturedRequest> {
  const result = await executeNode(docsConfig(server.origin), { secrets, retry: { limit: 0 } });
  expect(result.ok).toBe(true);
  return last();
}

async function sendPreset(input: SendMailInput): Promise<CapturedRequest> {
  const result = await connector.run('sendMail', input, {
    baseUrl: server.origin,
    secrets,
    retry: { limit: 0 },
  });
  expect(result.ok).toBe(true);
  expect(result.requestId).toBe('msg_docs');
  return last();
}

describe('product docs: SendGrid Email Service', () => {
  it('sendMail with the same API-shape input sends byte-identical JSON to the docs config', async () => {
    const docs = await sendDocsConfig();
    const ours = await sendPreset(apiShape);
    expect(docs.body.toString('utf8')).toBe(DOCS_BODY);
    expect(ours.body.toString('utf8')).toBe(DOCS_BODY);
    expect(ours.method).toBe(docs.method);
    expect(ours.url).toBe(docs.url);
    expect(ours.url).toBe('/v3/mail/send');
  });

  it('differs from the docs config in one header: the preset also sends Accept: application/json', async () => {
    // SendGrid documents 406 for requests that do not accept JSON; @sendgrid/client always sends this header.
    const docs = await sendDocsConfig();
    const ours = await sendPreset(apiShape);
    expect(docs.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(ours.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(docs.headers['content-type']).toBe('application/json');
    expect(ours.headers['content-type']).toBe('application/json');
    expect(docs.headers.accept).toBeUndefined();
    expect(ours.headers.accept).toBe('application/json');
    const { accept: _accept, ...oursWithoutAccept } = ours.headers;
    expect(oursWithoutAccept).toEqual(docs.headers);
  });

  it('the shortcut form sends what @sendgrid/mail sends, in the SDK key order rather than the docs order', async () => {
    const client = new Client();
    client.setApiKey(KEY);
    client.setDefaultRequest('baseUrl', `${server.origin}/`);
    const sgMail = new MailService();
    sgMail.setClient(client);
    await sgMail.send({ ...shortcut });
    const sdk = last();
    const ours = await sendPreset(shortcut);
    expect(ours.body.toString('utf8')).toBe(sdk.body.toString('utf8'));
    expect(ours.body.toString('utf8')).toBe(SDK_BODY);
    // The same email as the docs' JSON, with keys in another order: from and subject come first, and each content
    // item is {value, type} instead of {type, value}. JSON objects are unordered, so SendGrid reads both alike.
    expect(SDK_BODY).not.toBe(DOCS_BODY);
    expect(JSON.parse(SDK_BODY)).toEqual(JSON.parse(DOCS_BODY));
    expect(Object.keys(JSON.parse(SDK_BODY))).toEqual(['from', 'subject', 'personalizations', 'content']);
    expect(Object.keys(JSON.parse(DOCS_BODY))).toEqual(['personalizations', 'from', 'subject', 'content']);
  });
});
