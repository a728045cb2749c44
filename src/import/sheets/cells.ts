/**
 * The cells of a spreadsheet HR sends back (the RACI matrix, the service catalogue), as the
 * round-trip import reads them. Every reader hands over the same shape: a sheet is rows of raw
 * strings in the CSV guard convention of `csvCell.ts` (a literal text that could pass for a
 * formula carries a leading apostrophe; an XLSX formula cell is `=` and its formula), so one
 * rule here decides what a cell says and which cells are refused:
 * - a formula (`=HYPERLINK(…)`, `@SUM`, `+cmd|…`): never run, never kept as text;
 * - invisible control characters or bidirectional controls (a reversed name looks right and
 *   reads wrong);
 * - a text longer than the org format allows.
 * Cell addresses are Excel's ("B7"): column letters, row numbers from 1.
 */
import { recordOf, type DraftData } from '../../domain/editing/draft';
import { MAX_TEXT } from '../../domain/schema';
import type { Topic } from '../../domain/types';
import { isGuardedCsvCell, looksLikeFormula } from '../csvCell';
import type { SheetProblem } from './sheetProblems';

export interface Sheet {
  /** The sheet's name in the workbook, or the CSV file's name. */
  name: string;
  rows: readonly (readonly string[])[];
}

export type CellRefusal = 'formula' | 'control-characters' | 'bidi-controls' | 'too-long';

export type CellRead = { text: string } | { refused: CellRefusal };

// eslint-disable-next-line no-control-regex -- these controls are what it finds
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** What one raw cell says: its text (trimmed unless guarded), or why it is refused. */
export function readCell(raw: string | undefined): CellRead {
  if (raw === undefined || raw === '') return { text: '' };
  const guarded = isGuardedCsvCell(raw);
  const text = guarded ? raw.slice(1) : raw.trim();
  if (!guarded && looksLikeFormula(text)) return { refused: 'formula' };
  if (text.length > MAX_TEXT) return { refused: 'too-long' };
  if (CONTROL.test(text)) return { refused: 'control-characters' };
  if (BIDI.test(text)) return { refused: 'bidi-controls' };
  return { text };
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel's address of a cell: row and column from 0 → "B7". */
export const cellAddress = (row: number, column: number): string =>
  `${columnLetters(column)}${row + 1}`;

/** A value shown in a message: at most 60 characters, on one line. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** A row with no content (skipped: spreadsheets keep empty rows between blocks). */
export function isEmptyRow(row: readonly string[] | undefined): boolean {
  return row === undefined || row.every((c) => c.trim() === '');
}

/** A heading as compared with the known ones: trimmed, lower-case, single spaces. */
export const headingKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The column of row 1 headed by one of `words` (any language, as `headingKey` compares), or -1. */
export function findHeading(header: readonly string[], words: readonly string[]): number {
  const keys = new Set(words.map(headingKey));
  return header.findIndex((h) => keys.has(headingKey(h)));
}

/** The widest row's length (a loop: a spread of 100k rows would overflow the stack). */
export function sheetWidth(sheet: Sheet): number {
  let width = 0;
  for (const row of sheet.rows) width = Math.max(width, row.length);
  return width;
}

/** How a sheet reader reports an error at a cell (row and column from 0). */
export type SheetError = (
  code: SheetProblem['code'],
  row: number,
  column: number,
  value: string,
  /** The earlier row the cell repeats. */
  first?: number,
) => void;

/**
 * The heading of column `column` (row 1), or undefined once what is wrong with it is reported:
 * a refused cell, or no heading above a column that has values ('no-heading' at the first one).
 * An empty column without a heading is undefined and reported nowhere.
 */
export function readHeading(sheet: Sheet, column: number, error: SheetError): string | undefined {
  const raw = sheet.rows[0]?.[column];
  const cell = readCell(raw);
  if ('refused' in cell) {
    error(cell.refused, 0, column, raw ?? '');
    return undefined;
  }
  if (cell.text !== '') return cell.text;
  const used = sheet.rows.findIndex((r, i) => i > 0 && (r[column] ?? '').trim() !== '');
  if (used > 0) error('no-heading', used, column, sheet.rows[used]?.[column] ?? '');
  return undefined;
}

/**
 * The rows of a sheet of topics (RACI, service catalogue), from row 2, with the draft's topic
 * each one's id cell names. Empty rows are skipped; a row whose id cell is refused, empty
 * ('no-topic-id', showing `emptyIdValue(row)`), names no topic of the draft, or repeats an
 * earlier row's topic is reported and left out, so the readers only see rows they can apply.
 */
export function* topicRows(
  draft: DraftData,
  sheet: Sheet,
  idColumn: number,
  error: SheetError,
  emptyIdValue: (row: readonly string[]) => string = () => '',
): Generator<{ r: number; row: readonly string[]; topic: Topic }> {
  const rowOfTopic = new Map<string, number>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] as readonly string[];
    if (isEmptyRow(row)) continue;
    const idCell = readCell(row[idColumn]);
    if ('refused' in idCell) {
      error(idCell.refused, r, idColumn, row[idColumn] ?? '');
      continue;
    }
    if (idCell.text === '') {
      error('no-topic-id', r, idColumn, emptyIdValue(row));
      continue;
    }
    const topic = recordOf(draft, 'topics', idCell.text) as Topic | undefined;
    if (!topic) {
      error('unknown-topic', r, idColumn, idCell.text);
      continue;
    }
    const first = rowOfTopic.get(topic.id);
    if (first !== undefined) {
      error('duplicate-topic', r, idColumn, idCell.text, first);
      continue;
    }
    rowOfTopic.set(topic.id, r);
    yield { r, row, topic };
  }
}
