/**
 * Where a validation problem of a flat import sits in the file. People and positions are built
 * from the table's rows, so `positions[3].title` is the 4th position's row, in the column mapped
 * to the title (`analyseTable` turns that into "row N, column X").
 */
import type { ColumnMapping, MappedField } from './mapping';

const RECORD_PATH = /^(people|positions)\[(\d+)\](?:\.([A-Za-z]+))?/;

/** Field of the org model → the mapped field whose column fed it. */
const SOURCE_FIELD: Record<string, MappedField> = {
  'people.id': 'id',
  'people.name': 'name',
  'people.email': 'email',
  'people.phone': 'phone',
  'people.chat': 'chat',
  'people.location': 'location',
  'positions.title': 'title',
  'positions.reportsTo': 'manager',
  'positions.unitId': 'unit',
  'positions.id': 'id',
  'positions.holders': 'id',
  'positions.headcount': 'fte',
};

export interface ProblemSource {
  kind: 'people' | 'positions';
  /** The record's index in its list. */
  index: number;
  /** The heading of the column that fed the field, when one did. */
  column: string | undefined;
}

/** The record and column a problem's JSON path names; undefined when it names no person or seat. */
export function problemSource(path: string, mapping: ColumnMapping): ProblemSource | undefined {
  const m = RECORD_PATH.exec(path);
  if (!m) return undefined;
  const kind = m[1] as ProblemSource['kind'];
  const field = SOURCE_FIELD[`${kind}.${m[3] ?? ''}`];
  return {
    kind,
    index: Number(m[2]),
    column: field === undefined ? undefined : mapping.columns[field],
  };
}

/** The path shown to the user: "row 7, column Email", or "row 7" when no column fed the field. */
export function tablePath(rowNumber: number, column: string | undefined): string {
  return column === undefined ? `row ${rowNumber}` : `row ${rowNumber}, column ${column}`;
}
