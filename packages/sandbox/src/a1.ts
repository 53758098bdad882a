/**
 * A1 notation for the Sheets sandbox: `Sheet1!A1:D5`, `'My Sheet'!A:B`, `A1`, `2:4`, `Sheet1`.
 * Rows and columns are 0-based here; an `end` is exclusive and `undefined` means "to the edge of the grid".
 */

/** A rectangle on one sheet. */
export interface GridRange {
  sheet: string;
  startRow: number;
  startCol: number;
  endRow: number | undefined;
  endCol: number | undefined;
}

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** A sheet name as Sheets writes it in ranges: quoted (with `''` for `'`) unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replaceAll("'", "''")}'`;
}

function parseRef(ref: string): { col: number | undefined; row: number | undefined } | undefined {
  const match = /^([A-Za-z]{0,3})(\d*)$/.exec(ref);
  if (!match || (!match[1] && !match[2])) return undefined;
  const row = match[2] ? Number(match[2]) - 1 : undefined;
  if (row !== undefined && row < 0) return undefined;
  return { col: match[1] ? columnIndex(match[1]) : undefined, row };
}

/** The cell part (`A1:B2`, `A:B`, `1:2`, `A2:C`, `C3`) without a sheet name. */
export function parseCells(text: string): Omit<GridRange, 'sheet'> | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const start = parseRef(parts[0]!);
  if (!start) return undefined;
  if (parts.length === 1) {
    if (start.col === undefined || start.row === undefined) return undefined;
    return { startRow: start.row, startCol: start.col, endRow: start.row + 1, endCol: start.col + 1 };
  }
  const end = parseRef(parts[1]!);
  if (!end) return undefined;
  let startRow = start.row ?? 0;
  let startCol = start.col ?? 0;
  let endRow = end.row === undefined ? undefined : end.row + 1;
  let endCol = end.col === undefined ? undefined : end.col + 1;
  if (endRow !== undefined && endRow <= startRow) [startRow, endRow] = [endRow - 1, startRow + 1];
  if (endCol !== undefined && endCol <= startCol) [startCol, endCol] = [endCol - 1, startCol + 1];
  return { startRow, startCol, endRow, endCol };
}

/**
 * Parses a decoded A1 range. Without a sheet name the range is on `defaultSheet`; a bare name that is not a
 * cell reference (or that names an existing sheet) is the whole sheet. Returns `undefined` when unparseable.
 */
export function parseA1(
  text: string,
  sheetExists: (name: string) => boolean,
  defaultSheet: string,
): GridRange | undefined {
  const whole = (sheet: string): GridRange => ({
    sheet,
    startRow: 0,
    startCol: 0,
    endRow: undefined,
    endCol: undefined,
  });
  if (text === '') return undefined;
  if (text.startsWith("'")) {
    let name = '';
    let i = 1;
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] !== "'") break;
        i++;
      }
      name += text[i];
    }
    if (i >= text.length || name === '') return undefined;
    const rest = text.slice(i + 1);
    if (rest === '') return whole(name);
    if (!rest.startsWith('!')) return undefined;
    const cells = parseCells(rest.slice(1));
    return cells && { sheet: name, ...cells };
  }
  const bang = text.lastIndexOf('!');
  if (bang !== -1) {
    const cells = parseCells(text.slice(bang + 1));
    return cells && bang > 0 ? { sheet: text.slice(0, bang), ...cells } : undefined;
  }
  if (sheetExists(text)) return whole(text);
  const cells = parseCells(text);
  return cells ? { sheet: defaultSheet, ...cells } : whole(text);
}

/** Writes a range back in A1 notation; open edges are closed at the grid size (`Sheet1` → `Sheet1!A1:Z1000`). */
export function formatA1(range: GridRange, grid: { rows: number; cols: number }): string {
  const endRow = range.endRow ?? Math.max(grid.rows, range.startRow + 1);
  const endCol = range.endCol ?? Math.max(grid.cols, range.startCol + 1);
  const start = `${columnName(range.startCol)}${range.startRow + 1}`;
  const end = `${columnName(endCol - 1)}${endRow}`;
  return `${quoteSheet(range.sheet)}!${start === end ? start : `${start}:${end}`}`;
}
