import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatA1, parseA1 } from '../src/a1.js';
import { parseUserEntered, type Sandbox, startSandbox } from '../src/index.js';
import { encodeRange, send, sheetsClient } from './helpers.js';

let sandbox: Sandbox;
let sheets: ReturnType<typeof sheetsClient>;

beforeAll(async () => {
  sandbox = await startSandbox();
  sheets = sheetsClient(sandbox);
});
afterAll(() => sandbox.close());

describe('Google Sheets: authentication', () => {
  it('refuses a request without credentials with 401 UNAUTHENTICATED', async () => {
    const res = await send(`${sandbox.baseUrls['google-sheets']}/v4/spreadsheets/abc/values/Sheet1%21A1`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(res.body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(res.body.error.message).toMatch(/^Request is missing required authentication credential\./);
  });

  it('refuses a token that is not an OAuth access token', async () => {
    const res = await sheetsClient(sandbox, 'AIza-not-a-token').get('/abc/values/Sheet1%21A1');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/^Request had invalid authentication credentials\./);
  });
});

describe('Google Sheets: values', () => {
  it('appends to a quoted sheet name (exact SDK path), then reads the rows back', async () => {
    const path = `/round-trip/values/%27My%20Sheet%27%21A1%3AD1:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS`;
    expect(encodeRange("'My Sheet'!A1:D1")).toBe('%27My%20Sheet%27%21A1%3AD1');
    const header = await sheets.write('POST', path, { values: [['name', 'qty', 'price', 'paid']] });
    expect(header.status).toBe(200);
    expect(header.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(header.body).toEqual({
      spreadsheetId: 'round-trip',
      updates: {
        spreadsheetId: 'round-trip',
        updatedRange: "'My Sheet'!A1:D1",
        updatedRows: 1,
        updatedColumns: 4,
        updatedCells: 4,
      },
    });

    const row = await sheets.write('POST', path, { values: [['Ada', '2', '1,234.50', 'true']] });
    expect(row.body).toEqual({
      spreadsheetId: 'round-trip',
      tableRange: "'My Sheet'!A1:D1",
      updates: {
        spreadsheetId: 'round-trip',
        updatedRange: "'My Sheet'!A2:D2",
        updatedRows: 1,
        updatedColumns: 4,
        updatedCells: 4,
      },
    });
    // USER_ENTERED parsed the numeric strings and the boolean.
    expect(sandbox.state.sheets.spreadsheets.get('round-trip')?.get('My Sheet')).toEqual([
      ['name', 'qty', 'price', 'paid'],
      ['Ada', 2, 1234.5, true],
    ]);

    const formatted = await sheets.get(`/round-trip/values/${encodeRange("'My Sheet'!A1:D2")}`);
    expect(formatted.body).toEqual({
      range: "'My Sheet'!A1:D2",
      majorDimension: 'ROWS',
      values: [
        ['name', 'qty', 'price', 'paid'],
        ['Ada', '2', '1234.5', 'TRUE'],
      ],
    });
    const raw = await sheets.get(
      `/round-trip/values/${encodeRange("'My Sheet'")}?valueRenderOption=UNFORMATTED_VALUE&majorDimension=COLUMNS`,
    );
    expect(raw.body.range).toBe("'My Sheet'!A1:Z1000");
    expect(raw.body.values).toEqual([
      ['name', 'Ada'],
      ['qty', 2],
      ['price', 1234.5],
      ['paid', true],
    ]);
  });

  it("requires valueInputOption with Google's exact 400 body", async () => {
    const res = await sheets.write('POST', '/abc123/values/Sheet1%21A1:append', { values: [['x']] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 400,
        message: "'valueInputOption' is required but not specified",
        errors: [
          {
            message: "'valueInputOption' is required but not specified",
            domain: 'global',
            reason: 'badRequest',
          },
        ],
        status: 'INVALID_ARGUMENT',
      },
    });
    const update = await sheets.write('PUT', '/abc123/values/Sheet1%21A1', { values: [['x']] });
    expect(update.body.error.message).toBe("'valueInputOption' is required but not specified");
    const bogus = await sheets.write('PUT', '/abc123/values/Sheet1%21A1?valueInputOption=PARSED', {
      values: [['x']],
    });
    expect(bogus.body.error.message).toMatch(/^Invalid value at 'value_input_option'/);
    expect(sandbox.state.sheets.spreadsheets.has('abc123')).toBe(false);
  });

  it('updates at a range with RAW (exact SDK path), keeping strings as they are', async () => {
    const res = await sheets.write('PUT', '/upd/values/Sheet1%21A1?valueInputOption=RAW', {
      values: [
        ['x', '42'],
        ['y', 7],
      ],
    });
    expect(res.body).toEqual({
      spreadsheetId: 'upd',
      updatedRange: 'Sheet1!A1:B2',
      updatedRows: 2,
      updatedColumns: 2,
      updatedCells: 4,
    });
    expect(sandbox.state.sheets.spreadsheets.get('upd')?.get('Sheet1')).toEqual([
      ['x', '42'],
      ['y', 7],
    ]);
    const tooWide = await sheets.write('PUT', '/upd/values/Sheet1%21A1%3AA2?valueInputOption=RAW', {
      values: [['a', 'b']],
    });
    expect(tooWide.status).toBe(400);
    expect(tooWide.body.error.message).toBe(
      'Requested writing within range [Sheet1!A1:A2], but tried writing to column [B]',
    );
  });

  it('batch-reads repeated ranges params in order (exact SDK query)', async () => {
    await sheets.write('PUT', '/batch/values/Sheet1%21A1?valueInputOption=RAW', {
      values: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    await sheets.write('PUT', '/batch/values/Sheet2%21C3?valueInputOption=RAW', { values: [['z']] });
    const res = await sheets.get('/batch/values:batchGet?ranges=Sheet1%21A1%3AB2&ranges=Sheet2%21C3');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      spreadsheetId: 'batch',
      valueRanges: [
        {
          range: 'Sheet1!A1:B2',
          majorDimension: 'ROWS',
          values: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
        { range: 'Sheet2!C3', majorDimension: 'ROWS', values: [['z']] },
      ],
    });
  });

  it('clears a range with an empty POST (exact SDK request) and reads nothing back', async () => {
    await sheets.write('PUT', '/clr/values/Sheet1%21A1?valueInputOption=RAW', {
      values: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    const res = await send(
      `${sandbox.baseUrls['google-sheets']}/v4/spreadsheets/clr/values/Sheet1%21A1%3AZ:clear`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.secrets['GOOGLE_OAUTH_TOKEN']}`, 'content-length': '0' },
      },
    );
    expect(res.body).toEqual({ spreadsheetId: 'clr', clearedRange: 'Sheet1!A1:Z1000' });
    const after = await sheets.get('/clr/values/Sheet1');
    expect(after.body).toEqual({ range: 'Sheet1!A1:Z1000', majorDimension: 'ROWS' });
  });

  it('decodes sheet names with special characters', async () => {
    const range = "'Q&A / 2024 #1 (é)+x'!A1";
    expect(encodeRange(range)).toBe('%27Q%26A%20%2F%202024%20%231%20%28%C3%A9%29%2Bx%27%21A1');
    await sheets.write('PUT', `/special/values/${encodeRange(range)}?valueInputOption=RAW`, {
      values: [['ok']],
    });
    const res = await sheets.get(`/special/values/${encodeRange(range)}`);
    expect(res.body).toEqual({ range: "'Q&A / 2024 #1 (é)+x'!A1", majorDimension: 'ROWS', values: [['ok']] });
  });

  it('answers 404 for an unknown spreadsheet and 400 for an unknown sheet', async () => {
    const missing = await sheets.get('/nope/values/Sheet1%21A1');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 404,
      status: 'NOT_FOUND',
      message: 'Requested entity was not found.',
    });
    await sheets.write('PUT', '/known/values/Sheet1%21A1?valueInputOption=RAW', { values: [['x']] });
    const badSheet = await sheets.get('/known/values/Other%21A1');
    expect(badSheet.status).toBe(400);
    expect(badSheet.body.error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      message: 'Unable to parse range: Other!A1',
    });
  });

  it('refuses unknown body fields and nested values', async () => {
    const unknown = await sheets.write('PUT', '/v/values/A1?valueInputOption=RAW', {
      values: [['x']],
      extra: 1,
    });
    expect(unknown.body.error.message).toBe(
      'Invalid JSON payload received. Unknown name "extra": Cannot find field.',
    );
    const nested = await sheets.write('PUT', '/v/values/A1?valueInputOption=RAW', { values: [[{ a: 1 }]] });
    expect(nested.body.error.message).toBe('Invalid values[0][0]: struct_value');
  });
});

describe('Google Sheets: failNext', () => {
  it('answers 429 RESOURCE_EXHAUSTED with Retry-After, then normally', async () => {
    sandbox.failNext('google-sheets', { status: 429, retryAfterSeconds: 5 });
    const path = '/quota/values/Sheet1%21A1:append?valueInputOption=RAW';
    const limited = await sheets.write('POST', path, { values: [['x']] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(limited.body.error.message).toMatch(/^Quota exceeded for quota metric 'Write requests'/);
    expect((await sheets.write('POST', path, { values: [['x']] })).status).toBe(200);
  });
});

describe('A1 notation and USER_ENTERED parsing', () => {
  const none = () => false;

  it('parses and formats the common forms', () => {
    const cases: [string, string][] = [
      ['Sheet1!A1:D5', 'Sheet1!A1:D5'],
      ["'My Sheet'!B2", "'My Sheet'!B2"],
      ["'It''s'!A1:B2", "'It''s'!A1:B2"],
      ['A1:B2', 'Sheet1!A1:B2'],
      ['Sheet1!A:B', 'Sheet1!A1:B1000'],
      ['Sheet1!2:3', 'Sheet1!A2:Z3'],
      ['Sheet1!A2:C', 'Sheet1!A2:C1000'],
      ['Sheet1!B2:A1', 'Sheet1!A1:B2'],
      ['Data', 'Data!A1:Z1000'],
      ['Sheet1!AA10', 'Sheet1!AA10'],
    ];
    for (const [input, output] of cases) {
      const range = parseA1(input, none, 'Sheet1');
      expect(range, input).toBeDefined();
      expect(formatA1(range!, { rows: 1000, cols: 26 }), input).toBe(output);
    }
    expect(parseA1('Sheet1!', none, 'Sheet1')).toBeUndefined();
    expect(parseA1("'unterminated!A1", none, 'Sheet1')).toBeUndefined();
    expect(parseA1('Sheet1!A0', none, 'Sheet1')).toBeUndefined();
    // A bare name that is also a cell reference means the sheet when such a sheet exists.
    expect(parseA1('A1', (name) => name === 'A1', 'Sheet1')).toMatchObject({
      sheet: 'A1',
      endRow: undefined,
    });
  });

  it('turns numbers, percentages and booleans typed as text into values', () => {
    expect(parseUserEntered('42')).toBe(42);
    expect(parseUserEntered('-3.5')).toBe(-3.5);
    expect(parseUserEntered('1e3')).toBe(1000);
    expect(parseUserEntered('1,234.5')).toBe(1234.5);
    expect(parseUserEntered('12%')).toBe(0.12);
    expect(parseUserEntered('TRUE')).toBe(true);
    expect(parseUserEntered('false')).toBe(false);
    expect(parseUserEntered("'42")).toBe('42');
    expect(parseUserEntered('=SUM(A1:A2)')).toBe('=SUM(A1:A2)');
    expect(parseUserEntered('2024-01-31')).toBe('2024-01-31');
    expect(parseUserEntered('12 apples')).toBe('12 apples');
    expect(parseUserEntered(7)).toBe(7);
  });
});
