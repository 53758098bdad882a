import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SANDBOX_SECRETS, SERVICE_IDS, startSandbox } from '../src/index.js';
import { send, stripeClient } from './helpers.js';

describe('startSandbox', () => {
  it('runs one server per service on 127.0.0.1 with distinct ports', async () => {
    const sandbox = await startSandbox();
    try {
      const origins = SERVICE_IDS.map((id) => new URL(sandbox.baseUrls[id]));
      expect(origins.every((url) => url.hostname === '127.0.0.1' && url.protocol === 'http:')).toBe(true);
      expect(new Set(origins.map((url) => url.port)).size).toBe(4);
      expect(new URL(sandbox.baseUrls.slack).pathname).toBe('/api');
    } finally {
      await sandbox.close();
    }
  });

  it('hands out obviously fake secrets, with the webhook URL on the Slack server', async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.secrets).toEqual({
        ...SANDBOX_SECRETS,
        SLACK_WEBHOOK_URL: `${new URL(sandbox.baseUrls.slack).origin}/services/TSANDBOX/BSANDBOX/sandboxsecret`,
      });
      expect(sandbox.secrets['STRIPE_SECRET_KEY']).toMatch(/^sk_test_/);
      expect(sandbox.secrets['SLACK_BOT_TOKEN']).toMatch(/^xoxb-/);
      expect(sandbox.secrets['SENDGRID_API_KEY']).toMatch(/^SG\./);
      expect(sandbox.secrets['GOOGLE_OAUTH_TOKEN']).toMatch(/^ya29\./);
    } finally {
      await sandbox.close();
    }
  });

  it('records every request in order, raw', async () => {
    const sandbox = await startSandbox();
    try {
      await stripeClient(sandbox).post('/v1/customers', 'email=a%2Bb%40example.com');
      await send(sandbox.secrets['SLACK_WEBHOOK_URL']!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"text":"é"}',
      });
      expect(sandbox.requests.map((r) => [r.service, r.method, r.url, r.body])).toEqual([
        ['stripe', 'POST', '/v1/customers', 'email=a%2Bb%40example.com'],
        ['slack', 'POST', '/services/TSANDBOX/BSANDBOX/sandboxsecret', '{"text":"é"}'],
      ]);
      expect(sandbox.requests[0]?.headers['authorization']).toBe(
        `Bearer ${sandbox.secrets['STRIPE_SECRET_KEY']}`,
      );
    } finally {
      await sandbox.close();
    }
  });

  it('keeps separate state per sandbox', async () => {
    const [a, b] = await Promise.all([startSandbox(), startSandbox()]);
    try {
      await stripeClient(a).post('/v1/customers', 'email=x%40example.com');
      expect(a.state.stripe.customers.size).toBe(1);
      expect(b.state.stripe.customers.size).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('failNext', () => {
  it('fails only the named service, once per call, in order', async () => {
    const sandbox = await startSandbox();
    try {
      sandbox.failNext('sendgrid', { status: 429, retryAfterSeconds: 1 });
      sandbox.failNext('sendgrid', { status: 503 });
      // A 429 queued for SendGrid does not pause Stripe.
      expect((await stripeClient(sandbox).get('/v1/customers')).status).toBe(200);
      const headers = {
        authorization: `Bearer ${sandbox.secrets['SENDGRID_API_KEY']}`,
        'content-type': 'application/json',
      };
      const url = `${sandbox.baseUrls.sendgrid}/v3/mail/send`;
      expect((await send(url, { method: 'POST', headers, body: '{}' })).status).toBe(429);
      const unavailable = await send(url, { method: 'POST', headers, body: '{}' });
      expect(unavailable.status).toBe(503);
      expect(unavailable.headers.get('retry-after')).toBeNull();
      expect((await send(url, { method: 'POST', headers, body: '{}' })).status).toBe(400);
      expect(sandbox.requests.filter((r) => r.service === 'sendgrid')).toHaveLength(3);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a status that is not an HTTP status', async () => {
    const sandbox = await startSandbox();
    try {
      expect(() => sandbox.failNext('stripe', { status: 42 })).toThrow(RangeError);
    } finally {
      await sandbox.close();
    }
  });
});

describe('close', () => {
  it('closes even with a keep-alive connection open, refuses connections afterwards, and is idempotent', async () => {
    const sandbox = await startSandbox();
    const url = new URL(`${sandbox.baseUrls.stripe}/v1/customers`);
    // A raw keep-alive request whose socket stays open after the answer.
    await new Promise<void>((resolve, reject) => {
      const req = request(
        url,
        {
          headers: {
            authorization: `Bearer ${sandbox.secrets['STRIPE_SECRET_KEY']}`,
            connection: 'keep-alive',
          },
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end();
    });
    const started = Date.now();
    await Promise.all([sandbox.close(), sandbox.close()]);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(send(url.href)).rejects.toThrow(/ECONNREFUSED/);
    await sandbox.close();
  });
});
