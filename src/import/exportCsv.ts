/**
 * The current data as a flat people list (CSV), one row per person, in the shape HR tools
 * read and that the CSV import maps back by itself (`id, name, title, managerId, …`).
 * A person's manager is the first holder of the position above theirs, skipping vacant seats.
 */
import Papa from 'papaparse';
import { guardCsvCell } from './csvCell';
import { buildOrgIndex } from '../domain/orgIndex';
import { localize } from '../domain/text';
import type { OrgData } from '../domain/types';

export const CSV_EXPORT_HEADINGS = [
  'id',
  'name',
  'title',
  'managerId',
  'email',
  'phone',
  'chat',
  'unit',
  'location',
] as const;

const CONTACT_COLUMNS = new Set(
  (['email', 'phone', 'chat'] as const).map((h) => CSV_EXPORT_HEADINGS.indexOf(h)),
);

export function exportPeopleCsv(data: OrgData, lang = 'en'): string {
  const index = buildOrgIndex(data);
  const rows = data.people.map((person) => {
    const positionId = index.positionsOfPerson.get(person.id)?.[0];
    const position = positionId === undefined ? undefined : index.positionById.get(positionId);
    let managerId = '';
    const seen = new Set<string>();
    let up = position?.reportsTo;
    while (up !== undefined && !seen.has(up)) {
      seen.add(up);
      const above = index.positionById.get(up);
      const holder = above?.holders?.find((h) => index.personById.has(h) && h !== person.id);
      if (holder !== undefined) {
        managerId = holder;
        break;
      }
      up = above?.reportsTo;
    }
    const unit = position?.unitId === undefined ? undefined : index.unitById.get(position.unitId);
    const cells = [
      person.id,
      person.name,
      localize(position?.title, lang),
      managerId,
      person.email ?? '',
      person.phone ?? '',
      person.chat ?? '',
      unit ? localize(unit.name, lang) : '',
      localize(person.location, lang),
    ];
    return cells.map((cell, i) => guardCsvCell(cell, CONTACT_COLUMNS.has(i) ? 'contact' : 'text'));
  });
  return Papa.unparse({ fields: [...CSV_EXPORT_HEADINGS], data: rows }, { newline: '\n' });
}
