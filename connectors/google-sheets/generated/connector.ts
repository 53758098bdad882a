// Generated from connectors/google-sheets by `pnpm codegen --write`. Do not edit.
import { defineConnector, type PresetOptions, type TypedNodeConfig } from '@convoflow/core';
import * as templates from './templates.js';
import type { AppendValuesInput, AppendValuesOutput, BatchGetValuesInput, BatchGetValuesOutput, ClearValuesInput, ClearValuesOutput, GetValuesInput, GetValuesOutput, GoogleSheetsOperationInputs, GoogleSheetsOperationItems, GoogleSheetsOperationOutputs, UpdateValuesInput, UpdateValuesOutput } from './types.js';
import { validateAppendValues, validateBatchGetValues, validateClearValues, validateGetValues, validateUpdateValues } from './validators.js';

/**
 * The Google Sheets connector: Reads, writes, appends and clears cell values in Google Sheets spreadsheets through the Sheets API v4 (spreadsheets.values).
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values
 */
export const connector = defineConnector<GoogleSheetsOperationInputs, GoogleSheetsOperationOutputs, GoogleSheetsOperationItems>({
  id: "google-sheets",
  packageName: "@convoflow/connector-google-sheets",
  title: "Google Sheets",
  description: "Reads, writes, appends and clears cell values in Google Sheets spreadsheets through the Sheets API v4 (spreadsheets.values).",
  docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values",
  baseUrl: "https://sheets.googleapis.com",
  allowedHosts: ["sheets.googleapis.com"],
  auth: {"oauth":{"type":"bearer","secret":"GOOGLE_OAUTH_TOKEN","description":"A short-lived OAuth 2.0 access token with the scope https://www.googleapis.com/auth/spreadsheets (https://www.googleapis.com/auth/spreadsheets.readonly is enough for getValues and batchGetValues), used only when neither GOOGLE_SERVICE_ACCOUNT_KEY nor the refresh-token secrets are set. For a quick test: `GOOGLE_APPLICATION_CREDENTIALS=key.json gcloud auth application-default print-access-token --scopes=https://www.googleapis.com/auth/spreadsheets`. It expires after about an hour; for anything long-lived set GOOGLE_SERVICE_ACCOUNT_KEY or GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN instead, and tokens are fetched and refreshed for you.","setupUrl":"https://console.cloud.google.com/apis/credentials"},"serviceAccount":{"type":"oauth2","grant":"jwt-bearer","secret":"GOOGLE_SERVICE_ACCOUNT_KEY","tokenUrl":"https://oauth2.googleapis.com/token","scopes":["https://www.googleapis.com/auth/spreadsheets"],"description":"The JSON key file of a service account (the whole file's contents). Google Cloud console > IAM & Admin > Service Accounts: create a service account, then Keys > Add key > Create new key > JSON. Enable the Google Sheets API for its project, and share each spreadsheet with the service account's email (name@project.iam.gserviceaccount.com) as Editor (Viewer for reads only). Access tokens are then fetched with the Sheets scope and refreshed before they expire. Used first when it is set.","setupUrl":"https://console.cloud.google.com/iam-admin/serviceaccounts"},"refreshToken":{"type":"oauth2","grant":"refresh_token","secret":"GOOGLE_REFRESH_TOKEN","clientIdSecret":"GOOGLE_CLIENT_ID","clientSecretSecret":"GOOGLE_CLIENT_SECRET","tokenUrl":"https://oauth2.googleapis.com/token","description":"A refresh token of a user who can open the sheet, from the authorization-code flow with the scope https://www.googleapis.com/auth/spreadsheets and access_type=offline (your app's consent flow, or the OAuth 2.0 Playground with your own client: gear icon > Use your own OAuth credentials). Used when GOOGLE_SERVICE_ACCOUNT_KEY is not set; all three of GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN must be set.","secretDescriptions":{"GOOGLE_CLIENT_ID":"The OAuth client ID (ends in .apps.googleusercontent.com): Google Cloud console > APIs & Services > Credentials > Create credentials > OAuth client ID, after configuring the consent screen and enabling the Google Sheets API.","GOOGLE_CLIENT_SECRET":"The secret of that OAuth client (same page, or the downloaded client JSON's client_secret)."},"setupUrl":"https://console.cloud.google.com/apis/credentials"}},
  authPrecedence: ["serviceAccount","refreshToken","oauth"],
  queryArrayFormat: "repeat",
  errors: {"message":["error.message"],"code":["error.status"]},
  operations: {
    appendValues: {
      title: "Append rows",
      description: "Appends rows after the last row of the table found in the given range (values.append). The table is detected from the range's existing data; new rows start at its first column.",
      docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/append",
      sdkCall: "sheets.spreadsheets.values.append(params)",
      method: "POST",
      auth: "oauth",
      path: { text: templates.t0, refs: [["spreadsheetId"],["range"]] },
      query: { object: [["valueInputOption", { expr: {"path":["valueInputOption"]} }], ["insertDataOption", { expr: {"path":["insertDataOption"]} }], ["includeValuesInResponse", { expr: {"path":["includeValuesInResponse"]} }], ["responseValueRenderOption", { expr: {"path":["responseValueRenderOption"]} }], ["responseDateTimeRenderOption", { expr: {"path":["responseDateTimeRenderOption"]} }]] },
      body: { object: [["values", { expr: {"path":["values"]} }], ["majorDimension", { expr: {"path":["majorDimension"]} }]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["spreadsheetId","range","valueInputOption","values"],"properties":{"spreadsheetId":{"type":"string","minLength":1,"description":"The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit)."},"range":{"type":"string","minLength":1,"description":"The A1 notation or R1C1 notation of a range used to find the table to append to (Sheet1 or Sheet1!A1 appends after the sheet's first table), e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment."},"valueInputOption":{"type":"string","enum":["USER_ENTERED","RAW"],"description":"Required. How the API interprets the input: RAW stores the values exactly as given (a string stays a string); USER_ENTERED parses them as if typed into the Sheets UI (numbers, dates and formulas such as =SUM(A1:A3) are converted)."},"insertDataOption":{"type":"string","enum":["OVERWRITE","INSERT_ROWS"],"description":"How the new data is placed: OVERWRITE (the default) writes into the empty cells after the table; INSERT_ROWS inserts new rows for it, moving the cells below down."},"includeValuesInResponse":{"type":"boolean","description":"When true, the response includes the values of the written cells (in updatedData). Default false."},"responseValueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"],"description":"How values in the response are rendered (only with includeValuesInResponse). Default FORMATTED_VALUE."},"responseDateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"],"description":"How dates, times and durations in the response are rendered (only with includeValuesInResponse; ignored when responseValueRenderOption is FORMATTED_VALUE). Default SERIAL_NUMBER."},"values":{"type":"array","description":"The data to append: an array of rows (or columns with majorDimension COLUMNS), each an array of cell values. Strings, numbers and booleans are accepted; write an empty string to clear a cell.","items":{"type":"array","description":"One row (or column) of cell values.","items":{"type":["string","number","boolean"],"description":"One cell value."}}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"],"description":"Whether `values` lists rows (ROWS, the default: each inner array is one row) or columns (COLUMNS: each inner array is one column)."}},"examples":[{"spreadsheetId":"1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms","range":"Sheet1!A1","valueInputOption":"USER_ENTERED","values":[["Ada Lovelace","ada@example.com","Hello!","2026-01-15 09:30"]]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"The result of an append.","properties":{"spreadsheetId":{"type":"string","description":"The spreadsheet appended to."},"tableRange":{"type":"string","description":"The range (A1 notation) of the table the rows were appended after, before the append; absent when no table was found."},"updates":{"type":"object","description":"What a write changed.","properties":{"spreadsheetId":{"type":"string","description":"The spreadsheet written to."},"updatedRange":{"type":"string","description":"The range (A1 notation) the values were written to."},"updatedRows":{"type":"integer","description":"How many rows had at least one cell written."},"updatedColumns":{"type":"integer","description":"How many columns had at least one cell written."},"updatedCells":{"type":"integer","description":"How many cells were written."},"updatedData":{"type":"object","description":"The written values, when includeValuesInResponse was true.","properties":{"range":{"type":"string","description":"The range the values cover, in A1 notation (e.g. Sheet1!A1:D5)."},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS","DIMENSION_UNSPECIFIED"],"description":"Whether values lists rows or columns."},"values":{"type":"array","description":"The cell values, by row (or column). Trailing empty rows and cells are left out.","items":{"type":"array","description":"One row (or column).","items":{"type":["string","number","boolean"],"description":"One cell value."}}}}}}}}},
      validate: validateAppendValues,
    },
    batchGetValues: {
      title: "Read several ranges",
      description: "Reads the values of several ranges in one call (values.batchGet); the response lists them in the order asked.",
      docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet",
      sdkCall: "sheets.spreadsheets.values.batchGet(params)",
      method: "GET",
      auth: "oauth",
      path: { text: templates.t1, refs: [["spreadsheetId"]] },
      query: { object: [["ranges", { expr: {"path":["ranges"]} }], ["majorDimension", { expr: {"path":["majorDimension"]} }], ["valueRenderOption", { expr: {"path":["valueRenderOption"]} }], ["dateTimeRenderOption", { expr: {"path":["dateTimeRenderOption"]} }]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["spreadsheetId","ranges"],"properties":{"spreadsheetId":{"type":"string","minLength":1,"description":"The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit)."},"ranges":{"type":"array","minItems":1,"description":"The ranges to read, in A1 or R1C1 notation (e.g. Sheet1!A1:B2, 'My Sheet'!C:C). Sent as a repeated query parameter: ranges=...&ranges=...","items":{"type":"string","minLength":1,"description":"One range in A1 or R1C1 notation."}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"],"description":"Whether the returned values are grouped by rows (ROWS, the default: values[0] is the first row) or by columns (COLUMNS: values[0] is the first column)."},"valueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"],"description":"How values are rendered: FORMATTED_VALUE (the default, as displayed in the UI, e.g. \"$1.23\"), UNFORMATTED_VALUE (the underlying number, e.g. 1.23) or FORMULA (formulas instead of their results)."},"dateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"],"description":"How dates, times and durations are rendered: SERIAL_NUMBER (the default, days since 30 December 1899 as a number) or FORMATTED_STRING (as formatted by the cell's number format). Ignored when valueRenderOption is FORMATTED_VALUE."}},"examples":[{"spreadsheetId":"abc123","ranges":["Sheet1!A1:B2","Sheet2!C3"]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"The values of several ranges.","properties":{"spreadsheetId":{"type":"string","description":"The spreadsheet read."},"valueRanges":{"type":"array","description":"One entry per requested range, in the order asked.","items":{"type":"object","description":"Values of one range.","properties":{"range":{"type":"string","description":"The range the values cover, in A1 notation (e.g. Sheet1!A1:D5)."},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS","DIMENSION_UNSPECIFIED"],"description":"Whether values lists rows or columns."},"values":{"type":"array","description":"The cell values, by row (or column). Trailing empty rows and cells are left out.","items":{"type":"array","description":"One row (or column).","items":{"type":["string","number","boolean"],"description":"One cell value."}}}}}}}},
      validate: validateBatchGetValues,
    },
    clearValues: {
      title: "Clear a range",
      description: "Clears the values of a range (values.clear); formatting, data validation and notes stay. The request has no body.",
      docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/clear",
      sdkCall: "sheets.spreadsheets.values.clear(params)",
      method: "POST",
      auth: "oauth",
      path: { text: templates.t2, refs: [["spreadsheetId"],["range"]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["spreadsheetId","range"],"properties":{"spreadsheetId":{"type":"string","minLength":1,"description":"The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit)."},"range":{"type":"string","minLength":1,"description":"The A1 notation or R1C1 notation of the range to clear, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment."}},"examples":[{"spreadsheetId":"abc123","range":"Sheet1!A1:Z"}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"The result of a clear.","properties":{"spreadsheetId":{"type":"string","description":"The spreadsheet cleared."},"clearedRange":{"type":"string","description":"The range (A1 notation) that was cleared."}}},
      validate: validateClearValues,
    },
    getValues: {
      title: "Read a range",
      description: "Reads the values of one range (values.get). Trailing empty rows and columns are left out of the response.",
      docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/get",
      sdkCall: "sheets.spreadsheets.values.get(params)",
      method: "GET",
      auth: "oauth",
      path: { text: templates.t3, refs: [["spreadsheetId"],["range"]] },
      query: { object: [["majorDimension", { expr: {"path":["majorDimension"]} }], ["valueRenderOption", { expr: {"path":["valueRenderOption"]} }], ["dateTimeRenderOption", { expr: {"path":["dateTimeRenderOption"]} }]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["spreadsheetId","range"],"properties":{"spreadsheetId":{"type":"string","minLength":1,"description":"The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit)."},"range":{"type":"string","minLength":1,"description":"The A1 notation or R1C1 notation of the range to read, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment."},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"],"description":"Whether the returned values are grouped by rows (ROWS, the default: values[0] is the first row) or by columns (COLUMNS: values[0] is the first column)."},"valueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"],"description":"How values are rendered: FORMATTED_VALUE (the default, as displayed in the UI, e.g. \"$1.23\"), UNFORMATTED_VALUE (the underlying number, e.g. 1.23) or FORMULA (formulas instead of their results)."},"dateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"],"description":"How dates, times and durations are rendered: SERIAL_NUMBER (the default, days since 30 December 1899 as a number) or FORMATTED_STRING (as formatted by the cell's number format). Ignored when valueRenderOption is FORMATTED_VALUE."}},"examples":[{"spreadsheetId":"abc123","range":"Sheet1!A1:B2","majorDimension":"ROWS","valueRenderOption":"FORMATTED_VALUE"}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"Values of one range.","properties":{"range":{"type":"string","description":"The range the values cover, in A1 notation (e.g. Sheet1!A1:D5)."},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS","DIMENSION_UNSPECIFIED"],"description":"Whether values lists rows or columns."},"values":{"type":"array","description":"The cell values, by row (or column). Trailing empty rows and cells are left out.","items":{"type":"array","description":"One row (or column).","items":{"type":["string","number","boolean"],"description":"One cell value."}}}}},
      validate: validateGetValues,
    },
    updateValues: {
      title: "Write values to a range",
      description: "Writes values into a range, starting at its top-left cell and overwriting what is there (values.update).",
      docsUrl: "https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/update",
      sdkCall: "sheets.spreadsheets.values.update(params)",
      method: "PUT",
      auth: "oauth",
      path: { text: templates.t4, refs: [["spreadsheetId"],["range"]] },
      query: { object: [["valueInputOption", { expr: {"path":["valueInputOption"]} }], ["includeValuesInResponse", { expr: {"path":["includeValuesInResponse"]} }], ["responseValueRenderOption", { expr: {"path":["responseValueRenderOption"]} }], ["responseDateTimeRenderOption", { expr: {"path":["responseDateTimeRenderOption"]} }]] },
      body: { object: [["values", { expr: {"path":["values"]} }], ["majorDimension", { expr: {"path":["majorDimension"]} }]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["spreadsheetId","range","valueInputOption","values"],"properties":{"spreadsheetId":{"type":"string","minLength":1,"description":"The spreadsheet's id: the part of its URL between /d/ and /edit (docs.google.com/spreadsheets/d/<spreadsheetId>/edit)."},"range":{"type":"string","minLength":1,"description":"The A1 notation or R1C1 notation of the range to write, e.g. Sheet1!A1:D5, 'My Sheet'!A:A or a named range. Quote sheet names that contain spaces or symbols with single quotes. Sent percent-encoded as one path segment."},"valueInputOption":{"type":"string","enum":["USER_ENTERED","RAW"],"description":"Required. How the API interprets the input: RAW stores the values exactly as given (a string stays a string); USER_ENTERED parses them as if typed into the Sheets UI (numbers, dates and formulas such as =SUM(A1:A3) are converted)."},"includeValuesInResponse":{"type":"boolean","description":"When true, the response includes the values of the written cells (in updatedData). Default false."},"responseValueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"],"description":"How values in the response are rendered (only with includeValuesInResponse). Default FORMATTED_VALUE."},"responseDateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"],"description":"How dates, times and durations in the response are rendered (only with includeValuesInResponse; ignored when responseValueRenderOption is FORMATTED_VALUE). Default SERIAL_NUMBER."},"values":{"type":"array","description":"The data to write: an array of rows (or columns with majorDimension COLUMNS), each an array of cell values. Strings, numbers and booleans are accepted; write an empty string to clear a cell.","items":{"type":"array","description":"One row (or column) of cell values.","items":{"type":["string","number","boolean"],"description":"One cell value."}}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"],"description":"Whether `values` lists rows (ROWS, the default: each inner array is one row) or columns (COLUMNS: each inner array is one column)."}},"examples":[{"spreadsheetId":"abc123","range":"Sheet1!A1","valueInputOption":"RAW","values":[["x"]]}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"What a write changed.","properties":{"spreadsheetId":{"type":"string","description":"The spreadsheet written to."},"updatedRange":{"type":"string","description":"The range (A1 notation) the values were written to."},"updatedRows":{"type":"integer","description":"How many rows had at least one cell written."},"updatedColumns":{"type":"integer","description":"How many columns had at least one cell written."},"updatedCells":{"type":"integer","description":"How many cells were written."},"updatedData":{"type":"object","description":"The written values, when includeValuesInResponse was true.","properties":{"range":{"type":"string","description":"The range the values cover, in A1 notation (e.g. Sheet1!A1:D5)."},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS","DIMENSION_UNSPECIFIED"],"description":"Whether values lists rows or columns."},"values":{"type":"array","description":"The cell values, by row (or column). Trailing empty rows and cells are left out.","items":{"type":"array","description":"One row (or column).","items":{"type":["string","number","boolean"],"description":"One cell value."}}}}}}},
      validate: validateUpdateValues,
    },
  },
});

/**
 * Append rows
 *
 * Appends rows after the last row of the table found in the given range (values.append). The table is detected from the range's existing data; new rows start at its first column.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `sheets.spreadsheets.values.append(params)`.
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/append
 */
export function appendValues(
  input: AppendValuesInput,
  options?: PresetOptions,
): TypedNodeConfig<AppendValuesOutput> {
  return connector.preset("appendValues", input, options);
}

/**
 * Read several ranges
 *
 * Reads the values of several ranges in one call (values.batchGet); the response lists them in the order asked.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `sheets.spreadsheets.values.batchGet(params)`.
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 */
export function batchGetValues(
  input: BatchGetValuesInput,
  options?: PresetOptions,
): TypedNodeConfig<BatchGetValuesOutput> {
  return connector.preset("batchGetValues", input, options);
}

/**
 * Clear a range
 *
 * Clears the values of a range (values.clear); formatting, data validation and notes stay. The request has no body.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `sheets.spreadsheets.values.clear(params)`.
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/clear
 */
export function clearValues(
  input: ClearValuesInput,
  options?: PresetOptions,
): TypedNodeConfig<ClearValuesOutput> {
  return connector.preset("clearValues", input, options);
}

/**
 * Read a range
 *
 * Reads the values of one range (values.get). Trailing empty rows and columns are left out of the response.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `sheets.spreadsheets.values.get(params)`.
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/get
 */
export function getValues(
  input: GetValuesInput,
  options?: PresetOptions,
): TypedNodeConfig<GetValuesOutput> {
  return connector.preset("getValues", input, options);
}

/**
 * Write values to a range
 *
 * Writes values into a range, starting at its top-left cell and overwriting what is there (values.update).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `sheets.spreadsheets.values.update(params)`.
 * @see https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/update
 */
export function updateValues(
  input: UpdateValuesInput,
  options?: PresetOptions,
): TypedNodeConfig<UpdateValuesOutput> {
  return connector.preset("updateValues", input, options);
}
