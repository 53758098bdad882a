/**
 * The official SDK (@googleapis/sheets) and our presets, pointed at the same local server, send the same bytes:
 * method, path + query, body, and headers apart from the SDK's User-Agent / x-goog-api-client telemetry and the
 * transport's content negotiation (see `NEGOTIATION` below).
 */

import { type CapturedRequest, type CaptureServer, startCaptureServer } from '@convoflow/testkit';
import { auth, sheets } from '@googleapis/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, type GoogleSheetsOperationInputs } from '../generated/index.js';

const TOKEN = 'ya29.fake';
/** Headers that only the SDK sends, with values that say which library and Node version sent them. */
const TELEMETRY = ['user-agent', 'x-goog-api-client'];
/**
 * Content negotiation belongs to the HTTP client, not to the API call: gaxios sends `accept: *\/*` (the same as no
 * Accept header) and `accept-encoding: gzip`; core's undici transport sends no Accept and asks for
 * `gzip, deflate, br`, decoding whichever the server picks. Asserted exactly, then left out of the comparison.
 */
const NEGOTIATION = ['accept', 'accept-encoding'];

type Sheets = ReturnType<typeof sheets>;
type Operation = keyof GoogleSheetsOperationInputs;

interface WireCase<K extends Operation = Operation> {
  name: string;
  sdk: (client: Sheets) => Promise<unknown>;
  operation: K;
  input: GoogleSheetsOperationInputs[K];
}

const wireCase = <K extends Operation>(c: WireCase<K>): WireCase => c as unknown as WireCase;

