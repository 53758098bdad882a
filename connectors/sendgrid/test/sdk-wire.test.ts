/**
 * The official SDKs (@sendgrid/mail and @sendgrid/client 8.x) and our presets, pointed at the same local capture
 * server, send the same bytes: method, path, body and headers. Left out of the header comparison: User-Agent
 * (each client names itself) and Accept-Encoding (set by the HTTP client underneath: axios sends
 * "gzip, compress, deflate, br", core's undici transport "gzip, deflate, br"; neither is part of the preset).
 */
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector } from '../generated/index.js';
import type { AddOrUpdateContactsInput, SendMailInput } from '../generated/types.js';

const KEY = 'SG.fake-wire-key';
const NOT_COMPARED = new Set(['user-agent', 'accept-encoding']);

function fixture<T>(folder: string, name: string): T {
  return JSON.parse(
    readFileSync(new URL(`fixtures/${folder}/${name}.input.json`, import.meta.url), 'utf8'),
  ) as T;
}

function comparable(request: CapturedRequest | undefined) {
  if (!request) throw new Error('no request arrived');
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers))
    if (!NOT_COMPARED.has(name)) headers[name] = value;
  return { method: request.method, url: request.url, headers, body: request.body.toString('utf8') };
}

let server: CaptureServer;
let client: Client;
let mail: MailService;

beforeAll(async () => {
  server = await startCaptureServer((request, response) => {
    if (request.url === '/v3/marketing/contacts') {
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end('{"job_id":"job_123"}');
    } else {
      response.writeHead(202, { 'x-message-id': 'msg_local123' });
      response.end();
    }
  });
  client = new Client();
  client.setApiKey(KEY);
  // setApiKey resets the base URL, so the override comes after it.
  client.setDefaultRequest('baseUrl', `${server.origin}/`);
  mail = new MailService();
  mail.setClient(client);
});
afterAll(() => server.close());

/** Sends with the SDK, then with our preset, to the same server; returns both requests as they arrived. */
async function both(sdk: () => Promise<unknown>, ours: () => Promise<{ ok: boolean }>) {
  const before = server.requests.length;
  await sdk();
  const result = await ours();
  expect(result.ok).toBe(true);
  const [fromSdk, fromPreset] = server.requests.slice(before);
  return { sdk: comparable(fromSdk), ours: comparable(fromPreset) };
}

const run = <K extends 'sendMail' | 'addOrUpdateContacts'>(
  operation: K,
  input: K extends 'sendMail' ? SendMailInput : AddOrUpdateContactsInput,
) =>
  connector.run(operation, input as never, {
    baseUrl: server.origin,
    secrets: { SENDGRID_API_KEY: KEY },
    retry: { limit: 0 },
  });

