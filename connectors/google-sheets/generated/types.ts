// Generated from connectors/google-sheets by `pnpm codegen --write`. Do not edit.

export interface AppendValuesInput {
  /**
   * The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit).
   */
  spreadsheetId: string;
  /**
   * The A1 notation or R1C1 notation of a range used to find the table to append to (Sheet1 or Sheet1!A1 appends after the sheet's first table), e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment.
   */
  range: string;
  /**
   * Required. How the API interprets the input: RAW stores the values exactly as given (a string stays a string); USER_ENTERED parses them as if typed into the Sheets UI (numbers, dates and formulas such as =SUM(A1:A3) are converted).
   */
  valueInputOption: 'USER_ENTERED' | 'RAW';
  /**
   * How the new data is placed: OVERWRITE (the default) writes into the empty cells after the table; INSERT_ROWS inserts new rows for it, moving the cells below down.
   */
  insertDataOption?: 'OVERWRITE' | 'INSERT_ROWS';
  /**
   * When true, the response includes the values of the written cells (in updatedData). Default false.
   */
  includeValuesInResponse?: boolean;
  /**
   * How values in the response are rendered (only with includeValuesInResponse). Default FORMATTED_VALUE.
   */
  responseValueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  /**
   * How dates, times and durations in the response are rendered (only with includeValuesInResponse; ignored when responseValueRenderOption is FORMATTED_VALUE). Default SERIAL_NUMBER.
   */
  responseDateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
  /**
   * The data to append: an array of rows (or columns with majorDimension COLUMNS), each an array of cell values. Strings, numbers and booleans are accepted; write an empty string to clear a cell.
   */
  values: (string | number | boolean)[][];
  /**
   * Whether `values` lists rows (ROWS, the default: each inner array is one row) or columns (COLUMNS: each inner array is one column).
   */
  majorDimension?: 'ROWS' | 'COLUMNS';
}

/**
 * The result of an append.
 */
export interface AppendValuesOutput {
  /**
   * The spreadsheet appended to.
   */
  spreadsheetId?: string;
  /**
   * The range (A1 notation) of the table the rows were appended after, before the append; absent when no table was found.
   */
  tableRange?: string;
  /**
   * What a write changed.
   */
  updates?: {
    /**
     * The spreadsheet written to.
     */
    spreadsheetId?: string;
    /**
     * The range (A1 notation) the values were written to.
     */
    updatedRange?: string;
    /**
     * How many rows had at least one cell written.
     */
    updatedRows?: number;
    /**
     * How many columns had at least one cell written.
     */
    updatedColumns?: number;
    /**
     * How many cells were written.
     */
    updatedCells?: number;
    /**
     * The written values, when includeValuesInResponse was true.
     */
    updatedData?: {
      /**
       * The range the values cover, in A1 notation (e.g. Sheet1!A1:D5).
       */
      range?: string;
      /**
       * Whether values lists rows or columns.
       */
      majorDimension?: 'ROWS' | 'COLUMNS' | 'DIMENSION_UNSPECIFIED';
      /**
       * The cell values, by row (or column). Trailing empty rows and cells are left out.
       */
      values?: (string | number | boolean)[][];
    };
  };
}

export interface BatchGetValuesInput {
  /**
   * The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit).
   */
  spreadsheetId: string;
  /**
   * The ranges to read, in A1 or R1C1 notation (e.g. Sheet1!A1:B2, 'My Sheet'!C:C). Sent as a repeated query parameter: ranges=...&ranges=...
   *
   * @minItems 1
   *
   * Items: One range in A1 or R1C1 notation.
   */
  ranges: [string, ...string[]];
  /**
   * Whether the returned values are grouped by rows (ROWS, the default: values[0] is the first row) or by columns (COLUMNS: values[0] is the first column).
   */
  majorDimension?: 'ROWS' | 'COLUMNS';
  /**
   * How values are rendered: FORMATTED_VALUE (the default, as displayed in the UI, e.g. "$1.23"), UNFORMATTED_VALUE (the underlying number, e.g. 1.23) or FORMULA (formulas instead of their results).
   */
  valueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  /**
   * How dates, times and durations are rendered: SERIAL_NUMBER (the default, days since 30 December 1899 as a number) or FORMATTED_STRING (as formatted by the cell's number format). Ignored when valueRenderOption is FORMATTED_VALUE.
   */
  dateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
}

/**
 * The values of several ranges.
 */
export interface BatchGetValuesOutput {
  /**
   * The spreadsheet read.
   */
  spreadsheetId?: string;
  /**
   * One entry per requested range, in the order asked.
   *
   * Items: Values of one range.
   */
  valueRanges?: {
    /**
     * The range the values cover, in A1 notation (e.g. Sheet1!A1:D5).
     */
    range?: string;
    /**
     * Whether values lists rows or columns.
     */
    majorDimension?: 'ROWS' | 'COLUMNS' | 'DIMENSION_UNSPECIFIED';
    /**
     * The cell values, by row (or column). Trailing empty rows and cells are left out.
     */
    values?: (string | number | boolean)[][];
  }[];
}