const cases: WireCase[] = [
  wireCase({
    name: 'append to a quoted sheet name with INSERT_ROWS',
    sdk: (s) =>
      s.spreadsheets.values.append({
        spreadsheetId: 'abc123',
        range: "'My Sheet'!A1:D1",
        valueInputOption: 'USER_ENTERED',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [['a', 1, true]] },
      }),
    operation: 'appendValues',
    input: {
      spreadsheetId: 'abc123',
      range: "'My Sheet'!A1:D1",
      valueInputOption: 'USER_ENTERED',
      insertDataOption: 'INSERT_ROWS',
      values: [['a', 1, true]],
    },
  }),
  wireCase({
    name: 'append with every option, special characters and non-ASCII',
    sdk: (s) =>
      s.spreadsheets.values.append({
        spreadsheetId: 'abc123',
        range: "'Q&A / 2024 #1 (é)+x'!A1:D1",
        valueInputOption: 'RAW',
        insertDataOption: 'OVERWRITE',
        includeValuesInResponse: true,
        responseValueRenderOption: 'UNFORMATTED_VALUE',
        responseDateTimeRenderOption: 'FORMATTED_STRING',
        requestBody: {
          values: [["it's (a) *test* + me@example.com!", 'Zoë ✓ 日本', 42.5, false]],
          majorDimension: 'ROWS',
        },
      }),
    operation: 'appendValues',
    input: {
      spreadsheetId: 'abc123',
      range: "'Q&A / 2024 #1 (é)+x'!A1:D1",
      valueInputOption: 'RAW',
      insertDataOption: 'OVERWRITE',
      includeValuesInResponse: true,
      responseValueRenderOption: 'UNFORMATTED_VALUE',
      responseDateTimeRenderOption: 'FORMATTED_STRING',
      values: [["it's (a) *test* + me@example.com!", 'Zoë ✓ 日本', 42.5, false]],
      majorDimension: 'ROWS',
    },
  }),
  wireCase({
    name: 'get with majorDimension and valueRenderOption',
    sdk: (s) =>
      s.spreadsheets.values.get({
        spreadsheetId: 'abc123',
        range: 'Sheet1!A1:B2',
        majorDimension: 'ROWS',
        valueRenderOption: 'FORMATTED_VALUE',
      }),
    operation: 'getValues',
    input: {
      spreadsheetId: 'abc123',
      range: 'Sheet1!A1:B2',
      majorDimension: 'ROWS',
      valueRenderOption: 'FORMATTED_VALUE',
    },
  }),
  wireCase({
    name: 'get a range whose sheet name holds & / # ( ) + and é',
    sdk: (s) => s.spreadsheets.values.get({ spreadsheetId: 'abc123', range: "'Q&A / 2024 #1 (é)+x'!A1" }),
    operation: 'getValues',
    input: { spreadsheetId: 'abc123', range: "'Q&A / 2024 #1 (é)+x'!A1" },
  }),
  wireCase({
    name: 'get columns, unformatted, with formatted dates',
    sdk: (s) =>
      s.spreadsheets.values.get({
        spreadsheetId: 'abc123',
        range: "'Don''t * touch'!A:D",
        majorDimension: 'COLUMNS',
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }),
    operation: 'getValues',
    input: {
      spreadsheetId: 'abc123',
      range: "'Don''t * touch'!A:D",
      majorDimension: 'COLUMNS',
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    },
  }),
  wireCase({
    name: 'update one cell with RAW',
    sdk: (s) =>
      s.spreadsheets.values.update({
        spreadsheetId: 'abc123',
        range: 'Sheet1!A1',
        valueInputOption: 'RAW',
        requestBody: { values: [['x']] },
      }),
    operation: 'updateValues',
    input: { spreadsheetId: 'abc123', range: 'Sheet1!A1', valueInputOption: 'RAW', values: [['x']] },
  }),
  wireCase({
    name: 'update by columns and ask for the written values back',
    sdk: (s) =>
      s.spreadsheets.values.update({
        spreadsheetId: 'abc123',
        range: "'Budget (2026)'!B2:C3",
        valueInputOption: 'USER_ENTERED',
        includeValuesInResponse: true,
        responseValueRenderOption: 'FORMULA',
        responseDateTimeRenderOption: 'SERIAL_NUMBER',
        requestBody: {
          values: [
            ['Rent', 'Food*'],
            [1200, '=B2*0.5'],
          ],
          majorDimension: 'COLUMNS',
        },
      }),
    operation: 'updateValues',
    input: {
      spreadsheetId: 'abc123',
      range: "'Budget (2026)'!B2:C3",
      valueInputOption: 'USER_ENTERED',
      includeValuesInResponse: true,
      responseValueRenderOption: 'FORMULA',
      responseDateTimeRenderOption: 'SERIAL_NUMBER',
      values: [
        ['Rent', 'Food*'],
        [1200, '=B2*0.5'],
      ],
      majorDimension: 'COLUMNS',
    },
  }),
  wireCase({
    name: 'batchGet repeats ranges in the query',
    sdk: (s) =>
      s.spreadsheets.values.batchGet({ spreadsheetId: 'abc123', ranges: ['Sheet1!A1:B2', 'Sheet2!C3'] }),
    operation: 'batchGetValues',
    input: { spreadsheetId: 'abc123', ranges: ['Sheet1!A1:B2', 'Sheet2!C3'] },
  }),
  wireCase({
    name: 'batchGet quoted sheet names with every option',
    sdk: (s) =>
      s.spreadsheets.values.batchGet({
        spreadsheetId: 'abc123',
        ranges: ["'My Sheet'!A1:B2", "'Q&A (é)+x'!C:C"],
        majorDimension: 'COLUMNS',
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }),
    operation: 'batchGetValues',
    input: {
      spreadsheetId: 'abc123',
      ranges: ["'My Sheet'!A1:B2", "'Q&A (é)+x'!C:C"],
      majorDimension: 'COLUMNS',
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    },
  }),
  wireCase({
    name: 'clear a range (a POST with no body)',
    sdk: (s) => s.spreadsheets.values.clear({ spreadsheetId: 'abc123', range: 'Sheet1!A1:Z' }),
    operation: 'clearValues',
    input: { spreadsheetId: 'abc123', range: 'Sheet1!A1:Z' },
  }),
  wireCase({
    name: "clear a range on a sheet named with ' * ( ) and é",
    sdk: (s) => s.spreadsheets.values.clear({ spreadsheetId: 'abc123', range: "'Don''t * touch (é)'!A2:Z" }),
    operation: 'clearValues',
    input: { spreadsheetId: 'abc123', range: "'Don''t * touch (é)'!A2:Z" },
  }),
];

