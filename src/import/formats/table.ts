/**
 * Rows of cells (from a CSV, a spreadsheet, LDIF or a JSON list) → the `FlatTable` the column
 * mapping reads. One place decides what a heading is, so every format names columns alike.
 */
import type { Problem } from '../../domain/problems';

/**
 * A table of string cells, keyed by heading. Cells are trimmed by the reader that made the
 * table, except literal ones (see `literalCells`), so builders read them as they are.
 */
export interface FlatTable {
  headings: string[];
  rows: Record<string, string>[];
  /**
   * Cells to take exactly as written (`cellKey(row, heading)`): a CSV cell our export guarded
   * with an apostrophe. They are not trimmed and never read as a "not disclosed" placeholder.
   */
  literalCells?: Set<string>;
  /** Number of the first data row as the user sees it (2 for a CSV, 1 for JSON lists). */
  firstRowNumber: number;
  /** The row number of each row when they do not follow each other (blank lines, LDIF entries). */
  rowNumbers?: number[];
}

/** The number the user sees for row `index` (0-based in `rows`). */
export function rowNumberOf(table: FlatTable, index: number): number {
  return table.rowNumbers?.[index] ?? index + table.firstRowNumber;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const cellKey = (rowIndex: number, heading: string): string => `${rowIndex}\u0000${heading}`;

/** The cell is to be taken exactly as written (see `FlatTable.literalCells`). */
export function isLiteralCell(
  table: FlatTable,
  rowIndex: number,
  heading: string | undefined,
): boolean {
  return heading !== undefined && table.literalCells?.has(cellKey(rowIndex, heading)) === true;
}

export function emptyRow(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Two columns with the same heading would share one cell per row (the last one silently winning):
 * the later ones are renamed `Email (2)`, `Email (3)`, so each keeps its values and can be chosen
 * in the mapping, and a warning names them.
 */
export function distinctHeadings(headings: string[], problems: Problem[]): string[] {
  const used = new Set(headings.map((h) => h.toLowerCase()));
  const firstColumn = new Map<string, number>();
  return headings.map((h, i) => {
    const key = h.toLowerCase();
    const first = firstColumn.get(key);
    if (first === undefined) {
      firstColumn.set(key, i);
      return h;
    }
    let n = 2;
    while (used.has(`${h} (${n})`.toLowerCase())) n++;
    const renamed = `${h} (${n})`;
    used.add(renamed.toLowerCase());
    problems.push({
      path: `row 1, column ${i + 1}`,
      severity: 'warning',
      code: 'duplicate-heading',
      line: 1,
      message: {
        en: `Columns ${first + 1} and ${i + 1} are both headed "${h}": column ${i + 1} is read as "${renamed}". Check that the mapping uses the right one, or rename it in the file.`,
        fr: `Les colonnes ${first + 1} et ${i + 1} ont le même titre «\u00a0${h}\u00a0» : la colonne ${i + 1} est lue comme «\u00a0${renamed}\u00a0». Vérifiez que la correspondance utilise la bonne, ou renommez-la dans le fichier.`,
      },
    });
    return renamed;
  });
}

/**
 * Headings as written (spaces collapsed); an empty one is "column N"; a repeated one is renamed
 * `Email (2)` with a warning (`distinctHeadings`), so both columns stay visible in the mapping.
 */
export function uniqueHeadings(raw: readonly string[], problems: Problem[] = []): string[] {
  return distinctHeadings(
    raw.map((h, i) => {
      const name = h.replace(/\s+/g, ' ').trim() || `column ${i + 1}`;
      return isForbiddenKey(name) ? `${name} (column ${i + 1})` : name;
    }),
    problems,
  );
}

/** The heading row of a sheet: the first of the top rows with most filled cells (titles above it are skipped). */
export function headingRowIndex(cells: readonly (readonly string[])[]): number {
  const top = cells.slice(0, 15);
  const filled = top.map((r) => r.filter((c) => c.trim() !== '').length);
  const most = Math.max(0, ...filled);
  const index = filled.findIndex((n) => n >= Math.max(2, most * 0.6));
  return index < 0 ? 0 : index;
}

/**
 * A table from rows of cells. `firstLineNumber` is the line/row number of `cells[0]` as the user
 * sees it (1 in a spreadsheet or CSV); rows numbers then follow the source.
 */
export function tableFromCells(
  cells: readonly (readonly string[])[],
  options: {
    /** Receives the duplicate-heading warnings. */
    problems?: Problem[];
    skipTitleRows?: boolean;
    firstLineNumber?: number;
    /** A raw cell (not trimmed) → its value; default: trimmed. */
    clean?: (raw: string) => string;
    /** The raw cell is to be taken exactly (see `FlatTable.literalCells`). */
    literal?: (raw: string) => boolean;
  } = {},
): FlatTable {
  const start = options.skipTitleRows ? headingRowIndex(cells) : 0;
  const headings = uniqueHeadings(cells[start] ?? [], options.problems);
  const clean = options.clean ?? ((v: string) => v.trim());
  const rows: Record<string, string>[] = [];
  const literalCells = new Set<string>();
  const rowNumbers: number[] = [];
  const first = options.firstLineNumber ?? 1;
  for (let i = start + 1; i < cells.length; i++) {
    const line = cells[i]!;
    if (line.every((c) => c.trim() === '')) continue;
    const r = emptyRow();
    for (let j = 0; j < headings.length; j++) {
      const raw = line[j] ?? '';
      r[headings[j]!] = clean(raw);
      if (options.literal?.(raw)) literalCells.add(cellKey(rows.length, headings[j]!));
    }
    rows.push(r);
    rowNumbers.push(first + i);
  }
  return {
    headings,
    rows,
    firstRowNumber: first + start + 1,
    rowNumbers,
    ...(literalCells.size > 0 ? { literalCells } : {}),
  };
}
