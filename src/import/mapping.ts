/**
 * What the user accepts in the mapping step, for tables of people or posts (CSV, sheets, JSON
 * lists, LDIF): which column feeds which field, how managers are matched, and which quirks of the
 * file are handled. `detectMapping` (detect.ts) proposes all of it; nothing here is applied
 * unless it is in the mapping the user sees (and the CLI prints).
 */
import { HEADING_FIELDS, type HeadingField } from './headings';

export const MAPPED_FIELDS = HEADING_FIELDS;
export type MappedField = HeadingField;

/** How the manager column points at a row: by the id column, the e-mail column, or another column (`managerKey`). */
export type ManagerMatch = 'id' | 'email' | 'column';

export interface ColumnMapping {
  /** Field → source column heading (absent = not mapped). */
  columns: Partial<Record<MappedField, string>>;
  managerMatch: ManagerMatch;
  /** With `managerMatch: 'column'`: the column whose values the manager column holds (an LDAP `dn`, a name). */
  managerKey?: string;
  /** Manager values that mean "top of the tree" (`XX`, `0`, `-`, `none`…), besides a blank cell. */
  topMarkers?: string[];
  /** A row that reports to itself is a top of the tree. */
  selfIsTop?: boolean;
  /** Ids are unique only inside the organisation column: qualify them as `org:id`. */
  scopeIds?: boolean;
  /** Name values that mean a vacant seat (`Vacant`, `N/D`, `À pourvoir`…); an empty name is one too. */
  vacancyMarkers?: string[];
  /** E-mail addresses shared by a team or an office: kept as the unit's or the seat's channel. */
  teamEmails?: string[];
  /** The user confirmed the file has no reporting lines (no manager column). */
  noReportingLines?: boolean;
}

/** Markers compare without case or surrounding spaces. */
export const markerKey = (value: string): string => value.trim().toLowerCase();

/** Parse a mapping file (CLI `--mapping`): `{ "columns": {...}, "managerMatch": "email", … }` or a bare `{ field: heading }`. */
export function readMappingJson(input: unknown): ColumnMapping | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const raw = input as Record<string, unknown>;
  const source = (raw.columns && typeof raw.columns === 'object' ? raw.columns : raw) as Record<
    string,
    unknown
  >;
  const columns: Partial<Record<MappedField, string>> = {};
  for (const field of MAPPED_FIELDS) {
    const value = Object.hasOwn(source, field) ? source[field] : undefined;
    if (typeof value === 'string' && value !== '') columns[field] = value;
  }
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
  const managerMatch =
    raw.managerMatch === 'email' ? 'email' : raw.managerMatch === 'column' ? 'column' : 'id';
  const mapping: ColumnMapping = { columns, managerMatch };
  if (typeof raw.managerKey === 'string') mapping.managerKey = raw.managerKey;
  const top = strings(raw.topMarkers);
  if (top) mapping.topMarkers = top;
  const vacancy = strings(raw.vacancyMarkers);
  if (vacancy) mapping.vacancyMarkers = vacancy;
  const team = strings(raw.teamEmails);
  if (team) mapping.teamEmails = team;
  if (raw.selfIsTop === true) mapping.selfIsTop = true;
  if (raw.scopeIds === true) mapping.scopeIds = true;
  if (raw.noReportingLines === true) mapping.noReportingLines = true;
  return mapping;
}

/** Fields the mapping still needs before the list can be imported. */
export function mappingGaps(mapping: ColumnMapping, headcountFile = false): MappedField[] {
  const missing: MappedField[] = [];
  const c = mapping.columns;
  if (headcountFile) return c.manager ? [] : ['manager'];
  if (!c.name && !(c.firstName || c.lastName)) missing.push('name');
  if (c.manager && mapping.managerMatch === 'email' && !c.email) missing.push('email');
  if (c.manager && mapping.managerMatch === 'id' && !c.id) missing.push('id');
  return missing;
}
