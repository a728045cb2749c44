/**
 * The directory's filtered list as CSV, one row per entry (a person or a vacant position), as
 * shown: titles and units in the user's language. Written like the app's other CSV export
 * (`exportCsv.ts`): Papa Parse quoting (commas, quotes, newlines) and `guardCsvCell` against
 * formula injection, so a spreadsheet never runs a name such as `=HYPERLINK(…)`.
 */
import Papa from 'papaparse';
import { guardCsvCell } from './csvCell';
import type { DirectoryEntry } from '../domain/directory';
import type { OrgIndex } from '../domain/orgIndex';
import { localize, localizeList } from '../domain/text';

export const DIRECTORY_CSV_HEADINGS = [
  'type',
  'id',
  'name',
  'title',
  'unit',
  'location',
  'email',
  'phone',
  'chat',
  'languages',
  'askMeAbout',
  'positionIds',
] as const;

/** Several titles or units of one person are joined with this (a comma is common inside one). */
const JOIN = '; ';

export function directoryCsv(
  index: OrgIndex,
  entries: readonly DirectoryEntry[],
  lang: string,
): string {
  const rows = entries.map((entry) => {
    const person = entry.kind === 'person' ? index.personById.get(entry.id) : undefined;
    const titles = entry.positionIds.map((id) => localize(index.positionById.get(id)?.title, lang));
    const units = entry.unitIds.map((id) => localize(index.unitById.get(id)?.name, lang));
    const cells = [
      entry.kind,
      entry.id,
      person ? person.name : (titles[0] ?? ''),
      titles.join(JOIN),
      units.join(JOIN),
      localize(person?.location, lang),
      person?.email ?? '',
      person?.phone ?? '',
      person?.chat ?? '',
      (person?.languages ?? []).join(JOIN),
      localizeList(person?.askMeAbout, lang).join(JOIN),
      entry.positionIds.join(JOIN),
    ];
    return cells.map((cell) => guardCsvCell(cell));
  });
  return Papa.unparse({ fields: [...DIRECTORY_CSV_HEADINGS], data: rows }, { newline: '\n' });
}
