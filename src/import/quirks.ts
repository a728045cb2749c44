/**
 * The quirks of real exports, found in the data and proposed, never applied behind the user's
 * back: each becomes a field of the mapping the user sees (and can turn off), with counts.
 * - tops of the tree written as `XX`, `0`, `-`, `none`, `n/a`, `top`, or a row reporting to itself;
 * - ids unique only inside an organisation column (organograms number posts per organisation);
 * - vacant seats written as people (`Vacant`, `N/D`, `À pourvoir`, an empty name);
 * - contact e-mails that belong to a team or an office rather than to the holder.
 */
import type { FlatTable } from './formats/table';
import { markerKey, type ColumnMapping } from './mapping';

export const TOP_MARKERS = [
  '0',
  '00',
  '-',
  '--',
  'x',
  'xx',
  'xxx',
  'none',
  'n/a',
  'na',
  'null',
  'nil',
  '#n/a',
  'top',
  'root',
  'no_manager', // SAP SuccessFactors
  'no manager',
  'nomanager',
  '*',
  'aucun',
  'néant',
  'neant',
  'sans',
];

export const VACANCY_MARKERS = [
  'vacant',
  'vacancy',
  'vacant post',
  'vacant position',
  'n/d',
  'nd',
  'tbd',
  'tbc',
  'to be recruited',
  'to be confirmed',
  'eliminated',
  'open position',
  'poste vacant',
  'vacant (recrutement en cours)',
  'recrutement en cours',
  'à pourvoir',
  'a pourvoir',
  'poste à pourvoir',
  'poste a pourvoir',
];

/** Local parts that name a mailbox rather than a person. */
const TEAM_MAILBOX =
  /(^|[._-])(team|teams|office|enquiries|enquiry|contact|contacts|info|secretariat|secretary|admin|support|desk|helpdesk|mailbox|private|privateoffice|cabinet|accueil|service|services|group|correspondence|press|noreply|hr|rh|dg|pmo|inbox)([._-]|\d|$)/i;

export interface CountedValue {
  value: string;
  rows: number;
}

/** Cells come trimmed from the table, but for literal ones (kept as written). */
const cell = (r: Record<string, string>, column: string | undefined): string =>
  column === undefined ? '' : (r[column] ?? '');

/** The name of a row as the mapping builds it (full name, else first and last names). */
export function nameOf(r: Record<string, string>, mapping: ColumnMapping): string {
  const c = mapping.columns;
  const full = cell(r, c.name);
  if (full !== '') return full;
  // Asked several times for each row of a 100k-row file: no array for two cells.
  const first = cell(r, c.firstName);
  const last = cell(r, c.lastName);
  return first === '' ? last : last === '' ? first : `${first} ${last}`;
}

const sorted = (counts: Map<string, number>): CountedValue[] =>
  [...counts].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows);

/** What the file shows of each quirk, for the current mapping (the mapping step's counts). */
export interface Findings {
  rows: number;
  /** Rows with a blank manager cell: tops of the tree. */
  blankManagers: number;
  /** Manager values that look like top-of-tree markers, with their rows. */
  topMarkers: CountedValue[];
  selfReports: number;
  /** Rows whose id another row has (all but the first of each). */
  duplicateIds: number;
  /** The same, with ids qualified by the organisation column. */
  duplicateIdsScoped?: number;
  organisations: number;
  vacancies: CountedValue[];
  teamEmails: CountedValue[];
  /** Rows that are headcount (N people of a grade), not one person. */
  headcountRows: number;
  /** Rows whose id another organisation's stored records use (several files side by side). */
  idsUsedElsewhere?: number;
}

function duplicates(table: FlatTable, keyOf: (r: Record<string, string>) => string): number {
  const seen = new Set<string>();
  let dup = 0;
  for (const r of table.rows) {
    const k = keyOf(r);
    if (k === '') continue;
    if (seen.has(k)) dup++;
    else seen.add(k);
  }
  return dup;
}

/** A row that stands for N people of a grade (an organogram's junior staff), not a person. */
export function isHeadcountRow(r: Record<string, string>, mapping: ColumnMapping): boolean {
  const c = mapping.columns;
  if (c.headcount === undefined && c.fte === undefined) return false;
  const name = nameOf(r, mapping);
  if (name !== '' && !isVacancyName(name, mapping)) return false;
  if (c.id !== undefined && cell(r, c.id) !== '') return false;
  return cell(r, c.headcount) !== '' || cell(r, c.fte) !== '';
}

