/**
 * A canary secret, used in every place a secret can go, must not appear in any output meant for people or logs:
 * the redacted request, console.log / util.inspect, JSON.stringify, curl, error messages, toJSON() and inspected errors.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, prepareRequest, redactRequest, toCurl } from '../src/index.js';

const CANARY = 'sk_test_CANARY_x9Z+/=ä "q"';
const USER = 'canary-user';
const WEBHOOK = 'https://hooks.slack.com/services/TCANARY/BCANARY/CANARYwebhookSECRET';
const secrets = { CANARY_KEY: CANARY, CANARY_USER: USER, SLACK_WEBHOOK_URL: WEBHOOK };

/** Every form the canary can take on the wire. */
const forms = [
  CANARY,
  encodeURIComponent(CANARY),
  JSON.stringify(CANARY).slice(1, -1),
  Buffer.from(`${USER}:${CANARY}`).toString('base64'),
  'CANARYwebhookSECRET',
  'TCANARY',
];

function expectClean(text: string): void {
  for (const form of forms) expect(text).not.toContain(form);
}

const configs: Record<string, CustomApiNodeConfig> = {
  'bearer auth': {
    url: 'https://api.example.com/a',
    auth: { type: 'bearer', token: '{{secrets.CANARY_KEY}}' },
  },
  'basic auth': {
    url: 'https://api.example.com/a',
    auth: { type: 'basic', username: '{{secrets.CANARY_USER}}', password: '{{secrets.CANARY_KEY}}' },
  },
  'api key header': {
    url: 'https://api.example.com/a',
    auth: { type: 'apiKey', in: 'header', name: 'X-Api-Key', value: '{{secrets.CANARY_KEY}}' },
  },
  'api key query': {
    url: 'https://api.example.com/a',
    auth: { type: 'apiKey', in: 'query', name: 'key', value: '{{secrets.CANARY_KEY}}' },
  },
  'hand-written header': {
    url: 'https://api.example.com/a',
    headers: { Authorization: 'Token {{secrets.CANARY_KEY}}' },
  },
  'url path and query': {
    url: 'https://api.example.com/bot{{secrets.CANARY_KEY}}/send?token={{secrets.CANARY_KEY}}',
  },
  'query object': { url: 'https://api.example.com/a', query: { key: '{{secrets.CANARY_KEY}}' } },
  'json body': {
    url: 'https://api.example.com/a',
    method: 'POST',
    body: { nested: { key: 'k={{secrets.CANARY_KEY}}' } },
  },
  'form body': {
    url: 'https://api.example.com/a',
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: { key: '{{secrets.CANARY_KEY}}' },
  },
  'webhook url': { url: '{{secrets.SLACK_WEBHOOK_URL}}', method: 'POST', body: { text: 'hi' } },
};

describe('canary secret', () => {
  for (const [name, config] of Object.entries(configs)) {
    it(`never shows in printed forms of a prepared request: ${name}`, async () => {
      const prepared = await prepareRequest(config, { secrets });
      // The real request does carry it (otherwise this test proves nothing).
      const wire = prepared.url + JSON.stringify(prepared.headers) + String(prepared.body ?? '');
      expect(forms.some((form) => wire.includes(form))).toBe(true);

      expectClean(JSON.stringify(redactRequest(prepared)));
      expectClean(JSON.stringify(prepared));
      expectClean(inspect(prepared, { depth: 10, showHidden: true }));
      expectClean(toCurl(prepared));
      expectClean(JSON.stringify({ ...prepared }));
      expectClean(Object.keys(prepared).join(','));
    });
  }

  it('shows a webhook URL secret as its origin and first segment', async () => {
    const prepared = await prepareRequest(configs['webhook url'] as CustomApiNodeConfig, { secrets });
    expect(redactRequest(prepared).url).toBe('https://hooks.slack.com/services/***');
  });

  it('never shows in console.log output', async () => {
    const prepared = await prepareRequest(configs['basic auth'] as CustomApiNodeConfig, { secrets });
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => lines.push(args.map((arg) => inspect(arg)).join(' '));
    try {
      console.log(prepared);
      console.log('%o', prepared);
      console.log({ request: prepared });
    } finally {
      console.log = original;
    }
    expect(lines.join('\n')).toContain('Basic ***');
    expectClean(lines.join('\n'));
  });

  it('never shows in errors: message, toJSON() and inspect', async () => {
    const failures: unknown[] = [];
    const attempts: Array<[CustomApiNodeConfig, Record<string, unknown>]> = [
      [
        { url: 'https://api.example.com', headers: { 'X-A': '{{secrets.CANARY_KEY}}{{input.crlf}}' } },
        { input: { crlf: '\r\n' } },
      ],
      [{ url: '{{secrets.CANARY_KEY}}' }, {}],
      [
        {
          url: 'https://api.example.com/{{input.missing}}',
          headers: { Authorization: 'Bearer {{secrets.CANARY_KEY}}' },
        },
        { input: {} },
      ],
      [{ url: 'https://{{secrets.CANARY_KEY}}/a' }, {}],
    ];
    for (const [config, context] of attempts) {
      await prepareRequest(config, { secrets, context }).then(
        () => failures.push(new Error('expected a failure')),
        (error: unknown) => failures.push(error),
      );
    }
    expect(failures).toHaveLength(attempts.length);
    for (const error of failures) {
      expect(error).toMatchObject({ code: 'config' });
      expectClean(String(error));
      expectClean((error as Error).stack ?? '');
      expectClean(JSON.stringify(error));
      expectClean(inspect(error, { depth: 10, showHidden: true }));
    }
  });
});
