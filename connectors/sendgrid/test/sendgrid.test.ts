import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { describeConnectorFixtures, startCaptureServer } from '@convoflow/testkit';
import { describe, expect, it } from 'vitest';
import { connector } from '../generated/index.js';

const secrets = { SENDGRID_API_KEY: 'SG.fake-fixture-key' };

describe('sendgrid connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets,
  });
});

describe('sendgrid responses', () => {
  const mail = { to: 'ada@example.com', from: 'shop@example.com', subject: 'Hi', text: 'Hello' };

  it('reads a 202 with an empty body as success, with X-Message-Id as the request id', async () => {
    const server = await startCaptureServer((_request, response) => {
      response.writeHead(202, { 'X-Message-Id': 'msg_local123' });
      response.end();
    });
    try {
      const result = await connector.run('sendMail', mail, { baseUrl: server.origin, secrets });
      expect(result.ok).toBe(true);
      expect(result.status).toBe(202);
      expect(result.body).toBeNull();
      expect(result.requestId).toBe('msg_local123');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('surfaces every message of a 400 errors list, and keeps the request id', async () => {
    const server = await startCaptureServer((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json', 'x-message-id': 'msg_bad' });
      response.end(
        JSON.stringify({
          errors: [
            {
              message: 'The from email does not contain a valid address.',
              field: 'from.email',
              help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from',
            },
            {
              message: 'The content value must be a string at least one character in length.',
              field: 'content.0.value',
              help: null,
            },
          ],
        }),
      );
    });
    try {
      const result = await connector.run('sendMail', mail, {
        baseUrl: server.origin,
        secrets,
        retry: { limit: 0 },
      });
      expect(result.ok).toBe(false);
      expect(result.status).toBe(400);
      expect(result.error?.kind).toBe('http');
      // errors[].message: every item's message, joined.
      expect(result.error?.message).toBe(
        'The from email does not contain a valid address.; ' +
          'The content value must be a string at least one character in length.',
      );
      expect(result.requestId).toBe('msg_bad');
    } finally {
      await server.close();
    }
  });

  it('reads the 202 {job_id} of addOrUpdateContacts', async () => {
    const server = await startCaptureServer((_request, response) => {
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end('{"job_id":"job_123"}');
    });
    try {
      const result = await connector.run(
        'addOrUpdateContacts',
        { contacts: [{ email: 'ada@example.com' }] },
        { baseUrl: server.origin, secrets },
      );
      expect(result.ok).toBe(true);
      expect(result.status).toBe(202);
      expect(result.body).toEqual({ job_id: 'job_123' });
    } finally {
      await server.close();
    }
  });

  it('reports a 401 with its message (a wrong or revoked key)', async () => {
    const server = await startCaptureServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        '{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked"}]}',
      );
    });
    try {
      const result = await connector.run('sendMail', mail, {
        baseUrl: server.origin,
        secrets,
        retry: { limit: 0 },
      });
      expect(result.ok).toBe(false);
      expect(result.status).toBe(401);
      expect(result.error?.message).toBe('The provided authorization grant is invalid, expired, or revoked');
    } finally {
      await server.close();
    }
  });

  it('sends reference-like text in the input literally (never resolved as a secret)', async () => {
    const server = await startCaptureServer((_request, response) => {
      response.writeHead(202);
      response.end();
    });
    try {
      const html = '<p>{{secrets.SENDGRID_API_KEY}} {{first_name}}</p>';
      const result = await connector.run(
        'sendMail',
        { ...mail, html },
        { baseUrl: server.origin, secrets, retry: { limit: 0 } },
      );
      expect(result.ok).toBe(true);
      const body = server.requests[0]?.body.toString('utf8') ?? '';
      expect(JSON.parse(body).content[1]).toEqual({ value: html, type: 'text/html' });
      expect(body).not.toContain(secrets.SENDGRID_API_KEY);
    } finally {
      await server.close();
    }
  });

  it('names the secret and the setup page', () => {
    expect(connector.secrets).toEqual(['SENDGRID_API_KEY']);
    expect(connector.auth.apiKey?.setupUrl).toBe('https://app.sendgrid.com/settings/api_keys');
    expect(connector.allowedHosts).toEqual(['api.sendgrid.com']);
  });
});