export interface ClearValuesInput {
  /**
   * The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit).
   */
  spreadsheetId: string;
  /**
   * The A1 notation or R1C1 notation of the range to clear, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment.
   */
  range: string;
}

/**
 * The result of a clear.
 */
export interface ClearValuesOutput {
  /**
   * The spreadsheet cleared.
   */
  spreadsheetId?: string;
  /**
   * The range (A1 notation) that was cleared.
   */
  clearedRange?: string;
}

export interface GetValuesInput {
  /**
   * The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit).
   */
  spreadsheetId: string;
  /**
   * The A1 notation or R1C1 notation of the range to read, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment.
   */
  range: string;
  /**
   * Whether the returned values are grouped by rows (ROWS, the default: values[0] is the first row) or by columns (COLUMNS: values[0] is the first column).
   */
  majorDimension?: 'ROWS' | 'COLUMNS';
  /**
   * How values are rendered: FORMATTED_VALUE (the default, as displayed in the UI, e.g. "$1.23"), UNFORMATTED_VALUE (the underlying number, e.g. 1.23) or FORMULA (formulas instead of their results).
   */
  valueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  /**
   * How dates, times and durations are rendered: SERIAL_NUMBER (the default, days since 30 December 1899 as a number) or FORMATTED_STRING (as formatted by the cell's number format). Ignored when valueRenderOption is FORMATTED_VALUE.
   */
  dateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
}

/**
 * Values of one range.
 */
export interface GetValuesOutput {
  /**
   * The range the values cover, in A1 notation (e.g. Sheet1!A1:D5).
   */
  range?: string;
  /**
   * Whether values lists rows or columns.
   */
  majorDimension?: 'ROWS' | 'COLUMNS' | 'DIMENSION_UNSPECIFIED';
  /**
   * The cell values, by row (or column). Trailing empty rows and cells are left out.
   */
  values?: (string | number | boolean)[][];
}

export interface UpdateValuesInput {
  /**
   * The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit).
   */
  spreadsheetId: string;
  /**
   * The A1 notation or R1C1 notation of the range to write, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment.
   */
  range: string;
  /**
   * Required. How the API interprets the input: RAW stores the values exactly as given (a string stays a string); USER_ENTERED parses them as if typed into the Sheets UI (numbers, dates and formulas such as =SUM(A1:A3) are converted).
   */
  valueInputOption: 'USER_ENTERED' | 'RAW';
  /**
   * When true, the response includes the values of the written cells (in updatedData). Default false.
   */
  includeValuesInResponse?: boolean;
  /**
   * How values in the response are rendered (only with includeValuesInResponse). Default FORMATTED_VALUE.
   */
  responseValueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  /**
   * How dates, times and durations in the response are rendered (only with includeValuesInResponse; ignored when responseValueRenderOption is FORMATTED_VALUE). Default SERIAL_NUMBER.
   */
  responseDateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
  /**
   * The data to write: an array of rows (or columns with majorDimension COLUMNS), each an array of cell values. Strings, numbers and booleans are accepted; write an empty string to clear a cell.
   */
  values: (string | number | boolean)[][];
  /**
   * Whether `values` lists rows (ROWS, the default: each inner array is one row) or columns (COLUMNS: each inner array is one column).
   */
  majorDimension?: 'ROWS' | 'COLUMNS';
}

/**
 * What a write changed.
 */
export interface UpdateValuesOutput {
  /**
   * The spreadsheet written to.
   */
  spreadsheetId?: string;
  /**
   * The range (A1 notation) the values were written to.
   */
  updatedRange?: string;
  /**
   * How many rows had at least one cell written.
   */
  updatedRows?: number;
  /**
   * How many columns had at least one cell written.
   */
  updatedColumns?: number;
  /**
   * How many cells were written.
   */
  updatedCells?: number;
  /**
   * The written values, when includeValuesInResponse was true.
   */
  updatedData?: {
    /**
     * The range the values cover, in A1 notation (e.g. Sheet1!A1:D5).
     */
    range?: string;
    /**
     * Whether values lists rows or columns.
     */
    majorDimension?: 'ROWS' | 'COLUMNS' | 'DIMENSION_UNSPECIFIED';
    /**
     * The cell values, by row (or column). Trailing empty rows and cells are left out.
     */
    values?: (string | number | boolean)[][];
  };
}

/** Every operation of the Google Sheets connector, with its input type. */
export interface GoogleSheetsOperationInputs {
  appendValues: AppendValuesInput;
  batchGetValues: BatchGetValuesInput;
  clearValues: ClearValuesInput;
  getValues: GetValuesInput;
  updateValues: UpdateValuesInput;
}

/** Every operation of the Google Sheets connector, with its response body type (unknown without an output schema). */
export interface GoogleSheetsOperationOutputs {
  appendValues: AppendValuesOutput;
  batchGetValues: BatchGetValuesOutput;
  clearValues: ClearValuesOutput;
  getValues: GetValuesOutput;
  updateValues: UpdateValuesOutput;
}

/** Every operation of the Google Sheets connector, with its item type when it paginates (unknown otherwise). */
export interface GoogleSheetsOperationItems {
  appendValues: unknown;
  batchGetValues: unknown;
  clearValues: unknown;
  getValues: unknown;
  updateValues: unknown;
}

