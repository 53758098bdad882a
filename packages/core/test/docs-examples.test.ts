/**
 * Every configuration example of the product docs (../shared/product-docs/connect-external-services.txt), with its
 * placeholder keys replaced by secret references, prepares to exactly the request it describes. The configs are
 * the files in examples/custom-api-node/, which the demo runs too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CustomApiNodeConfig, prepareRequest, validateConfig } from '../src/index.js';

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/custom-api-node');
function example(name: string): CustomApiNodeConfig {
  return JSON.parse(readFileSync(join(examplesDir, `${name}.json`), 'utf8')) as CustomApiNodeConfig;
}

const secrets = {
  EXAMPLE_API_KEY: 'example-key-123',
  OAUTH_ACCESS_TOKEN: 'oauth-token-456',
  EXAMPLE_USERNAME: 'ada',
  EXAMPLE_PASSWORD: 'p@ss:word',
  STRIPE_SECRET_KEY: 'sk_test_docs789',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/XXXX',
  SENDGRID_API_KEY: 'SG.docs-fake-key',
  GOOGLE_OAUTH_TOKEN: 'google-token-000',
};

async function wire(config: CustomApiNodeConfig) {
  expect(validateConfig(config)).toEqual([]);
  const prepared = await prepareRequest(config, { secrets });
  return {
    method: prepared.method,
    url: prepared.url,
    headers: { ...prepared.headers },
    body: prepared.body,
  };
}

describe('product docs: authentication methods', () => {
  it('sends an API key in the Authorization header as written', async () => {
    expect(await wire(example('api-key-header'))).toEqual({
      method: 'GET',
      url: 'https://api.example.com/data',
      headers: { authorization: 'Bearer example-key-123', 'content-type': 'application/json' },
      body: undefined,
    });
  });

  it('sends an API key as a query parameter, written in the URL or as structured auth', async () => {
    const inUrl = await wire({
      url: 'https://api.example.com/data?api_key={{secrets.EXAMPLE_API_KEY}}',
      method: 'GET',
    });
    const structured = await wire(example('api-key-query'));
    expect(inUrl.url).toBe('https://api.example.com/data?api_key=example-key-123');
    expect(structured.url).toBe('https://api.example.com/data?api_key=example-key-123');
    expect(structured.headers).toEqual({});
  });

  it('sends an OAuth 2.0 access token as a bearer token, hand-written or structured', async () => {
    const handWritten = await wire(example('oauth2-bearer'));
    const structured = await wire({
      url: 'https://api.example.com/user/profile',
      method: 'GET',
      headers: { 'Content-Type': 'application/json' },
      auth: { type: 'bearer', token: '{{secrets.OAUTH_ACCESS_TOKEN}}' },
    });
    expect(handWritten.headers).toEqual({
      authorization: 'Bearer oauth-token-456',
      'content-type': 'application/json',
    });
    expect(structured).toEqual(handWritten);
  });

  it('computes Basic credentials as base64(username:password)', async () => {
    const request = await wire(example('basic-auth'));
    // RFC 7617: base64 of the UTF-8 bytes of "ada:p@ss:word".
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('ada:p@ss:word').toString('base64')}`);
    expect(request.headers.authorization).toBe('Basic YWRhOnBAc3M6d29yZA==');
  });

  it('keeps a hand-written Basic header as written (the docs example)', async () => {
    const request = await wire({
      url: 'https://api.example.com/resource',
      method: 'GET',
      headers: { Authorization: 'Basic {{secrets.EXAMPLE_PASSWORD}}', 'Content-Type': 'application/json' },
    });
    expect(request.headers.authorization).toBe('Basic p@ss:word');
  });
});

describe('product docs: common integration examples', () => {
  it('Stripe: form-encodes the payment intent body, keeping the literal payment_method_types[] key', async () => {
    expect(await wire(example('stripe-payment-intent'))).toEqual({
      method: 'POST',
      url: 'https://api.stripe.com/v1/payment_intents',
      headers: {
        authorization: 'Bearer sk_test_docs789',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'amount=2000&currency=usd&payment_method_types[]=card',
    });
  });

  it('Slack: posts compact JSON to the webhook URL, which is itself the secret', async () => {
    expect(await wire(example('slack-webhook'))).toEqual({
      method: 'POST',
      url: 'https://hooks.slack.com/services/T000/B000/XXXX',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"New customer inquiry received!","channel":"#notifications","username":"ConvoFlow Bot"}',
    });
  });

  it('SendGrid: sends the mail body as compact JSON with a bearer key', async () => {
    const request = await wire(example('sendgrid-mail'));
    expect(request.headers).toEqual({
      authorization: 'Bearer SG.docs-fake-key',
      'content-type': 'application/json',
    });
    expect(request.body).toBe(
      '{"personalizations":[{"to":[{"email":"customer@example.com"}]}],"from":{"email":"noreply@yourapp.com"},' +
        '"subject":"Order Confirmation","content":[{"type":"text/html","value":"<h1>Thank you for your order!</h1>"}]}',
    );
  });

  it('Google Sheets: sends the URL as written (the generic node does not add the valueInputOption the API requires)', async () => {
    const request = await wire(example('google-sheets-append'));
    // The real API answers 400 without valueInputOption; the Google Sheets connector's appendValues preset adds it.
    expect(request.url).toBe(
      'https://sheets.googleapis.com/v4/spreadsheets/SHEET_ID/values/Sheet1!A1:append',
    );
    expect(request.url).not.toContain('valueInputOption');
    expect(request.body).toBe('{"values":[["Customer Name","Email","Message","Timestamp"]]}');
    expect(request.headers.authorization).toBe('Bearer google-token-000');
  });
});
