import { fileURLToPath } from 'node:url';
import { prepareRequest } from '@convoflow/core';
import { type CaptureServer, describeConnectorFixtures, startCaptureServer } from '@convoflow/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { connector } from '../generated/index.js';

const secrets = { GOOGLE_OAUTH_TOKEN: 'ya29.test_fixture' };

describe('google-sheets connector', () => {
  describeConnectorFixtures({
    connector,
    dir: fileURLToPath(new URL('..', import.meta.url)),
    prepareRequest,
    secrets,
  });
});

/** A Google API error body (google.rpc.Status wrapped in `error`), as Sheets sends it. */
function googleError(code: number, status: string, message: string) {
  return JSON.stringify({
    error: {
      code,
      message,
      errors: [{ message, domain: 'global', reason: 'badRequest' }],
      status,
    },
  });
}

describe('google-sheets errors', () => {
  let server: CaptureServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('surfaces error.message and error.status of a 400 INVALID_ARGUMENT', async () => {
    const message = "'valueInputOption' is required but not specified";
    server = await startCaptureServer((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(googleError(400, 'INVALID_ARGUMENT', message));
    });
    const result = await connector.run(
      'appendValues',
      { spreadsheetId: 'abc123', range: 'Sheet1!A1', valueInputOption: 'RAW', values: [['a']] },
      { baseUrl: server.origin, secrets, retry: { limit: 0 } },
    );
    expect(result.ok).toBe(false);
    expect(result.status).toBe(400);
    expect(result.error).toMatchObject({ kind: 'http', message, code: 'INVALID_ARGUMENT' });
  });

  it('surfaces an expired token as UNAUTHENTICATED with status 401', async () => {
    const message = 'Request had invalid authentication credentials.';
    server = await startCaptureServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(googleError(401, 'UNAUTHENTICATED', message));
    });
    const result = await connector.run(
      'getValues',
      { spreadsheetId: 'abc123', range: 'Sheet1!A1' },
      { baseUrl: server.origin, secrets, retry: { limit: 0 } },
    );
    expect(result.ok).toBe(false);
    expect(result.status).toBe(401);
    expect(result.error).toMatchObject({ kind: 'http', message, code: 'UNAUTHENTICATED' });
  });

  it('returns the parsed ValueRange of a successful read', async () => {
    const valueRange = { range: 'Sheet1!A1:B2', majorDimension: 'ROWS', values: [['a', '1']] };
    server = await startCaptureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(JSON.stringify(valueRange));
    });
    const result = await connector.run(
      'getValues',
      { spreadsheetId: 'abc123', range: 'Sheet1!A1:B2' },
      { baseUrl: server.origin, secrets, retry: { limit: 0 } },
    );
    expect(result).toMatchObject({ ok: true, status: 200, body: valueRange });
  });

  it('never sends the token to a host outside allowedHosts', () => {
    const config = connector.preset('getValues', { spreadsheetId: 'abc123', range: 'A1' });
    expect(config.allowedHosts).toEqual(['sheets.googleapis.com']);
    expect(config.auth).toEqual({ type: 'bearer', token: '{{secrets.GOOGLE_OAUTH_TOKEN}}' });
  });
});