describe('sendMail with the @sendgrid/mail shortcuts sends what sgMail.send sends', () => {
  it('sends the SDK request for the documented simple call (to, from, subject, text, html)', async () => {
    const data = {
      to: 'a@example.com',
      from: 'shop@example.com',
      subject: 'Order',
      text: 'Thanks',
      html: '<b>Thanks</b>',
    };
    const { sdk, ours } = await both(
      () => mail.send({ ...data }),
      () => run('sendMail', data),
    );
    expect(ours).toEqual(sdk);
    // The bytes the capture in /tmp/sdk-wire/REPORT.md recorded for this call.
    expect(ours.body).toBe(
      '{"from":{"email":"shop@example.com"},"subject":"Order","personalizations":[{"to":[{"email":"a@example.com"}]}],' +
        '"content":[{"value":"Thanks","type":"text/plain"},{"value":"<b>Thanks</b>","type":"text/html"}]}',
    );
    expect(ours.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${KEY}`,
    });
  });

  it('matches the SDK camelCase call with the API names (customArgs → custom_args, templateId → template_id, …)', async () => {
    // The fields both spell the same way; the rest differ in name only.
    const same = {
      to: [
        { email: 'a@example.com', name: 'Ada' },
        { email: 'b@example.com', name: 'Bob' },
      ],
      cc: 'c@example.com',
      from: { email: 'shop@example.com', name: 'Shop' },
      subject: 'Order',
      text: 'Thanks',
      html: '<b>Thanks</b>',
      attachments: [
        { content: 'aGVsbG8=', filename: 'a.txt', type: 'text/plain', disposition: 'attachment' as const },
      ],
      categories: ['orders'],
    };
    const { sdk, ours } = await both(
      () =>
        mail.send({
          ...same,
          customArgs: { order_id: '6735' },
          sendAt: 1700000000,
          templateId: 'd-123',
          dynamicTemplateData: { firstName: 'Ada', order_total: 20 },
        }),
      () =>
        run('sendMail', {
          ...same,
          custom_args: { order_id: '6735' },
          send_at: 1700000000,
          template_id: 'd-123',
          dynamic_template_data: { firstName: 'Ada', order_total: 20 },
        }),
    );
    expect(ours).toEqual(sdk);
  });

  for (const name of ['shortcut-simple', 'special-characters']) {
    it(`sends the SDK bytes for the ${name} fixture (the SDK takes the same snake_case fields)`, async () => {
      const input = fixture<SendMailInput>('send-mail', name);
      const { sdk, ours } = await both(
        () => mail.send(structuredClone(input) as never),
        () => run('sendMail', input),
      );
      expect(ours).toEqual(sdk);
    });
  }

  it('sends the SDK body for the shortcut-full fixture, but not the email headers as HTTP headers', async () => {
    // Deliberate difference: sgMail.send also passes the message's `headers` (meant for the email) as headers of
    // the HTTP request to SendGrid, merged over its own, so an email header named Authorization or Content-Type
    // would replace the API's. SendGrid reads email headers from the body only; we send them there and nowhere
    // else.
    const input = fixture<SendMailInput>('send-mail', 'shortcut-full');
    const { sdk, ours } = await both(
      () => mail.send(structuredClone(input) as never),
      () => run('sendMail', input),
    );
    expect(ours.body).toBe(sdk.body);
    expect(ours.body).toContain('"headers":{"X-Order-Id":"6735"}');
    expect(sdk.headers['x-order-id']).toBe('6735');
    expect(ours.headers['x-order-id']).toBeUndefined();
    const { 'x-order-id': _emailHeader, ...sdkHttpHeaders } = sdk.headers;
    expect(ours).toEqual({ ...sdk, headers: sdkHttpHeaders });
  });

  it('orders keys as the SDK does (one-word keys before snake_case keys, at the top and in settings)', async () => {
    const input: SendMailInput = {
      to: 'a@example.com',
      from: 'shop@example.com',
      subject: 'Settings',
      text: 'Hi',
      mail_settings: {
        bypass_list_management: { enable: true },
        footer: { text: 'Bye', enable: true },
        sandbox_mode: { enable: true },
      },
      tracking_settings: {
        subscription_tracking: { substitution_tag: '[unsub]', enable: true },
        ganalytics: { utm_campaign: 'fall', enable: true },
      },
      asm: { group_id: 1, groups_to_display: [1, 2] },
      sections: { '-footer-': 'See you' },
      reply_to: 'Help <help@example.com>',
      send_at: 1700000000,
    };
    const { sdk, ours } = await both(
      () => mail.send(structuredClone(input) as never),
      () => run('sendMail', input),
    );
    expect(ours).toEqual(sdk);
    expect(ours.body).toContain(
      '"sections":{"-footer-":"See you"},"asm":{"group_id":1,"groups_to_display":[1,2]},',
    );
    expect(ours.body).toContain(
      '"mail_settings":{"footer":{"text":"Bye","enable":true},"bypass_list_management":{"enable":true},"sandbox_mode":{"enable":true}}',
    );
  });
});

describe('sendMail in the API shape sends the body unchanged, as @sendgrid/client does', () => {
  it('sends the api-shape fixture byte for byte like client.request', async () => {
    const input = fixture<SendMailInput>('send-mail', 'api-shape');
    const { sdk, ours } = await both(
      () => client.request({ method: 'POST', url: '/v3/mail/send', body: input }),
      () => run('sendMail', input),
    );
    expect(ours).toEqual(sdk);
    expect(ours.body).toBe(JSON.stringify(input));
  });

  it('deliberately differs from sgMail.send, which rebuilds an API-shape body', async () => {
    // sgMail.send runs the body through its Mail class: from/subject move first, personalization keys are
    // reordered, and substitution keys are wrapped in {{…}} ("-name-" becomes "{{-name-}}"), which changes which
    // tag SendGrid replaces. A caller who writes SendGrid's own body means exactly that body, so we send it as
    // given (what @sendgrid/client's request sends, above).
    const input = fixture<SendMailInput>('send-mail', 'api-shape');
    const { sdk, ours } = await both(
      () => mail.send(structuredClone(input) as never),
      () => run('sendMail', input),
    );
    expect(ours.body).toBe(JSON.stringify(input));
    expect(ours.body).toContain('"substitutions":{"-name-":"Dan"}');
    expect(sdk.body).toContain('"substitutions":{"{{-name-}}":"Dan"}');
    expect(sdk.body.startsWith('{"from":')).toBe(true);
    expect(ours.body.startsWith('{"personalizations":')).toBe(true);
    expect({ ...ours, body: undefined, headers: { ...ours.headers, 'content-length': undefined } }).toEqual({
      ...sdk,
      body: undefined,
      headers: { ...sdk.headers, 'content-length': undefined },
    });
  });
});

describe('addOrUpdateContacts sends what @sendgrid/client sends for PUT /v3/marketing/contacts', () => {
  it('matches the captured SDK call (contacts, then list_ids)', async () => {
    const body = { contacts: [{ email: 'a@example.com', first_name: 'Ada' }], list_ids: ['abc'] };
    const { sdk, ours } = await both(
      () => client.request({ method: 'PUT', url: '/v3/marketing/contacts', body }),
      () => run('addOrUpdateContacts', body),
    );
    expect(ours).toEqual(sdk);
    expect(ours.body).toBe('{"contacts":[{"email":"a@example.com","first_name":"Ada"}],"list_ids":["abc"]}');
  });

  for (const name of ['basic', 'contacts-only', 'special-characters']) {
    it(`matches client.request for the ${name} fixture`, async () => {
      const input = fixture<AddOrUpdateContactsInput>('add-or-update-contacts', name);
      const { sdk, ours } = await both(
        () => client.request({ method: 'PUT', url: '/v3/marketing/contacts', body: input }),
        () => run('addOrUpdateContacts', input),
      );
      expect(ours).toEqual(sdk);
    });
  }
});