/** Each mapping's vacancy markers as keys, built once: this is asked for every row. */
const markerKeys = new WeakMap<readonly string[], ReadonlySet<string>>();

export function isVacancyName(name: string, mapping: ColumnMapping): boolean {
  const markers = mapping.vacancyMarkers;
  if (markers === undefined) return false;
  let keys = markerKeys.get(markers);
  if (!keys) markerKeys.set(markers, (keys = new Set(markers.map(markerKey))));
  return keys.has(markerKey(name));
}

export function findings(table: FlatTable, mapping: ColumnMapping): Findings {
  const c = mapping.columns;
  const rows = table.rows;
  // Two passes over the rows, no array of 100k values in between (the mapping step asks this
  // for every file, and detection once more): ids and their repeats first, the rest after.
  const ids = new Set<string>();
  let dup = 0;
  if (c.id !== undefined) {
    for (const r of rows) {
      const id = cell(r, c.id);
      if (id === '') continue;
      if (ids.has(id)) dup++;
      else ids.add(id);
    }
  }
  let blank = 0;
  let self = 0;
  let headcountRows = 0;
  const markers = new Map<string, number>();
  const known = new Set(TOP_MARKERS);
  const orgs = new Set<string>();
  const vacancyWords = new Set(VACANCY_MARKERS);
  const noVacancies = { ...mapping, vacancyMarkers: [] };
  const vacancies = new Map<string, number>();
  const emails = new Map<string, number>();
  const hasNames = c.name !== undefined || c.firstName !== undefined || c.lastName !== undefined;
  for (const r of rows) {
    if (c.manager !== undefined) {
      const m = cell(r, c.manager);
      if (m === '') blank++;
      else if (m === cell(r, c.id) && c.id !== undefined) self++;
      else if (known.has(markerKey(m)) && !ids.has(m)) markers.set(m, (markers.get(m) ?? 0) + 1);
    }
    if (c.organisation !== undefined) {
      const o = cell(r, c.organisation);
      if (o !== '') orgs.add(o);
    }
    if (hasNames && !isHeadcountRow(r, noVacancies)) {
      const n = nameOf(r, mapping);
      if (n === '' || vacancyWords.has(markerKey(n))) vacancies.set(n, (vacancies.get(n) ?? 0) + 1);
    }
    if (c.email !== undefined) {
      const e = cell(r, c.email).toLowerCase();
      if (e.includes('@')) emails.set(e, (emails.get(e) ?? 0) + 1);
    }
    if (isHeadcountRow(r, mapping)) headcountRows++;
  }
  const scoped =
    c.id !== undefined && c.organisation !== undefined && dup > 0
      ? duplicates(table, (r) =>
          cell(r, c.id) === '' ? '' : `${cell(r, c.organisation)}\u0000${cell(r, c.id)}`,
        )
      : undefined;
  return {
    rows: rows.length,
    blankManagers: blank,
    topMarkers: sorted(markers),
    selfReports: self,
    duplicateIds: dup,
    ...(scoped !== undefined ? { duplicateIdsScoped: scoped } : {}),
    organisations: orgs.size,
    vacancies: sorted(vacancies),
    teamEmails: sorted(teamEmails(emails)),
    headcountRows,
  };
}

/** Addresses used by several rows, or whose local part names a team mailbox. */
function teamEmails(counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [email, n] of counts) {
    const local = email.slice(0, email.indexOf('@'));
    if (n >= 2 || TEAM_MAILBOX.test(local)) out.set(email, n);
  }
  return out;
}

/** The proposals for a freshly detected mapping: every quirk found is turned on, visibly. */
export function proposeQuirks(
  table: FlatTable,
  mapping: ColumnMapping,
): Pick<ColumnMapping, 'topMarkers' | 'selfIsTop' | 'scopeIds' | 'vacancyMarkers' | 'teamEmails'> {
  const f = findings(table, mapping);
  const out: ReturnType<typeof proposeQuirks> = {};
  if (f.topMarkers.length > 0) out.topMarkers = f.topMarkers.map((m) => m.value);
  if (f.selfReports > 0) out.selfIsTop = true;
  if (f.duplicateIdsScoped !== undefined && f.duplicateIdsScoped < f.duplicateIds / 2)
    out.scopeIds = true;
  if (f.vacancies.length > 0) out.vacancyMarkers = f.vacancies.map((v) => v.value);
  if (f.teamEmails.length > 0) out.teamEmails = f.teamEmails.map((t) => t.value);
  return out;
}
