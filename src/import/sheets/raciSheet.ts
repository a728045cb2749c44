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
import { headingKey, isEmptyRow, readCell, sheetWidth, type Sheet } from './cells';
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

/** Is this a RACI sheet: a "Topic id" heading in row 1, in one of the languages. */
export function findHeading(header: readonly string[], words: readonly string[]): number {
  const keys = new Set(words.map(headingKey));
  return header.findIndex((h) => keys.has(headingKey(h)));
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
  const error = (
    code: SheetProblem['code'],
    row: number,
    column: number,
    value: string,
    first?: number,
  ) =>
    problems.push(
      sheetProblem('error', code, sheet.name, row, column, header[column] ?? '', value, first),
    );

  // Columns: the positions they stand for.
  const columns: { column: number; positionId: string }[] = [];
  const seenColumn = new Map<string, number>();
  const width = sheetWidth(sheet);
  for (let c = 0; c < width; c++) {
    if (c === idColumn || c === nameColumn) continue;
    const cell = readCell(header[c]);
    if ('refused' in cell) {
      error(cell.refused, 0, c, header[c] ?? '');
      continue;
    }
    if (cell.text === '') {
      const used = sheet.rows.findIndex((r, i) => i > 0 && (r[c] ?? '').trim() !== '');
      if (used > 0) error('no-heading', used, c, sheet.rows[used]?.[c] ?? '');
      continue;
    }
    const positionId = headingPositionId(cell.text);
    if (!recordOf(draft, 'positions', positionId)) {
      error('unknown-position', 0, c, cell.text);
      continue;
    }
    const first = seenColumn.get(positionId);
    if (first !== undefined) {
      error('duplicate-column', 0, c, cell.text);
      continue;
    }
    seenColumn.set(positionId, c);
    columns.push({ column: c, positionId });
  }

  // Rows: one topic each.
  const rowsOfTopic = new Map<string, number>();
  const sheetTopics: { row: number; topic: Topic }[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] as readonly string[];
    if (isEmptyRow(row)) continue;
    const idCell = readCell(row[idColumn]);
    if ('refused' in idCell) {
      error(idCell.refused, r, idColumn, row[idColumn] ?? '');
      continue;
    }
    if (idCell.text === '') {
      error('no-topic-id', r, idColumn, nameColumn >= 0 ? (row[nameColumn] ?? '') : '');
      continue;
    }
    const topic = recordOf(draft, 'topics', idCell.text) as Topic | undefined;
    if (!topic) {
      error('unknown-topic', r, idColumn, idCell.text);
      continue;
    }
    const first = rowsOfTopic.get(topic.id);
    if (first !== undefined) {
      error('duplicate-topic', r, idColumn, idCell.text, first);
      continue;
    }
    rowsOfTopic.set(topic.id, r);
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
