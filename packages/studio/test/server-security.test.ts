/**
 * The studio server's door, from a plain HTTP client (no browser): loopback only, the per-start token on every
 * request, Host checked (DNS rebinding), Origin and JSON checked on every state-changing request, no CORS, the
 * real services refused under --sandbox, and credentials accepted as secret references only.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StudioProcess, startStudioProcess } from './support/studio-process.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function call(
  studio: StudioProcess,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: studio.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

let studio: StudioProcess;
let good: Record<string, string>;
beforeAll(async () => {
  studio = await startStudioProcess(['--sandbox', '--port', '0']);
  good = {
    host: `127.0.0.1:${studio.port}`,
    'x-studio-token': studio.token,
    origin: studio.origin,
    'content-type': 'application/json',
  };
});
afterAll(() => studio?.stop());

const previewBody = JSON.stringify({
  kind: 'operation',
  connector: 'stripe',
  operation: 'createPaymentIntent',
  input: { amount: 2000, currency: 'usd' },
});

describe('convoflow studio', () => {
  it('prints a 127.0.0.1 URL with a free port and a long random token', () => {
    expect(studio.port).toBeGreaterThan(0);
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${studio.token}`);
    expect(studio.token).toMatch(/^[\w-]{32}$/);
  });

  it('uses a new token on every start', async () => {
    const second = await startStudioProcess(['--sandbox', '--port', '0']);
    try {
      expect(second.token).not.toBe(studio.token);
      expect(second.port).not.toBe(studio.port);
      // One studio's token does not open another.
      expect(
        (await call(second, '/api/catalog', { headers: { 'x-studio-token': studio.token } })).status,
      ).toBe(403);
    } finally {
      await second.stop();
    }
  });

  it('refuses an unknown --port value before starting (exit 2)', async () => {
    await expect(startStudioProcess(['--port', 'http'])).rejects.toThrow(
      /exited \(2\)[\s\S]*--port must be a number/,
    );
  });
});

describe('the token', () => {
  it('is required: 401 without it, on pages and API alike', async () => {
    for (const path of ['/', '/api/catalog', '/assets/nothing.js']) {
      const answer = await call(studio, path);
      expect(answer.status, path).toBe(401);
      expect(answer.body).toContain('token is missing');
    }
  });

  it('must be right: 403 for a wrong one, in the header, the cookie or the address', async () => {
    const wrong = `${studio.token.slice(0, -1)}${studio.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(studio, '/api/catalog', { headers: { 'x-studio-token': wrong } })).status).toBe(403);
    expect(
      (
        await call(studio, '/api/catalog', {
          headers: { cookie: `convoflow-studio-${studio.port}=${wrong}` },
        })
      ).status,
    ).toBe(403);
    expect((await call(studio, `/?token=${wrong}`)).status).toBe(403);
    expect((await call(studio, '/api/catalog', { headers: { 'x-studio-token': '' } })).status).toBe(403);
  });

  it('in the first address is moved into an HttpOnly, SameSite=Strict cookie, which then opens the API', async () => {
    const first = await call(studio, `/?token=${studio.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toBe(`convoflow-studio-${studio.port}=${studio.token}; HttpOnly; SameSite=Strict; Path=/`);
    const page = await call(studio, '/', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="app">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});

describe('Host and Origin', () => {
  it('refuses a Host that is not 127.0.0.1 or localhost with its port (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${studio.port}`,
      '127.0.0.1',
      `127.0.0.1:${studio.port + 1}`,
      `localhost.evil.example:${studio.port}`,
    ]) {
      const answer = await call(studio, '/api/catalog', { headers: { ...good, host } });
      expect(answer.status, host).toBe(403);
      expect(answer.body).toContain('Host');
    }
    expect(
      (await call(studio, '/api/catalog', { headers: { ...good, host: `localhost:${studio.port}` } })).status,
    ).toBe(200);
  });

  it('refuses a state-changing request from a foreign Origin, without one, or not in JSON', async () => {
    const refused = [
      { ...good, origin: 'http://evil.example' },
      { ...good, origin: `http://127.0.0.1:${studio.port + 1}` },
      { ...good, origin: 'null' },
      Object.fromEntries(Object.entries(good).filter(([name]) => name !== 'origin')),
      { ...good, 'content-type': 'text/plain' },
      { ...good, 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of refused) {
      const answer = await call(studio, '/api/preview', { method: 'POST', headers, body: previewBody });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    const accepted = await call(studio, '/api/preview', { method: 'POST', headers: good, body: previewBody });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true, request: { method: 'POST' } });
  });

  it('sends no CORS header, to a preflight either', async () => {
    const preflight = await call(studio, '/api/send', {
      method: 'OPTIONS',
      headers: { ...good, origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const catalog = await call(studio, '/api/catalog', {
      headers: { ...good, origin: 'http://evil.example' },
    });
    expect(catalog.status).toBe(200);
    for (const answer of [preflight, catalog])
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('what the API allows', () => {
  it('refuses the real services under --sandbox', async () => {
    const answer = await call(studio, '/api/send', {
      method: 'POST',
      headers: good,
      body: JSON.stringify({ ...JSON.parse(previewBody), target: 'real' }),
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('--sandbox');
  });

  it('takes credentials as secret references only', async () => {
    const config = {
      url: 'https://api.stripe.com/v1/customers',
      auth: { type: 'bearer', token: 'sk_test_typed_in' },
    };
    const answer = await call(studio, '/api/preview', {
      method: 'POST',
      headers: good,
      body: JSON.stringify({ kind: 'customApi', config }),
    });
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      issues: [
        {
          pointer: '/auth/token',
          message: 'choose a secret: credentials are entered as {{secrets.NAME}} references only',
        },
      ],
      warnings: [],
    });
  });

  it('opens only the workflow files it found', async () => {
    const answer = await call(studio, '/api/workflow/open', {
      method: 'POST',
      headers: good,
      body: JSON.stringify({ path: '../package.json' }),
    });
    expect(answer.status).toBe(404);
  });

  it('lists the sandbox’s secret names, never their values', async () => {
    const catalog = JSON.parse((await call(studio, '/api/catalog', { headers: good })).body);
    expect(catalog.mode).toBe('sandbox-only');
    expect(catalog.secretNames.sandbox).toContain('STRIPE_SECRET_KEY');
    expect(JSON.stringify(catalog)).not.toContain('sk_test_convoflow_sandbox');
  });
});

const outside = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('loopback only', () => {
  it.skipIf(!outside)('cannot be reached on the machine’s other addresses', async () => {
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: outside, port: studio.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});

describe('credentials in headers', () => {
  const preview = (headers: Record<string, string>) =>
    call(studio, '/api/preview', {
      method: 'POST',
      headers: good,
      body: JSON.stringify({
        kind: 'customApi',
        config: { url: 'https://api.stripe.com/v1/customers', headers },
      }),
    }).then((answer) => JSON.parse(answer.body) as { ok: boolean; issues: Array<{ pointer: string }> });

  it('refuses a typed-in credential header, and takes one written with a reference', async () => {
    expect((await preview({ Authorization: 'Bearer sk_test_typed_in' })).issues).toEqual([
      {
        pointer: '/headers/Authorization',
        message: 'this header carries a credential: write it with a {{secrets.NAME}} reference (or use auth)',
      },
    ]);
    expect((await preview({ 'X-Api-Key': 'abc' })).issues.map((issue) => issue.pointer)).toEqual([
      '/headers/X-Api-Key',
    ]);
    expect(
      await preview({ Authorization: 'Bearer {{secrets.STRIPE_SECRET_KEY}}', Accept: 'application/json' }),
    ).toMatchObject({
      ok: true,
      issues: [],
    });
  });
});
