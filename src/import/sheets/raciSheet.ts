/**
 * The RACI matrix as a sheet (topics × positions), and back. Row 1: "Topic id", "Topic",
 * "Shared channel", then one column per position lettered on some topic, headed
 * "Title (position-id)"; each cell R, A, C, I or empty. The shared channel column is the
 * matrix's own (format 2: a channel answering the topic counts as its Responsible): R when the
 * topic has one; R written on a topic without one gives it its unit's shared contact, as the
 * matrix's cell does, and an emptied cell removes it. Reading a sheet compares every cell with
 * the draft: only the cells that differ become changes, so an unchanged export changes nothing,
 * and positions or topics the sheet leaves out are untouched. The topic name column is for
 * people and is not read.
 */
import { buildOrgIndex } from '../../domain/orgIndex';
import { breachKinds, buildRaciMatrix } from '../../domain/raci';
import { localize } from '../../domain/text';
import { nextChannel } from '../../domain/raciChannel';
import type {
  OrgData,
  Position,
  RaciRole,
  ResponsibleChannel,
  Topic,
  Unit,
} from '../../domain/types';
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
    [
      headings.topicId,
      headings.topic,
      headings.sharedChannel,
      ...positions.map((p) => positionHeading(p, lang)),
    ],
  ];
  for (const topicId of matrix.topicIds) {
    const topic = index.topicById.get(topicId) as Topic;
    rows.push([
      topic.id,
      localize(topic.name, lang),
      topic.responsibleChannel ? 'R' : '',
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
  /** topicId → its responsible channel after the import (undefined: none), where it changes. */
  channels: Map<string, ResponsibleChannel | undefined>;
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
  const channels = new Map<string, ResponsibleChannel | undefined>();
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
  // Optional: a sheet exported before the column existed has none.
  const channelColumn = findHeading(
    header,
    languages.map((l) => l.sharedChannel),
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
    if (c === idColumn || c === nameColumn || c === channelColumn) continue;
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
    if (channelColumn >= 0) {
      const read = readChannelCell(draft, topic, row[channelColumn]);
      if ('error' in read) error(read.error, r, channelColumn, row[channelColumn] ?? '');
      else if (read.change) {
        channels.set(topic.id, read.change.to);
        changedCells += 1;
      }
    }
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
      const channel = channels.has(topic.id) ? channels.get(topic.id) : topic.responsibleChannel;
      for (const kind of breachKinds(entries, channel !== undefined)) {
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
  return { letters, channels, changedCells, problems };
}

/**
 * The shared channel cell of a topic's row: R (the topic has a channel, or gets its unit's
 * shared contact) or empty (no channel). `change` when it differs from the draft.
 */
function readChannelCell(
  draft: DraftData,
  topic: Topic,
  value: string | undefined,
):
  { error: SheetProblem['code'] } | { change: { to: ResponsibleChannel | undefined } | undefined } {
  const cell = readCell(value);
  if ('refused' in cell) return { error: cell.refused };
  const text = cell.text.toUpperCase();
  if (text !== '' && text !== 'R') return { error: 'bad-channel' };
  const has = topic.responsibleChannel !== undefined;
  if ((text === 'R') === has) return { change: undefined };
  if (text === '') return { change: { to: undefined } };
  const unit =
    topic.unitId === undefined
      ? undefined
      : (recordOf(draft, 'units', topic.unitId) as Unit | undefined);
  const step = nextChannel(topic, unit);
  return step ? { change: step } : { error: 'no-channel' };
}
