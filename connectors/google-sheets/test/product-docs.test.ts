/**
 * The product docs ("Connect external services" → Common Integration Examples → Google Sheets Integration) show a
 * generic Custom API node config that appends a row. This file shows what that config sends next to what our
 * appendValues preset sends for the same intent, and what a Sheets-like server answers to each.
 */
import { type CustomApiNodeConfig, executeNode, prepareRequest } from '@convoflow/core';
import { type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppendValuesInput, appendValues, connector } from '../generated/index.js';

const secrets = { GOOGLE_OAUTH_TOKEN: 'ya29.test_fixture' };
const row = [['Customer Name', 'Email', 'Message', 'Timestamp']];

/**
 * The docs' config, as printed, except that the `GOOGLE_OAUTH_TOKEN` placeholder in the Authorization header is
 * written as the secret reference a workflow would use.
 */
function docsConfig(origin = 'https://sheets.googleapis.com'): CustomApiNodeConfig {
  return {
    url: `${origin}/v4/spreadsheets/SHEET_ID/values/Sheet1!A1:append`,
    method: 'POST',
    headers: {
      Authorization: 'Bearer {{secrets.GOOGLE_OAUTH_TOKEN}}',
      'Content-Type': 'application/json',
    },
    body: { values: row },
  };
}

const presetInput: AppendValuesInput = {
  spreadsheetId: 'SHEET_ID',
  range: 'Sheet1!A1',
  valueInputOption: 'USER_ENTERED',
  values: row,
};

describe('Google Sheets: the product docs example versus appendValues', () => {
  it('the docs URL has no valueInputOption and a literal ! in the range; ours encodes it and adds the option', async () => {
    const docs = await prepareRequest(docsConfig(), { secrets });
    const ours = await prepareRequest(appendValues(presetInput), { secrets });

    expect(docs.url).toBe('https://sheets.googleapis.com/v4/spreadsheets/SHEET_ID/values/Sheet1!A1:append');
    expect(ours.url).toBe(
      'https://sheets.googleapis.com/v4/spreadsheets/SHEET_ID/values/Sheet1%21A1:append?valueInputOption=USER_ENTERED',
    );
    // Everything else is the same: method, body bytes, and headers.
    expect(ours.method).toBe(docs.method);
    expect(ours.body).toBe(docs.body);
    expect(ours.body).toBe('{"values":[["Customer Name","Email","Message","Timestamp"]]}');
    expect(ours.headers).toEqual(docs.headers);
    expect(ours.headers).toEqual({
      authorization: 'Bearer ya29.test_fixture',
      'content-type': 'application/json',
    });
  });

  it('appendValues refuses the docs intent without valueInputOption, before any request', () => {
    const { valueInputOption: _left, ...withoutOption } = presetInput;
    let thrown: unknown;
    try {
      connector.preset('appendValues', withoutOption as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'InputError', code: 'input' });
    expect((thrown as { issues: unknown }).issues).toEqual([
      { pointer: '/valueInputOption', message: 'is required' },
    ]);
  });

  describe('sent to a server that, like Sheets, requires valueInputOption', () => {
    let server: CaptureServer;
    beforeAll(async () => {
      server = await startCaptureServer((request, response) => {
        const query = new URL(request.url, 'http://localhost').searchParams;
        response.setHeader('content-type', 'application/json; charset=UTF-8');
        if (!query.has('valueInputOption')) {
          const message = "'valueInputOption' is required but not specified";
          response.writeHead(400);
          response.end(JSON.stringify({ error: { code: 400, message, status: 'INVALID_ARGUMENT' } }));
          return;
        }
        response.writeHead(200);
        response.end(
          JSON.stringify({
            spreadsheetId: 'SHEET_ID',
            updates: { spreadsheetId: 'SHEET_ID', updatedRange: 'Sheet1!A1:D1', updatedCells: 4 },
          }),
        );
      });
    });
    afterAll(() => server.close());

    it('the docs config gets 400 INVALID_ARGUMENT; the preset gets 200', async () => {
      const docs = await executeNode(docsConfig(server.origin), {
        secrets,
        retry: { limit: 0 },
        rules: connector.rules('appendValues'),
      });
      expect(docs.ok).toBe(false);
      expect(docs.status).toBe(400);
      expect(docs.error).toMatchObject({
        message: "'valueInputOption' is required but not specified",
        code: 'INVALID_ARGUMENT',
      });

      const ours = await connector.run('appendValues', presetInput, {
        baseUrl: server.origin,
        secrets,
        retry: { limit: 0 },
      });
      expect(ours).toMatchObject({ ok: true, status: 200, body: { updates: { updatedCells: 4 } } });

      const [docsRequest, oursRequest] = server.requests;
      expect(docsRequest?.url).toBe('/v4/spreadsheets/SHEET_ID/values/Sheet1!A1:append');
      expect(oursRequest?.url).toBe(
        '/v4/spreadsheets/SHEET_ID/values/Sheet1%21A1:append?valueInputOption=USER_ENTERED',
      );
      expect(oursRequest?.body.toString('utf8')).toBe(docsRequest?.body.toString('utf8'));
    });
  });
});
