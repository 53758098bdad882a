import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { send } from './helpers.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** A request the way @sendgrid/client (axios) sends it. */
function sendgrid(method: string, path: string, body: string, headers: Record<string, string> = {}) {
  return send(`${sandbox.baseUrls.sendgrid}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'sendgrid/8.1.6;nodejs',
      Authorization: `Bearer ${sandbox.secrets['SENDGRID_API_KEY']}`,
      ...headers,
    },
    body,
  });
}

const mail = (body: unknown) => sendgrid('POST', '/v3/mail/send', JSON.stringify(body));

const HELP = 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html';

describe('SendGrid mail send', () => {
  it('accepts the exact @sendgrid/mail body with 202, no body and X-Message-Id, and stores it', async () => {
    const body =
      '{"from":{"email":"shop@example.com"},"subject":"Order","personalizations":[{"to":[{"email":"a@example.com"}]}],"content":[{"value":"Thanks","type":"text/plain"},{"value":"<b>Thanks</b>","type":"text/html"}]}';
    const res = await sendgrid('POST', '/v3/mail/send', body);
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    const messageId = res.headers.get('x-message-id');
    expect(messageId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sandbox.state.sendgrid.mails.at(-1)).toEqual({ messageId, body: JSON.parse(body) });
  });

  it('accepts the full SDK body (template, cc, attachments) and the isMultiple body', async () => {
    const full =
      '{"from":{"email":"shop@example.com","name":"Shop"},"subject":"Order","personalizations":[{"to":[{"email":"a@example.com","name":"Ada"},{"email":"b@example.com","name":"Bob"}],"cc":[{"email":"c@example.com"}],"dynamic_template_data":{"firstName":"Ada","order_total":20}}],"attachments":[{"content":"aGVsbG8=","filename":"a.txt","type":"text/plain","disposition":"attachment"}],"categories":["orders"],"content":[{"value":"Thanks","type":"text/plain"},{"value":"<b>Thanks</b>","type":"text/html"}],"custom_args":{"order_id":"6735"},"send_at":1700000000,"template_id":"d-123"}';
    expect((await sendgrid('POST', '/v3/mail/send', full)).status).toBe(202);
    const multiple =
      '{"from":{"email":"shop@example.com"},"subject":"Order","personalizations":[{"to":[{"email":"a@example.com"}]},{"to":[{"email":"b@example.com"}]}],"content":[{"value":"Thanks","type":"text/plain"}]}';
    expect((await sendgrid('POST', '/v3/mail/send', multiple)).status).toBe(202);
  });

  it('lets a template stand in for subject and content', async () => {
    const res = await mail({
      from: { email: 'shop@example.com' },
      personalizations: [{ to: [{ email: 'a@example.com' }], dynamic_template_data: { name: 'Ada' } }],
      template_id: 'd-123',
    });
    expect(res.status).toBe(202);
  });

  it('lets every personalization carry its own subject', async () => {
    const res = await mail({
      from: { email: 'shop@example.com' },
      personalizations: [{ to: [{ email: 'a@example.com' }], subject: 'Hi Ada' }],
      content: [{ type: 'text/plain', value: 'x' }],
    });
    expect(res.status).toBe(202);
  });

  it('lists every problem at once in a 400', async () => {
    const before = sandbox.state.sendgrid.mails.length;
    const res = await mail({ personalizations: [{}], content: [{ type: 'text/plain', value: '' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: expect.stringMatching(/^The from object must be provided for every email send\./),
        field: 'from.email',
        help: `${HELP}#message.from`,
      },
      {
        message:
          'The to array is required for all personalization objects, and must have at least one email object with a valid email address.',
        field: 'personalizations.0.to',
        help: `${HELP}#message.personalizations.to`,
      },
      {
        message:
          'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.',
        field: 'subject',
        help: `${HELP}#message.subject`,
      },
      {
        message: 'The content value must be a string at least one character in length.',
        field: 'content.0.value',
        help: `${HELP}#message.content.value`,
      },
    ]);
    expect(sandbox.state.sendgrid.mails.length).toBe(before);
  });

  it('requires personalizations and content, and checks addresses and content order', async () => {
    const empty = await mail({ from: { email: 'shop@example.com' }, subject: 'x' });
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['personalizations', 'content']);
    expect(empty.body.errors[0].message).toBe(
      'The personalizations field is required and must have at least one personalization.',
    );

    const bad = await mail({
      from: { email: 'not-an-address' },
      subject: 'x',
      personalizations: [
        { to: [{ email: 'a@example.com' }, { email: 'nope' }], cc: [{ email: 'A@example.com' }] },
      ],
      content: [
        { type: 'text/html', value: '<b>x</b>' },
        { type: 'text/plain', value: 'x' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'from.email',
      'personalizations.0.to.1.email',
      'personalizations.0.cc',
      'content',
    ]);
  });

  it('refuses a wrong key with 401 and SendGrid error shape', async () => {
    for (const authorization of ['', 'Bearer sk_test_wrong', 'Basic U0cuZmFrZQ==']) {
      const res = await sendgrid('POST', '/v3/mail/send', '{}', { Authorization: authorization });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        errors: [
          {
            message: 'The provided authorization grant is invalid, expired, or revoked',
            field: null,
            help: null,
          },
        ],
      });
    }
  });

  it('refuses non-JSON bodies', async () => {
    const text = await sendgrid('POST', '/v3/mail/send', 'hello', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.errors[0]).toMatchObject({ field: null });
    const broken = await sendgrid('POST', '/v3/mail/send', '{"from":');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ errors: [{ message: 'Bad Request', field: null, help: null }] });
  });
});

