/**
 * Google Sheets API v4, `spreadsheets.values`: get, update, append, clear, batchGet on in-memory grids.
 * Errors use Google's `{error:{code, message, errors, status}}` envelope.
 */
import { columnName, formatA1, type GridRange, parseA1 } from '../a1.js';
import {
  applyFailure,
  bearerToken,
  type Call,
  isObject,
  json,
  type Params,
  parseJson,
  type Reply,
  Router,
  type Service,
} from '../http.js';
import type { JsonObject, SandboxFailure, SandboxState, SheetCell } from '../types.js';
import { createGoogleTokenEndpoint, ISSUED_TOKEN_PREFIX } from './google-token.js';

type SheetsState = SandboxState['sheets'];
type Grid = SheetCell[][];

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Request contains an invalid argument.',
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  409: 'The operation was aborted.',
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

const REASONS: Record<number, string> = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'notFound',
  429: 'rateLimitExceeded',
  500: 'backendError',
  503: 'backendError',
};

const AUTH_HELP =
  'Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/** A JSON answer with Google's content type. */
function ok(body: JsonObject): Reply {
  return json(200, body, { 'content-type': 'application/json; charset=UTF-8' });
}

/** Google's error envelope. */
function googleError(code: number, message: string, extra: JsonObject = {}): Reply {
  const error: JsonObject = { code, message };
  const reason = REASONS[code];
  if (reason) error['errors'] = [{ message, domain: 'global', reason }];
  Object.assign(error, extra);
  error['status'] = STATUS_NAMES[code] ?? (code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
  return json(code, { error }, { 'content-type': 'application/json; charset=UTF-8' });
}

class GoogleFault extends Error {
  constructor(readonly reply: Reply) {
    super(`google error ${reply.status}`);
  }
}

const badRequest = (message: string) => new GoogleFault(googleError(400, message));

function unauthenticated(missingCredential: boolean): Reply {
  const message = missingCredential
    ? `Request is missing required authentication credential. ${AUTH_HELP}`
    : `Request had invalid authentication credentials. ${AUTH_HELP}`;
  return googleError(401, message, {
    errors: [
      missingCredential
        ? {
            message: 'Login Required.',
            domain: 'global',
            reason: 'required',
            location: 'Authorization',
            locationType: 'header',
          }
        : {
            message: 'Invalid Credentials',
            domain: 'global',
            reason: 'authError',
            location: 'Authorization',
            locationType: 'header',
          },
    ],
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: missingCredential ? 'CREDENTIALS_MISSING' : 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
        domain: 'googleapis.com',
        metadata: { service: 'sheets.googleapis.com' },
      },
    ],
  });
}

/** An enum query parameter; Google names the field in snake case and the proto enum type. */
function readEnum(
  call: Call,
  name: string,
  field: string,
  type: string,
  values: string[],
): string | undefined {
  const value = call.query.get(name);
  if (value === null) return undefined;
  if (!values.includes(value)) {
    throw badRequest(
      `Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${type}), "${value}"`,
    );
  }
  return value;
}

/**
 * USER_ENTERED parsing, kept simple: `TRUE`/`FALSE` (any case) become booleans; plain numbers (`42`, `-3.5`, `1e3`),
 * numbers with thousands separators (`1,234.5`) and percentages (`12%` → 0.12) become numbers; a leading `'`
 * forces text and is dropped. Everything else (formulas, dates, currency) stays the string it was.
 *
 * @example
 * ```ts
 * parseUserEntered('1,234.5'); // 1234.5
 * parseUserEntered('TRUE'); // true
 * parseUserEntered("'0042"); // '0042'
 * ```
 */
export function parseUserEntered(value: SheetCell): SheetCell {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'")) return value.slice(1);
  const text = value.trim();
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(text)) return Number(text.slice(0, -1)) / 100;
  return value;
}

/** FORMATTED_VALUE rendering: numbers as their shortest decimal text, booleans as TRUE/FALSE. */
function formatted(value: SheetCell): SheetCell {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'number' ? String(value) : value;
}

function transpose<T>(rows: (T | '')[][]): (T | '')[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? ''));
}

/** Drops trailing empty cells of each row and trailing empty rows. */
function trim(grid: Grid): Grid {
  for (const row of grid) while (row.length && row.at(-1) === '') row.pop();
  while (grid.length && grid.at(-1)!.length === 0) grid.pop();
  return grid;
}

function gridSize(grid: Grid): { rows: number; cols: number } {
  return { rows: Math.max(1000, grid.length), cols: Math.max(26, ...grid.map((row) => row.length)) };
}

