/**
 * XLSX, XLS and ODS workbooks → a table, with SheetJS (`@e965/xlsx`: the SheetJS Community
 * Edition 0.20.3, published to npm from the official build; npm's own `xlsx` package stopped at
 * 0.18.5 with known advisories). Writing a reader for three binary/zipped XML formats by hand
 * is not a good use of anyone's time.
 *
 * Cells are read as the text the user sees in the sheet (`raw: false`): an employee number
 * formatted as `00123` stays `00123`, a date stays as shown.
 */
import { read, utils } from '@e965/xlsx';
import type { Problem } from '../../domain/problems';
import { tableFromCells, type FlatTable } from './table';
import { readXlsxCells, type XlsxSheets } from './xlsxCells';

export type SpreadsheetKind = 'xlsx' | 'xls' | 'ods';

/** A zip (XLSX, ODS) or an OLE compound file (XLS), by its first bytes. */
export function spreadsheetKind(bytes: Uint8Array, fileName: string): SpreadsheetKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return ext === 'ods' ? 'ods' : 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'xls';
  // Flat ODS (.fods) and Excel 2003 XML are text; only trust the extension for those.
  if (ext === 'fods') return 'ods';
  return undefined;
}

export interface SheetRead {
  table: FlatTable;
  sheetNames: string[];
  sheet: string;
}

/** The sheet to show first: the chosen one, else the first with at least two filled rows. */
function pickSheet(
  names: readonly string[],
  lastRow: (name: string) => number | undefined,
  chosen?: string,
): string {
  if (chosen !== undefined && names.includes(chosen)) return chosen;
  for (const name of names) {
    const last = lastRow(name);
    if (last !== undefined && last >= 1) return name;
  }
  return names[0] ?? '';
}

/** Rows of shown text with SheetJS's own reader (XLS, ODS, and XLSX the fast reader declines). */
function readWithSheetJs(bytes: Uint8Array, chosenSheet?: string) {
  const workbook = read(bytes, { type: 'array', dense: true, cellHTML: false, cellStyles: false });
  const ref = (name: string) => workbook.Sheets[name]?.['!ref'];
  const sheet = pickSheet(
    workbook.SheetNames,
    (name) => {
      const r = ref(name);
      return r ? utils.decode_range(r).e.r : undefined;
    },
    chosenSheet,
  );
  const ws = workbook.Sheets[sheet];
  const cells = ws
    ? utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: '', blankrows: true })
    : [];
  return { cells, sheetNames: workbook.SheetNames.slice(), sheet };
}

function readFast(fast: XlsxSheets, chosenSheet?: string) {
  const sheet = pickSheet(fast.sheetNames, (name) => fast.sheets.get(name)?.lastRow, chosenSheet);
  return { cells: fast.sheets.get(sheet)?.rows ?? [], sheetNames: fast.sheetNames, sheet };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function readSpreadsheet(
  bytes: Uint8Array,
  chosenSheet?: string,
  problems: Problem[] = [],
): SheetRead {
  const fast = isZip(bytes) ? readXlsxCells(bytes) : undefined;
  const { cells, sheetNames, sheet } = fast
    ? readFast(fast, chosenSheet)
    : readWithSheetJs(bytes, chosenSheet);
  const table = tableFromCells(
    cells.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
    { problems, skipTitleRows: true, firstLineNumber: 1 },
  );
  return { table, sheetNames, sheet };
}