describe('SendGrid marketing contacts', () => {
  it('upserts the exact SDK body with 202 {job_id} and merges repeat upserts by email', async () => {
    const res = await sendgrid(
      'PUT',
      '/v3/marketing/contacts',
      '{"contacts":[{"email":"a@example.com","first_name":"Ada"}],"list_ids":["abc"]}',
    );
    expect(res.status).toBe(202);
    expect(res.body.job_id).toMatch(/^[0-9a-f-]{36}$/);
    const first = sandbox.state.sendgrid.contacts.get('a@example.com');
    expect(first).toMatchObject({ email: 'a@example.com', first_name: 'Ada', list_ids: ['abc'] });

    await sendgrid(
      'PUT',
      '/v3/marketing/contacts',
      '{"contacts":[{"email":"A@Example.com","last_name":"Lovelace"}]}',
    );
    const merged = sandbox.state.sendgrid.contacts.get('a@example.com');
    expect(merged).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      list_ids: ['abc'],
      id: first?.id,
    });
  });

  it('requires contacts, each with a valid email', async () => {
    const none = await sendgrid('PUT', '/v3/marketing/contacts', '{"contacts":[]}');
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('contacts');
    const noEmail = await sendgrid(
      'PUT',
      '/v3/marketing/contacts',
      '{"contacts":[{"first_name":"x"},{"email":"bad"}]}',
    );
    expect(noEmail.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'contacts[0].email',
      'contacts[1].email',
    ]);
  });
});

describe('SendGrid failNext', () => {
  it('answers 429 with Retry-After, rate-limit headers and SendGrid errors, then normally', async () => {
    sandbox.failNext('sendgrid', { status: 429, retryAfterSeconds: 2 });
    const body = {
      from: { email: 'shop@example.com' },
      subject: 'x',
      personalizations: [{ to: [{ email: 'a@example.com' }] }],
      content: [{ type: 'text/plain', value: 'x' }],
    };
    const limited = await mail(body);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body).toEqual({ errors: [{ message: 'too many requests', field: null, help: null }] });
    expect((await mail(body)).status).toBe(202);
  });
});
