/**
 * The RACI matrix as a sheet (topics × positions), and back. Row 1: "Topic id", "Topic", then
 * one column per position lettered on some topic, headed "Title (position-id)"; each cell R, A,
 * C, I or empty. Reading a sheet compares every cell with the draft: only the cells that differ
 * become changes, so an unchanged export changes nothing, and positions or topics the sheet
 * leaves out are untouched. The topic name column is for people and is not read.
 */
import { buildOrgIndex } from '../../domain/orgIndex';
import { breachKinds, buildRaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';
import type { OrgData, Position, RaciRole, Topic } from '../../domain/types';
import { recordOf, type DraftData } from '../../domain/editing/draft';
import { roleOf } from '../../domain/editing/operations';
import { findHeading, readCell, readHeading, sheetWidth, topicRows } from './cells';
import type { Sheet, SheetError } from './cells';
import type { SheetHeadings } from './sheetHeadings';
import { sheetProblem, type SheetProblem } from './sheetProblems';

const LETTERS: ReadonlySet<string> = new Set(['R', 'A', 'C', 'I']);

/** The sheet's rows: every topic, every position lettered on one (file order). */
export function raciSheetRows(data: OrgData, headings: SheetHeadings, lang: string): string[][] {
  const index = buildOrgIndex(data);
  const matrix = buildRaciMatrix(index);
  const positions = matrix.positionIds.map((id) => index.positionById.get(id) as Position);
  const rows: string[][] = [
    [headings.topicId, headings.topic, ...positions.map((p) => positionHeading(p, lang))],
  ];
  for (const topicId of matrix.topicIds) {
    const topic = index.topicById.get(topicId) as Topic;
    rows.push([
      topic.id,
      localize(topic.name, lang),
      ...positions.map((p) => roleOf(p, topicId) ?? ''),
    ]);
  }
  return rows;
}

const positionHeading = (p: Position, lang: string): string =>
  `${localize(p.title, lang)} (${p.id})`;

/** The position a heading names: the id in its last parentheses, or the whole heading. */
export function headingPositionId(heading: string): string {
  const m = /\(([^()]*)\)\s*$/.exec(heading);
  return (m?.[1] ?? heading).trim();
}

export interface RaciSheetRead {
  /** positionId → topicId → the sheet's letter, for cells that differ from the draft. */
  letters: Map<string, Map<string, RaciRole | undefined>>;
  changedCells: number;
  problems: SheetProblem[];
}

export function readRaciSheet(
  draft: DraftData,
  sheet: Sheet,
  languages: readonly SheetHeadings[],
  lang: string,
): RaciSheetRead {
  const problems: SheetProblem[] = [];
  const letters = new Map<string, Map<string, RaciRole | undefined>>();
  let changedCells = 0;
  const header = sheet.rows[0] ?? [];
  const idColumn = findHeading(
    header,
    languages.map((l) => l.topicId),
  );
  const nameColumn = findHeading(
    header,
    languages.map((l) => l.topic),
  );
  const error: SheetError = (code, row, column, value, first) =>
    problems.push(
      sheetProblem('error', code, sheet.name, row, column, header[column] ?? '', value, first),
    );

  // Columns: the positions they stand for.
  const columns: { column: number; positionId: string }[] = [];
  const seenColumn = new Map<string, number>();
  const width = sheetWidth(sheet);
  for (let c = 0; c < width; c++) {
    if (c === idColumn || c === nameColumn) continue;
    const heading = readHeading(sheet, c, error);
    if (heading === undefined) continue;
    const positionId = headingPositionId(heading);
    if (!recordOf(draft, 'positions', positionId)) {
      error('unknown-position', 0, c, heading);
      continue;
    }
    const first = seenColumn.get(positionId);
    if (first !== undefined) {
      error('duplicate-column', 0, c, heading);
      continue;
    }
    seenColumn.set(positionId, c);
    columns.push({ column: c, positionId });
  }

  // Rows: one topic each.
  const sheetTopics: { row: number; topic: Topic }[] = [];
  // A row without an id shows its topic name, to say which row it is.
  const shownName = (row: readonly string[]) => (nameColumn >= 0 ? (row[nameColumn] ?? '') : '');
  for (const { r, row, topic } of topicRows(draft, sheet, idColumn, error, shownName)) {
    sheetTopics.push({ row: r, topic });
    for (const { column, positionId } of columns) {
      const cell = readCell(row[column]);
      if ('refused' in cell) {
        error(cell.refused, r, column, row[column] ?? '');
        continue;
      }
      const letter = cell.text.toUpperCase();
      if (letter !== '' && !LETTERS.has(letter)) {
        error('bad-letter', r, column, cell.text);
        continue;
      }
      const role = letter === '' ? undefined : (letter as RaciRole);
      const position = recordOf(draft, 'positions', positionId) as Position;
      if (roleOf(position, topic.id) === role) continue;
      let ofPosition = letters.get(positionId);
      if (!ofPosition)
        letters.set(positionId, (ofPosition = new Map<string, RaciRole | undefined>()));
      ofPosition.set(topic.id, role);
      changedCells += 1;
    }
  }

  // The RACI rule on every topic of the sheet, as the letters would be after the import.
  if (sheetTopics.length > 0) {
    const index = buildOrgIndex(draft.data);
    for (const { row, topic } of sheetTopics) {
      const entries = (index.raciByTopic.get(topic.id) ?? []).filter(
        (e) => letters.get(e.positionId)?.has(topic.id) !== true,
      );
      for (const [positionId, ofPosition] of letters) {
        const role = ofPosition.get(topic.id);
        if (role !== undefined) entries.push({ positionId, role });
      }
      // A shared channel answering the topic is its Responsible (format 2).
      for (const kind of breachKinds(entries, topic.responsibleChannel !== undefined)) {
        problems.push(
          sheetProblem(
            'warning',
            kind,
            sheet.name,
            row,
            idColumn,
            header[idColumn] ?? '',
            localize(topic.name, lang),
          ),
        );
      }
    }
  }
  return { letters, changedCells, problems };
}
