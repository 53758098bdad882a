/**
 * Google Sheets' three kinds of credentials, against the embedded sandbox (its Sheets API and its Google token
 * endpoint): which one is used when several are set, the config error of an incomplete set (naming the missing
 * secrets, sending nothing), and the CLI's --sandbox run with a service account. In-process calls go through a
 * transport that moves Google's hosts to the sandbox and refuses any other, so nothing leaves 127.0.0.1.
 */
import { type AppendValuesInput, connector as sheets } from '@convoflow/connector-google-sheets';
import { type Transport, TransportFailure, undiciTransport } from '@convoflow/core';
import { SANDBOX_SECRETS, type Sandbox, startSandbox } from '@convoflow/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { convoflow } from './support/convoflow.js';

let sandbox: Sandbox;
let transport: Transport;
const inner = undiciTransport();
beforeAll(async () => {
  sandbox = await startSandbox();
  const origin = new URL(sandbox.baseUrls['google-sheets']).origin;
  transport = {
    name: 'to-sandbox',
    send: (request) => {
      const url = new URL(request.url);
      if (url.origin === origin) return inner.send(request);
      if (url.host !== 'oauth2.googleapis.com')
        throw new TransportFailure('invalid', `no ${url.host} in this test`);
      return inner.send({ ...request, url: `${origin}${url.pathname}` });
    },
  };
});
beforeEach(() => {
  sandbox.requests.length = 0;
});
afterAll(async () => {
  await inner.close?.();
  await sandbox.close();
});

const INPUT: AppendValuesInput = {
  spreadsheetId: 'creds',
  range: 'Sheet1!A1',
  valueInputOption: 'RAW',
  values: [['x']],
};
const {
  GOOGLE_SERVICE_ACCOUNT_KEY,
  GOOGLE_CLIENT_ID,
  GOOGLE_CLIENT_SECRET,
  GOOGLE_REFRESH_TOKEN,
  GOOGLE_OAUTH_TOKEN,
} = SANDBOX_SECRETS;
const REFRESH = { GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN };

const append = (secrets: Record<string, string>) =>
  sheets.run('appendValues', INPUT, {
    secrets,
    transport,
    baseUrl: sandbox.baseUrls['google-sheets'],
    allowHosts: [new URL(sandbox.baseUrls['google-sheets']).origin],
  });

/** The grant of each token request the sandbox saw, and the Authorization of each Sheets call. */
function seen() {
  return sandbox.requests.map((request) =>
    request.url === '/token'
      ? `token ${new URLSearchParams(request.body).get('grant_type')}`
      : `sheets ${String(request.headers.authorization).replace(/^(Bearer ya29\.sandbox-issued-).+$/, '$1…')}`,
  );
}

describe('Google Sheets credentials', () => {
  it('uses the service account first, whatever else is set', async () => {
    const result = await append({
      GOOGLE_SERVICE_ACCOUNT_KEY,
      ...REFRESH,
      GOOGLE_OAUTH_TOKEN,
      GOOGLE_CLIENT_ID: 'x',
    });
    expect(result).toMatchObject({ ok: true });
    expect(seen()).toEqual([
      'token urn:ietf:params:oauth:grant-type:jwt-bearer',
      'sheets Bearer ya29.sandbox-issued-…',
    ]);
  });

  it('uses the refresh token when no service account is set', async () => {
    expect(await append({ ...REFRESH, GOOGLE_OAUTH_TOKEN })).toMatchObject({ ok: true });
    expect(seen()).toEqual(['token refresh_token', 'sheets Bearer ya29.sandbox-issued-…']);
  });

  it('uses the static access token only when nothing else is set', async () => {
    expect(await append({ GOOGLE_OAUTH_TOKEN })).toMatchObject({ ok: true });
    expect(seen()).toEqual([`sheets Bearer ${GOOGLE_OAUTH_TOKEN}`]);
  });

  it('refuses an incomplete refresh-token set, naming the missing secrets, and sends nothing', async () => {
    const result = await append({ GOOGLE_CLIENT_ID, GOOGLE_OAUTH_TOKEN });
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      error: {
        kind: 'config',
        message:
          'google-sheets: GOOGLE_CLIENT_ID is set but GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN are not: the refreshToken credentials need GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN',
        issues: [
          {
            pointer: '/secrets/GOOGLE_CLIENT_SECRET',
            message: 'is not set (the refreshToken credentials need it)',
          },
          {
            pointer: '/secrets/GOOGLE_REFRESH_TOKEN',
            message: 'is not set (the refreshToken credentials need it)',
          },
        ],
      },
    });
    expect(seen()).toEqual([]);
  });

  it('reports the static token as missing when no credential is set', async () => {
    const result = await append({});
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'config' } });
    expect(result.error?.message).toContain('GOOGLE_OAUTH_TOKEN');
    expect(seen()).toEqual([]);
  });

  it('never shows a credential in the result', async () => {
    const text = JSON.stringify([await append({ GOOGLE_SERVICE_ACCOUNT_KEY }), await append(REFRESH)]);
    for (const secret of ['PRIVATE KEY', GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN, 'ya29.sandbox-issued-'])
      expect(text).not.toContain(secret);
  });
});

describe('convoflow and Google Sheets credentials', () => {
  it('runs a Sheets call on the sandbox with its service account', async () => {
    const { code, stdout } = await convoflow([
      'call',
      'google-sheets.appendValues',
      '--sandbox',
      '--json',
      '--input',
      JSON.stringify(INPUT),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, body: { updates: { updatedCells: 1 } } });
  });

  it('refuses an incomplete set before sending (exit 2), naming the missing secret', async () => {
    const { code, stdout, stderr } = await convoflow(
      [
        'call',
        'google-sheets.getValues',
        '--base-url',
        'http://127.0.0.1:9',
        '--input',
        '{"spreadsheetId":"a","range":"A1"}',
      ],
      { env: { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret-CANARY' } },
    );
    expect(code).toBe(2);
    expect(stdout + stderr).toContain(
      '/secrets/GOOGLE_REFRESH_TOKEN: is not set (the refreshToken credentials need it)',
    );
    expect(stdout + stderr).not.toContain('secret-CANARY');
  });

  it('explains each credential and the order they are tried in describe', async () => {
    const { stdout } = await convoflow(['describe', 'google-sheets.getValues']);
    expect(stdout).toContain('1. serviceAccount: GOOGLE_SERVICE_ACCOUNT_KEY');
    expect(stdout).toContain('2. refreshToken: GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN');
    expect(stdout).toContain('3. oauth: GOOGLE_OAUTH_TOKEN');
    for (const name of [
      'GOOGLE_CLIENT_ID  The OAuth client ID',
      'GOOGLE_SERVICE_ACCOUNT_KEY  The JSON key file',
    ])
      expect(stdout).toContain(name);
  });
});
