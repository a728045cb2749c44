/**
 * Proposes a mapping for a table: columns by their headings (headings.ts), then by their content
 * when headings say nothing useful (a column whose values are the values of the id column is the
 * manager column; a column of addresses is the e-mail), then the quirks of the file (quirks.ts).
 * Everything found is a proposal: it is shown in the mapping step and printed by the CLI.
 */
import { normalizeDn } from './formats/ldif';
import type { FlatTable } from './formats/table';
import { headingScore, normalizeHeading } from './headings';
import type { ColumnMapping, MappedField } from './mapping';
import { proposeQuirks } from './quirks';

/** Fields in order of how specific their headings are: "Manager Email" must not become "Email". */
const ORDER: MappedField[] = [
  'manager',
  'id',
  'firstName',
  'lastName',
  'name',
  'title',
  'email',
  'phone',
  'chat',
  'organisation',
  'unit',
  'location',
  'grade',
  'fte',
  'headcount',
];

const SAMPLE = 5_000;

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(value.trim());
}

/** How values are compared when matching a manager to a row: DNs and addresses without case. */
export function matchKey(value: string): string {
  const v = value.trim();
  if (/^[a-z]+=/i.test(v) && v.includes(',')) return normalizeDn(v);
  return v.toLowerCase();
}

function byHeadings(headings: readonly string[]): Partial<Record<MappedField, string>> {
  const columns: Partial<Record<MappedField, string>> = {};
  const taken = new Set<string>();
  for (const field of ORDER) {
    let best: string | undefined;
    let bestScore = -1;
    for (const heading of headings) {
      if (taken.has(heading)) continue;
      const score = headingScore(heading, field);
      if (score > bestScore) {
        best = heading;
        bestScore = score;
      }
    }
    if (best !== undefined && bestScore >= 0) {
      columns[field] = best;
      taken.add(best);
    }
  }
  return columns;
}

/**
 * "Nom" alone is the full name; next to "Prénom" it is the family name (French exports write
 * `Nom;Prénom`). The same for "Name" next to "First name".
 */
function firstAndLastName(columns: Partial<Record<MappedField, string>>): void {
  const name = columns.name;
  if (name === undefined || columns.lastName !== undefined || columns.firstName === undefined)
    return;
  if (['nom', 'name', 'nomdusage'].includes(normalizeHeading(name))) {
    columns.lastName = name;
    delete columns.name;
  }
}

function sampleValues(rows: readonly Record<string, string>[], column: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length && out.length < SAMPLE; i++) {
    const v = (rows[i]![column] ?? '').trim();
    if (v !== '') out.push(v);
  }
  return out;
}

function valueSet(rows: readonly Record<string, string>[], column: string): Set<string> {
  const set = new Set<string>();
  for (const r of rows) {
    const v = (r[column] ?? '').trim();
    if (v !== '') set.add(matchKey(v));
  }
  return set;
}

/** Share of `values` found in `set`. */
function hitRatio(values: readonly string[], set: ReadonlySet<string>): number {
  if (values.length === 0) return 0;
  let hits = 0;
  for (const v of values) if (set.has(matchKey(v))) hits++;
  return hits / values.length;
}

function emailByContent(
  table: FlatTable,
  columns: Partial<Record<MappedField, string>>,
): string | undefined {
  const used = new Set(Object.values(columns));
  for (const h of table.headings) {
    if (used.has(h)) continue;
    const values = sampleValues(table.rows, h);
    if (values.length >= 3 && values.filter(looksLikeEmail).length >= values.length * 0.8) return h;
  }
  return undefined;
}

export interface ManagerKey {
  /** The column the manager values point into. */
  column: string;
  /** Share of the manager values found there (0..1). */
  ratio: number;
}

/** Which column the manager values are the values of (the id, the e-mail, an LDAP dn, a name…). */
export function managerKeyOf(
  table: FlatTable,
  managerColumn: string,
  preferred: readonly (string | undefined)[],
): ManagerKey | undefined {
  const values = sampleValues(table.rows, managerColumn);
  if (values.length === 0) return undefined;
  let best: ManagerKey | undefined;
  const candidates = [
    ...preferred.filter((h): h is string => h !== undefined),
    ...table.headings.filter((h) => !preferred.includes(h)),
  ];
  for (const h of candidates) {
    if (h === managerColumn) continue;
    const ratio = hitRatio(values, valueSet(table.rows, h));
    // The preferred columns come first and win ties: `id` over a copy of it.
    if (ratio > (best?.ratio ?? 0) + 0.05) best = { column: h, ratio };
    // No later column can beat this one by the margin: the other columns (a full pass over
    // every row each, 20 columns of a 100k-row file) need not be read.
    if (best && best.ratio + 0.05 >= 1) break;
  }
  return best;
}

/** A column whose values are (mostly) values of the id column, repeated: the manager column. */
function managerByContent(
  table: FlatTable,
  columns: Partial<Record<MappedField, string>>,
): string | undefined {
  const key = columns.id ?? columns.email;
  if (key === undefined) return undefined;
  const keys = valueSet(table.rows, key);
  const used = new Set(Object.values(columns));
  let best: string | undefined;
  let bestRatio = 0.5;
  for (const h of table.headings) {
    if (used.has(h)) continue;
    const values = sampleValues(table.rows, h);
    if (values.length < 2) continue;
    const ratio = hitRatio(values, keys);
    // A copy of the id column (every value once) is not a manager column.
    const distinct = new Set(values).size;
    if (ratio > bestRatio && distinct < values.length) {
      best = h;
      bestRatio = ratio;
    }
  }
  return best;
}

export function detectMapping(table: FlatTable): ColumnMapping {
  const columns = byHeadings(table.headings);
  firstAndLastName(columns);
  if (columns.email === undefined) {
    const email = emailByContent(table, columns);
    if (email !== undefined) columns.email = email;
  }
  if (columns.manager === undefined) {
    const manager = managerByContent(table, columns);
    if (manager !== undefined) columns.manager = manager;
  }
  const mapping: ColumnMapping = { columns, managerMatch: 'id' };
  // A headcount file (no ids, no names) points at posts of another file: no key to find here.
  const headcountFile =
    columns.id === undefined &&
    columns.name === undefined &&
    columns.firstName === undefined &&
    columns.lastName === undefined &&
    (columns.fte !== undefined || columns.headcount !== undefined);
  if (columns.manager !== undefined && !headcountFile) {
    const key = managerKeyOf(table, columns.manager, [columns.id, columns.email]);
    if (key && key.column === columns.email && key.column !== columns.id) {
      mapping.managerMatch = 'email';
    } else if (key && key.column !== columns.id) {
      if (columns.id === undefined && isUnique(table, key.column)) columns.id = key.column;
      else {
        mapping.managerMatch = 'column';
        mapping.managerKey = key.column;
      }
    } else if (!key && /mail|courriel/i.test(columns.manager) && columns.email) {
      mapping.managerMatch = 'email';
    }
  }
  return { ...mapping, ...proposeQuirks(table, mapping) };
}

function isUnique(table: FlatTable, column: string): boolean {
  const seen = new Set<string>();
  for (const r of table.rows) {
    const v = (r[column] ?? '').trim();
    if (v === '' || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}
