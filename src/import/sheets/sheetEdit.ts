/**
 * A sheet read back becomes ONE draft edit (one undo step): every position whose letters
 * changed, with its responsibilities as the sheet says. Errors refuse the whole sheet: the
 * draft is left exactly as it was.
 */
import type { Edit, RecordChange } from '../../domain/editing/change';
import { recordOf, type DraftData } from '../../domain/editing/draft';
import { withField, withLetter } from '../../domain/editing/operations';
import type { Position } from '../../domain/types';
import type { Sheet } from './cells';
import { readRaciSheet } from './raciSheet';
import type { SheetHeadings } from './sheetHeadings';
import type { SheetProblem } from './sheetProblems';

export interface SheetImport {
  /** Undefined when the sheet has errors or changes nothing. */
  edit: Edit | undefined;
  changedCells: number;
  problems: SheetProblem[];
}

export function importRaciSheet(
  draft: DraftData,
  sheet: Sheet,
  languages: readonly SheetHeadings[],
  lang: string,
): SheetImport {
  const read = readRaciSheet(draft, sheet, languages, lang);
  if (read.problems.some((p) => p.severity === 'error') || read.changedCells === 0)
    return { edit: undefined, changedCells: read.changedCells, problems: read.problems };
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
  return {
    edit: {
      label: { key: 'importSheet', values: { sheet: sheet.name, count: read.changedCells } },
      changes,
    },
    changedCells: read.changedCells,
    problems: read.problems,
  };
}
