/**
 * Sheets ↔ files: an XLSX, XLS or ODS workbook (SheetJS, `@e965/xlsx`, see
 * `src/import/formats/spreadsheet.ts`) or a CSV, read into the `Sheet` shape of `cells.ts`, and
 * sheets written as an XLSX workbook. Runs in the sheet worker (`sheetFile.worker.ts`): SheetJS
 * is big and a workbook of a large matrix takes a while to unzip and parse.
 *
 * What a cell says follows `cells.ts`' convention: a formula cell is "=" and its formula (then
 * refused, never evaluated: its cached result is not taken either), a text cell that could pass
 * for a formula or starts with an apostrophe is guarded (it is text the user typed), any other
 * cell is the text the sheet shows.
 */
import { read, utils, write, type CellObject } from '@e965/xlsx';
import Papa from 'papaparse';
import { guardCsvCell } from '../csvCell';
import { decodeText } from '../formats/decodeText';
import { detectDelimiter } from '../formats/delimiter';
import { spreadsheetKind } from '../formats/spreadsheet';
import type { Sheet } from './cells';
import { MAX_SHEET_FILE_BYTES, UnreadableSheetFile } from './sheetFileLimits';

function cellText(cell: CellObject | undefined): string {
  if (cell === undefined) return '';
  if (cell.f !== undefined) return `=${cell.f}`;
  if (cell.t === 's') return guardCsvCell(String(cell.v ?? ''));
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

function readWorkbook(bytes: Uint8Array): Sheet[] {
  const workbook = read(bytes, {
    type: 'array',
    dense: true,
    cellFormula: true,
    cellHTML: false,
    cellStyles: false,
  });
  return workbook.SheetNames.map((name) => {
    const data = (workbook.Sheets[name]?.['!data'] ?? []) as (CellObject[] | undefined)[];
    const rows: string[][] = [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r] ?? [];
      const cells: string[] = [];
      for (let c = 0; c < row.length; c++) cells.push(cellText(row[c]));
      rows.push(cells);
    }
    return { name, rows };
  });
}

function readCsv(bytes: Uint8Array, fileName: string): Sheet[] {
  const text = decodeText(bytes).text;
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new UnreadableSheetFile(fileName);
  return [{ name: fileName, rows: parsed.data }];
}

/** The sheets of a file: every sheet of a workbook, or the one sheet of a CSV (named after the file). */
export function readSheetFile(bytes: Uint8Array, fileName: string): Sheet[] {
  if (bytes.byteLength > MAX_SHEET_FILE_BYTES) throw new UnreadableSheetFile(fileName);
  const kind = spreadsheetKind(bytes, fileName);
  try {
    return kind === undefined ? readCsv(bytes, fileName) : readWorkbook(bytes);
  } catch (e) {
    if (e instanceof UnreadableSheetFile) throw e;
    throw new UnreadableSheetFile(fileName);
  }
}

/** An XLSX workbook of the sheets: every cell a text cell (never a formula), the headings frozen. */
export function writeWorkbook(sheets: readonly Sheet[]): Uint8Array {
  const workbook = utils.book_new();
  for (const sheet of sheets) {
    const ws = utils.aoa_to_sheet(sheet.rows.map((r) => [...r]));
    const widths: number[] = [];
    for (const row of sheet.rows)
      row.forEach((cell, c) => {
        const longest = Math.max(...cell.split('\n').map((l) => l.length));
        widths[c] = Math.min(Math.max(widths[c] ?? 6, longest + 2), 50);
      });
    ws['!cols'] = widths.map((wch) => ({ wch }));
    utils.book_append_sheet(workbook, ws, sheet.name.slice(0, 31));
  }
  return new Uint8Array(
    write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
}
