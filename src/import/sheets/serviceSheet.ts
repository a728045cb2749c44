/**
 * The service catalogue as a sheet (one row per topic: names, descriptions and keywords in
 * English and French, the unit, and the service details), and back. As for the RACI sheet,
 * reading compares every cell with the draft: only cells that differ change the topic, columns
 * the sheet leaves out are untouched, and columns it adds are ignored (a warning says so). The
 * sheet edits existing topics; a new topic is created in the app.
 */
import { recordOf, type DraftData } from '../../domain/editing/draft';
import type { RecordChange } from '../../domain/editing/change';
import type { OrgData } from '../../domain/types';
import { headingKey, readCell, readHeading, sheetWidth, topicRows } from './cells';
import type { Sheet, SheetError } from './cells';
import { sameCell, SERVICE_COLUMNS } from './serviceColumns';
import { SERVICE_HEADINGS, type ServiceHeading, type SheetHeadings } from './sheetHeadings';
import { sheetProblem, type SheetProblem } from './sheetProblems';

/** The sheet's rows: the headings in `headings`' language, then every topic in file order. */
export function serviceSheetRows(data: OrgData, headings: SheetHeadings): string[][] {
  const rows: string[][] = [SERVICE_HEADINGS.map((h) => headings[h])];
  for (const topic of data.topics) {
    rows.push(
      SERVICE_HEADINGS.map((h) => (h === 'topicId' ? topic.id : SERVICE_COLUMNS[h].get(topic))),
    );
  }
  return rows;
}

/** The catalogue column each heading names (in any of the languages), by column index. */
export function serviceColumnsOf(
  header: readonly string[],
  languages: readonly SheetHeadings[],
): Map<number, ServiceHeading> {
  const byWord = new Map<string, ServiceHeading>();
  for (const words of languages)
    for (const h of SERVICE_HEADINGS) byWord.set(headingKey(words[h]), h);
  const columns = new Map<number, ServiceHeading>();
  header.forEach((cell, c) => {
    const key = byWord.get(headingKey(cell));
    if (key !== undefined) columns.set(c, key);
  });
  return columns;
}

export interface ServiceSheetRead {
  changes: RecordChange[];
  changedCells: number;
  problems: SheetProblem[];
}

export function readServiceSheet(
  draft: DraftData,
  sheet: Sheet,
  languages: readonly SheetHeadings[],
): ServiceSheetRead {
  const problems: SheetProblem[] = [];
  const header = sheet.rows[0] ?? [];
  const problem = (
    severity: SheetProblem['severity'],
    code: SheetProblem['code'],
    row: number,
    column: number,
    value: string,
    first?: number,
  ) =>
    problems.push(
      sheetProblem(severity, code, sheet.name, row, column, header[column] ?? '', value, first),
    );
  const error: SheetError = (code, row, column, value, first) =>
    problem('error', code, row, column, value, first);

  // Columns: what each heading is; unknown ones are not read.
  const named = serviceColumnsOf(header, languages);
  const columns: { column: number; key: Exclude<ServiceHeading, 'topicId'> }[] = [];
  const seen = new Set<ServiceHeading>();
  let idColumn = -1;
  const width = sheetWidth(sheet);
  for (let c = 0; c < width; c++) {
    const heading = readHeading(sheet, c, error);
    if (heading === undefined) continue;
    const key = named.get(c);
    if (key === undefined) {
      problem('warning', 'unknown-column', 0, c, heading);
      continue;
    }
    if (seen.has(key)) {
      error('duplicate-column', 0, c, heading);
      continue;
    }
    seen.add(key);
    if (key === 'topicId') idColumn = c;
    else columns.push({ column: c, key });
  }
  if (idColumn < 0) {
    error('no-topic-id', 0, 0, header[0] ?? '');
    return { changes: [], changedCells: 0, problems };
  }

  // Rows: one topic each.
  const changes: RecordChange[] = [];
  let changedCells = 0;
  for (const { r, row, topic: before } of topicRows(draft, sheet, idColumn, error)) {
    let after = before;
    let cells = 0;
    let nameColumn = -1;
    for (const { column, key } of columns) {
      const cell = readCell(row[column]);
      if ('refused' in cell) {
        error(cell.refused, r, column, row[column] ?? '');
        continue;
      }
      if (key === 'nameEn' || key === 'nameFr') nameColumn = column;
      const spec = SERVICE_COLUMNS[key];
      if (sameCell(cell.text, spec.get(before))) continue;
      const refusal =
        cell.text === ''
          ? undefined
          : key === 'unitId'
            ? recordOf(draft, 'units', cell.text)
              ? undefined
              : 'unknown-unit'
            : spec.refuse?.(cell.text);
      if (refusal) {
        error(refusal, r, column, cell.text);
        continue;
      }
      after = spec.set(after, cell.text);
      cells += 1;
    }
    if (cells === 0) continue;
    if (after.name === undefined) {
      error('no-name', r, nameColumn, '');
      continue;
    }
    changedCells += cells;
    changes.push({
      kind: 'topics',
      id: before.id,
      at: draft.at.topics.get(before.id) as number,
      before,
      after,
    });
  }
  return { changes, changedCells, problems };
}
