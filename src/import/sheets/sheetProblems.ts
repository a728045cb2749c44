/**
 * What the round-trip import says about a sheet: each problem names the sheet, the cell in
 * Excel's terms ("B7"), its row and column, the column's heading and the value, so the admin
 * page can say where to look in both languages (`editor:sheet.problem.*`). Errors refuse the
 * whole file (nothing reaches the draft); warnings (RACI rule breaches, columns not read) do not.
 */
import type { CellRefusal } from './cells';
import { cellAddress, columnLetters, shown } from './cells';

export type SheetProblemCode =
  | CellRefusal
  | 'bad-letter'
  | 'bad-channel'
  | 'no-channel'
  | 'unknown-topic'
  | 'unknown-position'
  | 'unknown-unit'
  | 'duplicate-topic'
  | 'duplicate-column'
  | 'no-topic-id'
  | 'no-heading'
  | 'no-name'
  | 'unsafe-link'
  | 'bad-email'
  | 'unknown-sheet'
  | 'no-known-sheet'
  | 'duplicate-sheet'
  | 'unknown-column'
  | 'no-accountable'
  | 'several-accountable'
  | 'no-responsible';

export interface SheetProblem {
  severity: 'error' | 'warning';
  code: SheetProblemCode;
  sheet: string;
  /** "B7". */
  cell: string;
  /** From 1, as the spreadsheet shows it. */
  row: number;
  /** "B". */
  column: string;
  /** The column's heading as written in the sheet. */
  heading: string;
  /** The cell's text (shortened), or the topic's name for a rule breach. */
  value: string;
  /** The first row of a duplicate. */
  firstRow?: number;
}

export function sheetProblem(
  severity: SheetProblem['severity'],
  code: SheetProblemCode,
  sheet: string,
  row: number,
  column: number,
  heading: string,
  value: string,
  firstRow?: number,
): SheetProblem {
  return {
    severity,
    code,
    sheet,
    cell: cellAddress(row, column),
    row: row + 1,
    column: columnLetters(column),
    heading: shown(heading),
    value: shown(value),
    ...(firstRow !== undefined ? { firstRow: firstRow + 1 } : {}),
  };
}
