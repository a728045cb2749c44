/**
 * A file read back becomes ONE draft edit (one undo step): every position whose letters
 * changed (RACI sheets), every topic whose cells changed (catalogue sheets). Each sheet of a
 * workbook is recognised by its headings; a sheet that is neither is skipped with a warning.
 * Errors refuse the whole file: the draft is left exactly as it was.
 */
import type { Edit, RecordChange } from '../../domain/editing/change';
import { recordOf, type DraftData } from '../../domain/editing/draft';
import { withField, withLetter } from '../../domain/editing/operations';
import type { Position, Topic } from '../../domain/types';
import { findHeading, type Sheet } from './cells';
import { readRaciSheet, type RaciSheetRead } from './raciSheet';
import { readServiceSheet, serviceColumnsOf } from './serviceSheet';
import type { SheetHeadings } from './sheetHeadings';
import { sheetProblem, type SheetProblem } from './sheetProblems';

export interface SheetImport {
  /** Undefined when the file has errors or changes nothing. */
  edit: Edit | undefined;
  changedCells: number;
  problems: SheetProblem[];
  /** The sheets read, by kind (for the message). */
  read: { sheet: string; kind: SheetKind }[];
}

export type SheetKind = 'raci' | 'services';

/** What a sheet is, by its first row: catalogue headings beyond the topic id, else a topic id. */
export function sheetKind(
  sheet: Sheet,
  languages: readonly SheetHeadings[],
): SheetKind | undefined {
  const header = sheet.rows[0] ?? [];
  const named = [...serviceColumnsOf(header, languages).values()];
  if (named.some((h) => h !== 'topicId')) return 'services';
  return findHeading(
    header,
    languages.map((l) => l.topicId),
  ) >= 0
    ? 'raci'
    : undefined;
}

function raciChanges(draft: DraftData, read: RaciSheetRead): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const [positionId, letters] of read.letters) {
    const before = recordOf(draft, 'positions', positionId) as Position;
    let list = before.responsibilities ?? [];
    for (const [topicId, role] of letters) list = withLetter(list, topicId, role);
    changes.push({
      kind: 'positions',
      id: positionId,
      at: draft.at.positions.get(positionId) as number,
      before,
      after: withField(before, 'responsibilities', list),
    });
  }
  for (const [topicId, channel] of read.channels) {
    const before = recordOf(draft, 'topics', topicId) as Topic;
    changes.push({
      kind: 'topics',
      id: topicId,
      at: draft.at.topics.get(topicId) as number,
      before,
      after: withField(before, 'responsibleChannel', channel),
    });
  }
  return changes;
}

export function importSheets(
  draft: DraftData,
  sheets: readonly Sheet[],
  languages: readonly SheetHeadings[],
  lang: string,
): SheetImport {
  const problems: SheetProblem[] = [];
  const changes: RecordChange[] = [];
  const read: SheetImport['read'] = [];
  const changed = new Set<string>();
  let changedCells = 0;
  for (const sheet of sheets) {
    const kind = sheetKind(sheet, languages);
    if (kind === undefined) {
      problems.push(sheetProblem('warning', 'unknown-sheet', sheet.name, 0, 0, '', ''));
      continue;
    }
    const result =
      kind === 'raci'
        ? (() => {
            const r = readRaciSheet(draft, sheet, languages, lang);
            return { ...r, changes: raciChanges(draft, r) };
          })()
        : readServiceSheet(draft, sheet, languages);
    read.push({ sheet: sheet.name, kind });
    problems.push(...result.problems);
    for (const c of result.changes) {
      // Two sheets of one kind changing one record: the second would silently undo the first.
      const key = `${c.kind}:${c.id}`;
      if (changed.has(key)) {
        problems.push(sheetProblem('error', 'duplicate-sheet', sheet.name, 0, 0, '', c.id));
        continue;
      }
      changed.add(key);
      changes.push(c);
    }
    changedCells += result.changedCells;
  }
  if (read.length === 0 && sheets.length > 0)
    problems.push(sheetProblem('error', 'no-known-sheet', sheets[0]?.name ?? '', 0, 0, '', ''));
  const failed = problems.some((p) => p.severity === 'error');
  if (failed || changes.length === 0) return { edit: undefined, changedCells, problems, read };
  const names = read.map((r) => r.sheet).join(', ');
  return {
    edit: { label: { key: 'importSheet', values: { sheet: names, count: changedCells } }, changes },
    changedCells,
    problems,
    read,
  };
}

/** One RACI sheet (kept for the pure tests and callers that know the sheet's kind). */
export function importRaciSheet(
  draft: DraftData,
  sheet: Sheet,
  languages: readonly SheetHeadings[],
  lang: string,
): SheetImport {
  return importSheets(draft, [sheet], languages, lang);
}
