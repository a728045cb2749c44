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

/**
 * What one pass over the rows counts for a set of columns. Nothing here depends on the mapping's
 * quirk choices, so detection (`proposeQuirks`) and the mapping step (`findings` with the
 * proposals turned on) share one pass per table and columns (a 100k-row file: two passes of
 * ~0.3 s each became one). The headcount rows, which do depend on the vacancy markers (a row
 * named "Vacant" with an FTE and no id is one), are kept as candidates by name.
 */
interface RowCounts {
  dup: number;
  blank: number;
  self: number;
  markers: Map<string, number>;
  orgs: number;
  vacancies: Map<string, number>;
  emails: Map<string, number>;
  /** Rows that are headcount rows whatever the markers (no name). */
  headcountUnnamed: number;
  /** Rows that are headcount rows when their name is a vacancy marker, by name. */
  headcountNamed: Map<string, number>;
  scoped: number | undefined;
}

/** One entry per table and columns (the table is read-only once built). */
const countCache = new WeakMap<FlatTable, Map<string, RowCounts>>();

function rowCounts(table: FlatTable, mapping: ColumnMapping): RowCounts {
  const key = JSON.stringify(mapping.columns);
  let byColumns = countCache.get(table);
  const cached = byColumns?.get(key);
  if (cached) return cached;
  const counts = countRows(table, mapping.columns);
  if (!byColumns) countCache.set(table, (byColumns = new Map<string, RowCounts>()));
  byColumns.set(key, counts);
  return counts;
}

function countRows(table: FlatTable, c: ColumnMapping['columns']): RowCounts {
  const rows = table.rows;
  const columnsOnly: ColumnMapping = { columns: c, managerMatch: 'id' };
  // Two passes over the rows, no array of 100k values in between: ids and their repeats
  // first, the rest after.
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
  let headcountUnnamed = 0;
  const headcountNamed = new Map<string, number>();
  const markers = new Map<string, number>();
  const known = new Set(TOP_MARKERS);
  const orgs = new Set<string>();
  const vacancyWords = new Set(VACANCY_MARKERS);
  const vacancies = new Map<string, number>();
  const emails = new Map<string, number>();
  const hasNames = c.name !== undefined || c.firstName !== undefined || c.lastName !== undefined;
  const hasCounts = c.headcount !== undefined || c.fte !== undefined;
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
    // `isHeadcountRow` taken apart: everything but "the name is a vacancy marker".
    const n = hasNames || hasCounts ? nameOf(r, columnsOnly) : '';
    const countedRow =
      hasCounts &&
      (c.id === undefined || cell(r, c.id) === '') &&
      (cell(r, c.headcount) !== '' || cell(r, c.fte) !== '');
    if (countedRow) {
      if (n === '') headcountUnnamed++;
      else headcountNamed.set(n, (headcountNamed.get(n) ?? 0) + 1);
    }
    // A vacancy is a named row that is not a headcount row without markers (`n !== ''` or not
    // counted), whose name is empty or a vacancy word.
    if (hasNames && !(countedRow && n === '')) {
      if (n === '' || vacancyWords.has(markerKey(n))) vacancies.set(n, (vacancies.get(n) ?? 0) + 1);
    }
    if (c.email !== undefined) {
      const e = cell(r, c.email).toLowerCase();
      if (e.includes('@')) emails.set(e, (emails.get(e) ?? 0) + 1);
    }
  }
  const scoped =
    c.id !== undefined && c.organisation !== undefined && dup > 0
      ? duplicates(table, (r) =>
          cell(r, c.id) === '' ? '' : `${cell(r, c.organisation)}\u0000${cell(r, c.id)}`,
        )
      : undefined;
  return {
    dup,
    blank,
    self,
    markers,
    orgs: orgs.size,
    vacancies,
    emails,
    headcountUnnamed,
    headcountNamed,
    scoped,
  };
}

export function findings(table: FlatTable, mapping: ColumnMapping): Findings {
  const counts = rowCounts(table, mapping);
  let headcountRows = counts.headcountUnnamed;
  for (const [name, n] of counts.headcountNamed)
    if (isVacancyName(name, mapping)) headcountRows += n;
  return {
    rows: table.rows.length,
    blankManagers: counts.blank,
    topMarkers: sorted(counts.markers),
    selfReports: counts.self,
    duplicateIds: counts.dup,
    ...(counts.scoped !== undefined ? { duplicateIdsScoped: counts.scoped } : {}),
    organisations: counts.orgs,
    vacancies: sorted(counts.vacancies),
    teamEmails: sorted(teamEmails(counts.emails)),
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
