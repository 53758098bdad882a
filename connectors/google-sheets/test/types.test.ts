/**
 * Type tests: checked by `tsc --noEmit` (each @ts-expect-error must meet an error) and run by vitest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AppendValuesInput,
  appendValues,
  batchGetValues,
  clearValues,
  type GetValuesOutput,
  getValues,
  updateValues,
} from '../generated/index.js';

describe('google-sheets preset types', () => {
  it('accepts a correct call of every preset', () => {
    const configs = [
      appendValues({
        spreadsheetId: 'abc123',
        range: 'Sheet1!A1',
        valueInputOption: 'USER_ENTERED',
        insertDataOption: 'INSERT_ROWS',
        values: [['Ada', 36, true]],
      }),
      updateValues({ spreadsheetId: 'abc123', range: 'Sheet1!A1', valueInputOption: 'RAW', values: [['x']] }),
      getValues({ spreadsheetId: 'abc123', range: 'Sheet1!A1:B2', valueRenderOption: 'UNFORMATTED_VALUE' }),
      batchGetValues({ spreadsheetId: 'abc123', ranges: ['Sheet1!A1', 'Sheet2!B2'] }),
      clearValues({ spreadsheetId: 'abc123', range: 'Sheet1!A1:Z' }),
    ];
    expect(configs.map((config) => `${config.method} ${config.url}`)).toEqual([
      'POST https://sheets.googleapis.com/v4/spreadsheets/abc123/values/Sheet1%21A1:append',
      'PUT https://sheets.googleapis.com/v4/spreadsheets/abc123/values/Sheet1%21A1',
      'GET https://sheets.googleapis.com/v4/spreadsheets/abc123/values/Sheet1%21A1%3AB2',
      'GET https://sheets.googleapis.com/v4/spreadsheets/abc123/values:batchGet',
      'POST https://sheets.googleapis.com/v4/spreadsheets/abc123/values/Sheet1%21A1%3AZ:clear',
    ]);
    expect(configs[0]?.query).toEqual({ valueInputOption: 'USER_ENTERED', insertDataOption: 'INSERT_ROWS' });
    expect(configs[3]?.query).toEqual({ ranges: ['Sheet1!A1', 'Sheet2!B2'] });
  });

  it('requires valueInputOption and limits it to USER_ENTERED | RAW', () => {
    expectTypeOf<AppendValuesInput['valueInputOption']>().toEqualTypeOf<'USER_ENTERED' | 'RAW'>();
    // @ts-expect-error valueInputOption is required
    expect(() => appendValues({ spreadsheetId: 'abc123', range: 'Sheet1!A1', values: [['a']] })).toThrow();
  });

  it('rejects misspelt fields', () => {
    expect(() =>
      appendValues({
        spreadsheetId: 'abc123',
        range: 'Sheet1!A1',
        valueInputOption: 'RAW',
        values: [['a']],
        // @ts-expect-error misspelt: insertDataOptions
        insertDataOptions: 'INSERT_ROWS',
      }),
    ).toThrow();
    // @ts-expect-error misspelt: range (getValues takes one range, batchGetValues takes ranges)
    expect(() => getValues({ spreadsheetId: 'abc123', ranges: ['Sheet1!A1'] })).toThrow();
  });

  it('rejects wrongly typed fields', () => {
    expect(() =>
      // @ts-expect-error ranges is an array of strings, not one string
      batchGetValues({ spreadsheetId: 'abc123', ranges: 'Sheet1!A1' }),
    ).toThrow();
    expect(() =>
      updateValues({
        spreadsheetId: 'abc123',
        range: 'Sheet1!A1',
        valueInputOption: 'RAW',
        // @ts-expect-error a cell is a string, number or boolean, not an object
        values: [[{ formula: '=A1' }]],
      }),
    ).toThrow();
    // @ts-expect-error majorDimension is ROWS | COLUMNS
    expect(() => getValues({ spreadsheetId: 'abc123', range: 'A1', majorDimension: 'rows' })).toThrow();
  });

  it('types the read result', () => {
    expectTypeOf<NonNullable<GetValuesOutput['values']>>().toEqualTypeOf<(string | number | boolean)[][]>();
  });
});