function comparable(request: CapturedRequest) {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(
      ([name]) => !TELEMETRY.includes(name) && !NEGOTIATION.includes(name),
    ),
  );
  return { method: request.method, url: request.url, headers, body: request.body.toString('utf8') };
}

describe('google-sheets presets send what @googleapis/sheets sends', () => {
  let server: CaptureServer;
  let client: Sheets;
  beforeAll(async () => {
    server = await startCaptureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      response.end('{"spreadsheetId":"abc123"}');
    });
    const oauth = new auth.OAuth2();
    oauth.setCredentials({ access_token: TOKEN });
    client = sheets({ version: 'v4', auth: oauth, rootUrl: `${server.origin}/`, retry: false });
  });
  afterAll(() => server.close());

  async function both(c: WireCase): Promise<[CapturedRequest, CapturedRequest]> {
    const before = server.requests.length;
    await c.sdk(client);
    const result = await connector.run(c.operation, c.input as never, {
      baseUrl: server.origin,
      secrets: { GOOGLE_OAUTH_TOKEN: TOKEN },
      retry: { limit: 0 },
    });
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    const [sdk, ours] = server.requests.slice(before);
    if (!sdk || !ours) throw new Error('expected two requests');
    return [sdk, ours];
  }

  for (const c of cases) {
    it(`${c.operation}: ${c.name}`, async () => {
      const [sdk, ours] = await both(c);
      expect(comparable(ours)).toEqual(comparable(sdk));
      expect(sdk.headers.accept).toBe('*/*');
      expect(sdk.headers['accept-encoding']).toBe('gzip');
      expect(ours.headers.accept).toBeUndefined();
      expect(ours.headers['accept-encoding']).toBe('gzip, deflate, br');
      for (const name of TELEMETRY) expect(ours.headers[name]).toBeUndefined();
    });
  }

  it('clearValues sends content-length 0 and no content-type, like the SDK', async () => {
    const [sdk, ours] = await both(cases.find((c) => c.operation === 'clearValues') as WireCase);
    for (const request of [sdk, ours]) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/v4/spreadsheets/abc123/values/Sheet1%21A1%3AZ:clear');
      expect(request.headers['content-length']).toBe('0');
      expect(request.headers['content-type']).toBeUndefined();
      expect(request.headers['transfer-encoding']).toBeUndefined();
      expect(request.body.length).toBe(0);
    }
  });

  it('appendValues keeps the :append verb literal and encodes the range as one segment', async () => {
    const [sdk, ours] = await both(cases[0] as WireCase);
    const url = '/v4/spreadsheets/abc123/values/%27My%20Sheet%27%21A1%3AD1:append';
    expect(sdk.url).toBe(`${url}?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS`);
    expect(ours.url).toBe(sdk.url);
    expect(ours.body.toString('utf8')).toBe('{"values":[["a",1,true]]}');
  });

  // Outside Stripe's indices convention, core keeps brackets percent-encoded in query values, as the SDK does.
  it('batchGetValues encodes [ ] in a range as %5B %5D, like the SDK', async () => {
    const range = "'Plan [v2]'!A1";
    const [sdk, ours] = await both(
      wireCase({
        name: 'brackets',
        sdk: (s) => s.spreadsheets.values.batchGet({ spreadsheetId: 'abc123', ranges: [range] }),
        operation: 'batchGetValues',
        input: { spreadsheetId: 'abc123', ranges: [range] },
      }),
    );
    expect(sdk.url).toBe('/v4/spreadsheets/abc123/values:batchGet?ranges=%27Plan%20%5Bv2%5D%27%21A1');
    expect(ours.url).toBe(sdk.url);
  });
});