function readCells(grid: Grid, range: GridRange): Grid {
  const endRow = Math.min(range.endRow ?? grid.length, grid.length);
  const rows: Grid = [];
  for (let r = range.startRow; r < endRow; r++) {
    const row = grid[r] ?? [];
    rows.push(
      row.slice(range.startCol, range.endCol === undefined ? row.length : Math.min(range.endCol, row.length)),
    );
  }
  return trim(rows);
}

function writeCells(grid: Grid, startRow: number, startCol: number, values: (SheetCell | null)[][]): void {
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      while (grid.length <= startRow + r) grid.push([]);
      const target = grid[startRow + r]!;
      while (target.length < startCol + c) target.push('');
      target[startCol + c] = value;
    });
  });
  trim(grid);
}

/** Creates the Google Sheets service over `state`. Writes create unknown spreadsheets and sheets. */
export function createSheets(state: SheetsState): Service {
  const tokens = createGoogleTokenEndpoint(state.accessTokens);
  function spreadsheet(id: string): Map<string, Grid> {
    const sheets = state.spreadsheets.get(id);
    if (!sheets) throw new GoogleFault(googleError(404, 'Requested entity was not found.'));
    return sheets;
  }

  /**
   * Resolves a decoded range to its sheet's grid. Reads refuse unknown spreadsheets (404) and sheets (400); writes
   * get a fresh grid for them, stored by `save()` once the write is known to be valid.
   */
  function locate(id: string, text: string, write: boolean): { range: GridRange; grid: Grid; save(): void } {
    const sheets = write ? (state.spreadsheets.get(id) ?? new Map<string, Grid>()) : spreadsheet(id);
    const defaultSheet = sheets.keys().next().value ?? 'Sheet1';
    const range = parseA1(text, (name) => sheets.has(name), defaultSheet);
    if (!range || (!write && !sheets.has(range.sheet))) throw badRequest(`Unable to parse range: ${text}`);
    const grid = sheets.get(range.sheet) ?? [];
    const save = () => {
      sheets.set(range.sheet, grid);
      state.spreadsheets.set(id, sheets);
    };
    return { range, grid, save };
  }

  function render(call: Call, rows: Grid, option = 'valueRenderOption'): Grid {
    const mode =
      readEnum(
        call,
        option,
        option.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        'ValueRenderOption',
        ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'],
      ) ?? 'FORMATTED_VALUE';
    return mode === 'FORMATTED_VALUE' ? rows.map((row) => row.map(formatted)) : rows;
  }

  function valueRange(call: Call, range: GridRange, grid: Grid): JsonObject {
    const major =
      readEnum(call, 'majorDimension', 'major_dimension', 'Dimension', [
        'ROWS',
        'COLUMNS',
        'DIMENSION_UNSPECIFIED',
      ]) ?? 'ROWS';
    const columns = major === 'COLUMNS';
    const rows = render(call, readCells(grid, range));
    const out: JsonObject = {
      range: formatA1(range, gridSize(grid)),
      majorDimension: columns ? 'COLUMNS' : 'ROWS',
    };
    if (rows.length) out['values'] = columns ? trim(transpose(rows)) : rows;
    return out;
  }

  /** The ValueRange body of append/update, as rows, with USER_ENTERED parsing applied. */
  function readBody(call: Call): (SheetCell | null)[][] {
    const option = call.query.get('valueInputOption');
    if (option === null) throw badRequest("'valueInputOption' is required but not specified");
    if (!['RAW', 'USER_ENTERED'].includes(option)) {
      throw badRequest(
        `Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), "${option}"`,
      );
    }
    if (call.body.trim() === '') return [];
    const body = parseJson(call.body);
    if (body === undefined) throw badRequest('Invalid JSON payload received. Unexpected token.');
    if (!isObject(body)) throw badRequest(`Invalid JSON payload received. Expected an object.`);
    for (const key of Object.keys(body)) {
      if (!['range', 'majorDimension', 'values'].includes(key)) {
        throw badRequest(`Invalid JSON payload received. Unknown name "${key}": Cannot find field.`);
      }
    }
    const major = body['majorDimension'] ?? 'ROWS';
    if (!['ROWS', 'COLUMNS', 'DIMENSION_UNSPECIFIED'].includes(major as string)) {
      throw badRequest(
        `Invalid value at 'data.major_dimension' (type.googleapis.com/google.apps.sheets.v4.Dimension), ${JSON.stringify(major)}`,
      );
    }
    const values = body['values'] ?? [];
    if (!Array.isArray(values))
      throw badRequest(`Invalid value at 'data.values' (type.googleapis.com/google.protobuf.ListValue)`);
    const rows = values.map((row, r) => {
      if (!Array.isArray(row))
        throw badRequest(
          `Invalid value at 'data.values[${r}]' (type.googleapis.com/google.protobuf.ListValue)`,
        );
      return row.map((cell, c) => {
        if (cell === null) return null;
        if (typeof cell === 'object')
          throw badRequest(
            `Invalid values[${r}][${c}]: ${Array.isArray(cell) ? 'list_value' : 'struct_value'}`,
          );
        const value = cell as SheetCell;
        return option === 'USER_ENTERED' ? parseUserEntered(value) : value;
      });
    });
    return major === 'COLUMNS' ? (transpose(rows) as (SheetCell | null)[][]) : rows;
  }

  /** update/append counts; Google omits zero counts. */
  function counts(values: (SheetCell | null)[][]): JsonObject {
    const out: JsonObject = {};
    const rows = values.filter((row) => row.some((v) => v !== null)).length;
    const cols = Math.max(0, ...values.map((row) => row.length));
    const cells = values.reduce((sum, row) => sum + row.filter((v) => v !== null).length, 0);
    if (rows) out['updatedRows'] = rows;
    if (cols && rows) out['updatedColumns'] = cols;
    if (cells) out['updatedCells'] = cells;
    return out;
  }

  function written(range: GridRange, startRow: number, values: (SheetCell | null)[][]): GridRange {
    const width = Math.max(1, ...values.map((row) => row.length));
    return {
      sheet: range.sheet,
      startRow,
      startCol: range.startCol,
      endRow: startRow + Math.max(1, values.length),
      endCol: range.startCol + width,
    };
  }

  function updatedData(call: Call, target: GridRange, grid: Grid): JsonObject | undefined {
    if (call.query.get('includeValuesInResponse') !== 'true') return undefined;
    return {
      range: formatA1(target, gridSize(grid)),
      majorDimension: 'ROWS',
      values: render(call, readCells(grid, target), 'responseValueRenderOption'),
    };
  }

  function rangeText(raw: string): string {
    try {
      return decodeURIComponent(raw);
    } catch {
      throw badRequest(`Unable to parse range: ${raw}`);
    }
  }

  function get(call: Call, id: string, raw: string): Reply {
    const { range, grid } = locate(id, rangeText(raw), false);
    return ok(valueRange(call, range, grid));
  }

  function update(call: Call, id: string, raw: string): Reply {
    const text = rangeText(raw);
    const values = readBody(call);
    const { range, grid, save } = locate(id, text, true);
    const single = range.endRow === range.startRow + 1 && range.endCol === range.startCol + 1;
    if (!single) {
      const tooTall = range.endRow !== undefined && range.startRow + values.length > range.endRow;
      const widest = Math.max(0, ...values.map((row) => row.length));
      const tooWide = range.endCol !== undefined && range.startCol + widest > range.endCol;
      if (tooTall || tooWide) {
        const where = tooTall ? `row [${range.endRow! + 1}]` : `column [${columnName(range.endCol!)}]`;
        throw badRequest(
          `Requested writing within range [${formatA1(range, gridSize(grid))}], but tried writing to ${where}`,
        );
      }
    }
    save();
    writeCells(grid, range.startRow, range.startCol, values);
    const target = written(range, range.startRow, values);
    const body: JsonObject = {
      spreadsheetId: id,
      updatedRange: formatA1(target, gridSize(grid)),
      ...counts(values),
    };
    const data = updatedData(call, target, grid);
    if (data) body['updatedData'] = data;
    return ok(body);
  }

  function append(call: Call, id: string, raw: string): Reply {
    const text = rangeText(raw);
    const values = readBody(call);
    const insert = readEnum(call, 'insertDataOption', 'insert_data_option', 'InsertDataOption', [
      'OVERWRITE',
      'INSERT_ROWS',
    ]);
    const { range, grid, save } = locate(id, text, true);
    save();
    // The "table": the first run of non-empty rows (within the range's columns) at or below the range's first row.
    const colEnd = range.endCol ?? Number.POSITIVE_INFINITY;
    const empty = (r: number) => (grid[r] ?? []).slice(range.startCol, colEnd).every((cell) => cell === '');
    let r = range.startRow;
    while (r < grid.length && empty(r)) r++;
    let tableRange: string | undefined;
    let at = range.startRow;
    if (r < grid.length) {
      const tableStart = r;
      while (r < grid.length && !empty(r)) r++;
      at = r;
      const width = Math.max(...grid.slice(tableStart, r).map((row) => Math.min(row.length, colEnd)));
      const table = {
        sheet: range.sheet,
        startRow: tableStart,
        startCol: range.startCol,
        endRow: r,
        endCol: width,
      };
      tableRange = formatA1(table, gridSize(grid));
    }
    if (insert === 'INSERT_ROWS' && at < grid.length) {
      grid.splice(at, 0, ...values.map((): SheetCell[] => []));
    }
    writeCells(grid, at, range.startCol, values);
    const target = written(range, at, values);
    const updates: JsonObject = {
      spreadsheetId: id,
      updatedRange: formatA1(target, gridSize(grid)),
      ...counts(values),
    };
    const data = updatedData(call, target, grid);
    if (data) updates['updatedData'] = data;
    const body: JsonObject = { spreadsheetId: id };
    if (tableRange) body['tableRange'] = tableRange;
    body['updates'] = updates;
    return ok(body);
  }

  function clear(_call: Call, id: string, raw: string): Reply {
    const { range, grid } = locate(id, rangeText(raw), false);
    const endRow = Math.min(range.endRow ?? grid.length, grid.length);
    for (let r = range.startRow; r < endRow; r++) {
      const row = grid[r]!;
      const end = Math.min(range.endCol ?? row.length, row.length);
      for (let c = range.startCol; c < end; c++) row[c] = '';
    }
    trim(grid);
    return ok({ spreadsheetId: id, clearedRange: formatA1(range, gridSize(grid)) });
  }

  function batchGet(call: Call, params: Params): Reply {
    const id = decodeURIComponent(params['id']!);
    spreadsheet(id);
    const ranges = [...call.query.getAll('ranges'), ...call.query.getAll('ranges[]')];
    const valueRanges = ranges.map((text) => {
      const { range, grid } = locate(id, text, false);
      return valueRange(call, range, grid);
    });
    const body: JsonObject = { spreadsheetId: id };
    if (valueRanges.length) body['valueRanges'] = valueRanges;
    return ok(body);
  }

  function values(call: Call, params: Params): Reply {
    const id = decodeURIComponent(params['id']!);
    const segment = params['range']!;
    const colon = segment.lastIndexOf(':');
    const verb = colon === -1 ? '' : segment.slice(colon + 1);
    const hasVerb = verb === 'append' || verb === 'clear';
    const raw = hasVerb ? segment.slice(0, colon) : segment;
    if (call.method === 'GET' && !hasVerb) return get(call, id, raw);
    if (call.method === 'PUT' && !hasVerb) return update(call, id, raw);
    if (call.method === 'POST' && verb === 'append') return append(call, id, raw);
    if (call.method === 'POST' && verb === 'clear') return clear(call, id, raw);
    return googleError(404, 'Method not found.');
  }

  const router = new Router()
    .on('GET', '/v4/spreadsheets/:id/values:batchGet', batchGet)
    .on('GET', '/v4/spreadsheets/:id/values/:range', values)
    .on('PUT', '/v4/spreadsheets/:id/values/:range', values)
    .on('POST', '/v4/spreadsheets/:id/values/:range', values);

  return {
    handle(call) {
      // Google's token endpoint lives on oauth2.googleapis.com; the sandbox serves it here (the CLI routes it).
      if (call.path === '/token') {
        return call.method === 'POST' ? tokens.token(call) : googleError(404, 'Method not found.');
      }
      const token = bearerToken(call) ?? call.query.get('access_token') ?? undefined;
      if (!token) return unauthenticated(true);
      if (!token.startsWith('ya29.')) return unauthenticated(false);
      // A token the token endpoint issued is good until it expires; other ya29. tokens stand for a static one.
      if (token.startsWith(ISSUED_TOKEN_PREFIX) && !tokens.accepts(token)) return unauthenticated(false);
      const route = router.match(call.method, call.path);
      if (!route || route === 'wrong-method') return googleError(404, 'Method not found.');
      try {
        return route.handler(call, route.params);
      } catch (error) {
        if (error instanceof GoogleFault) return error.reply;
        throw error;
      }
    },
    fail(call: Call, failure: SandboxFailure) {
      const kind = call.method === 'GET' ? 'Read' : 'Write';
      const base =
        failure.status === 401
          ? unauthenticated(true)
          : failure.status === 429
            ? googleError(
                429,
                `Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
              )
            : googleError(failure.status, DEFAULT_MESSAGES[failure.status] ?? 'Request failed.');
      return applyFailure(base, failure);
    },
  };
}
