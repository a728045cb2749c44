/**
 * Flat people lists (CSV, or JSON arrays as HR systems and SCIM export them) → org file input.
 * One person per row becomes a person, a position (title, reportsTo from the manager column)
 * and, through the unit column, a unit. The result still goes through `validateOrg`; problems
 * found there are located back to "row N, column X" by `locateFlatProblem`.
 */
import Papa from 'papaparse';
import { csvSyntaxProblems } from './formats/csvSyntax';
import { unguardCsvCell } from './csvCell';
import type { ColumnMapping, MappedField } from './columnMapping';
import type { Problem } from '../domain/problems';
import { FORMAT_VERSION } from '../domain/schema';
import { problemSource, tablePath } from './problemSource';
import { slug } from './slug';

/** The id word of a unit whose name has no letter or digit. */
const UNIT = 'unit';

/** A table of string cells, keyed by heading. Row 1 of a CSV is its heading row. */
export interface FlatTable {
  headings: string[];
  rows: Record<string, string>[];
  /** Number of the first data row as the user sees it (2 for CSV, 1 for JSON lists). */
  firstRowNumber: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function row(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Parse CSV text (any common delimiter, quoted fields, BOM) into a table. */
export function parseCsvTable(text: string): { table: FlatTable; problems: Problem[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
  });
  const problems = csvSyntaxProblems(result.errors);
  const [header = [], ...body] = result.data;
  const headings = distinctHeadings(
    header.map((h, i) => h.trim() || `column ${i + 1}`),
    problems,
  );
  const rows = body.map((cells) => {
    const r = row();
    headings.forEach((h, i) => {
      if (!FORBIDDEN_KEYS.has(h)) r[h] = unguardCsvCell(cells[i] ?? '');
    });
    return r;
  });
  if (headings.length === 0) {
    problems.push({
      path: '$',
      severity: 'error',
      code: 'empty-file',
      message: { en: 'The CSV file is empty.', fr: 'Le fichier CSV est vide.' },
    });
  }
  return {
    table: { headings: headings.filter((h) => !FORBIDDEN_KEYS.has(h)), rows, firstRowNumber: 2 },
    problems,
  };
}

/**
 * Two columns with the same heading would share one cell per row (the last one silently winning):
 * the later ones are renamed `Email (2)`, `Email (3)`, so each keeps its values and can be chosen
 * in the mapping, and a warning names them.
 */
export function distinctHeadings(headings: string[], problems: Problem[]): string[] {
  const used = new Set(headings.map((h) => h.toLowerCase()));
  const firstColumn = new Map<string, number>();
  return headings.map((h, i) => {
    const key = h.toLowerCase();
    const first = firstColumn.get(key);
    if (first === undefined) {
      firstColumn.set(key, i);
      return h;
    }
    let n = 2;
    while (used.has(`${h} (${n})`.toLowerCase())) n++;
    const renamed = `${h} (${n})`;
    used.add(renamed.toLowerCase());
    problems.push({
      path: `row 1, column ${i + 1}`,
      severity: 'warning',
      code: 'duplicate-heading',
      line: 1,
      message: {
        en: `Columns ${first + 1} and ${i + 1} are both headed "${h}": column ${i + 1} is read as "${renamed}". Check that the mapping uses the right one, or rename it in the file.`,
        fr: `Les colonnes ${first + 1} et ${i + 1} ont le même titre « ${h} » : la colonne ${i + 1} est lue comme « ${renamed} ». Vérifiez que la correspondance utilise la bonne, ou renommez-la dans le fichier.`,
      },
    });
    return renamed;
  });
}

/** Flatten nested JSON into dotted headings: `{manager:{value:"7"}}` → `manager.value`, arrays as `[0]`. */
function flatten(value: unknown, prefix: string, out: Record<string, string>, depth: number): void {
  if (depth > 6) return;
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    // The primary entry first (SCIM marks it), else the first.
    const items: readonly unknown[] = value;
    const primary = items.find(
      (v) => v && typeof v === 'object' && (v as { primary?: unknown }).primary === true,
    );
    const first = primary ?? items[0];
    if (first !== undefined) flatten(first, `${prefix}[0]`, out, depth + 1);
    return;
  }
  if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      flatten(
        (value as Record<string, unknown>)[key],
        prefix ? `${prefix}.${key}` : key,
        out,
        depth + 1,
      );
    }
    return;
  }
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (prefix !== '' && scalar) out[prefix] = String(value).trim();
}

/** The records of a flat JSON list: a bare array, a SCIM ListResponse (`Resources`), or `{people|employees|users|data: [...]}`. */
export function flatJsonRecords(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input as unknown[];
  if (input === null || typeof input !== 'object') return undefined;
  const o = input as Record<string, unknown>;
  if ('formatVersion' in o || 'positions' in o) return undefined;
  for (const key of ['Resources', 'resources', 'people', 'employees', 'users', 'data', 'items']) {
    const records = o[key];
    if (Array.isArray(records)) return records as unknown[];
  }
  return undefined;
}

/** A flat JSON list as a table, headings in first-seen order. */
export function jsonTable(records: readonly unknown[]): FlatTable {
  const headings = new Set<string>();
  const rows = records.map((record) => {
    const r = row();
    if (record !== null && typeof record === 'object') flatten(record, '', r, 0);
    for (const h of Object.keys(r)) headings.add(h);
    return r;
  });
  return { headings: [...headings], rows, firstRowNumber: 1 };
}

/** Make a valid record id from any source value ("E 001" → "E-001", "jane@x.com" kept). */
export function toId(raw: string): string {
  const cleaned = raw
    .trim()
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .slice(0, 180);
  if (cleaned === '') return '';
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `x${cleaned}`;
}

export const positionIdOf = (personId: string): string => `pos-${personId}`;

/** What `flatToOrg` produces: plain records, not yet validated. */
export interface FlatOrgInput {
  formatVersion: number;
  organisation: unknown;
  organisations?: { id: string; name: string }[];
  units: FlatUnit[];
  positions: FlatPosition[];
  people: FlatPerson[];
  topics: unknown[];
}
export interface FlatUnit {
  id: string;
  name: string;
  type: string;
  parentId?: string;
  orgId?: string;
  contact?: { email: string };
}
export interface FlatPosition {
  id: string;
  title: string;
  /** Absent on headcount seats (N people of a grade), which have no holders. */
  holders?: string[];
  unitId?: string;
  reportsTo?: string;
  orgId?: string;
  contact?: { email: string };
  headcount?: { count: number; fte?: number; grade?: string };
}
export type FlatPerson = { id: string; name: string } & Record<string, unknown>;

export interface FlatImportOptions {
  /** The organisation's name (e.g. the file name without extension). */
  orgName: string;
}

export interface FlatImportResult {
  input: FlatOrgInput;
  problems: Problem[];
  /** Row index (0-based in `table.rows`) of each person/position, in order. */
  rowIndexes: number[];
}

interface Row {
  index: number;
  personId: string;
  cells: Record<string, string>;
}

function cellProblem(
  table: FlatTable,
  index: number,
  column: string | undefined,
  severity: Problem['severity'],
  code: string,
  message: Problem['message'],
): Problem {
  const rowNumber = index + table.firstRowNumber;
  return {
    path: column === undefined ? `row ${rowNumber}` : `row ${rowNumber}, column ${column}`,
    severity,
    code,
    message,
  };
}

/** Map a flat table onto the org model (people, one position each, units). */
export function flatToOrg(
  table: FlatTable,
  mapping: ColumnMapping,
  options: FlatImportOptions,
): FlatImportResult {
  const c = mapping.columns;
  const get = (r: Record<string, string>, field: MappedField): string => {
    const column = c[field];
    return column === undefined ? '' : (r[column] ?? '').trim();
  };
  const problems: Problem[] = [];
  const rows: Row[] = [];
  const byId = new Map<string, Row>();
  const byRawId = new Map<string, Row>();
  const byEmail = new Map<string, Row>();

  table.rows.forEach((cells, index) => {
    const rawId = get(cells, 'id');
    let personId = toId(rawId);
    if (personId === '')
      personId = toId(get(cells, 'email')) || `row-${index + table.firstRowNumber}`;
    if (byId.has(personId)) {
      problems.push(
        cellProblem(table, index, c.id, 'error', 'duplicate-id', {
          en: `Duplicate id "${rawId || personId}": another row already uses it.`,
          fr: `Identifiant "${rawId || personId}" en double : une autre ligne l'utilise déjà.`,
        }),
      );
      return;
    }
    const r = { index, personId, cells };
    rows.push(r);
    byId.set(personId, r);
    if (rawId !== '') byRawId.set(rawId, r);
    const email = get(cells, 'email').toLowerCase();
    if (email !== '' && !byEmail.has(email)) byEmail.set(email, r);
  });

  // Units: one per distinct unit name.
  const unitIdByName = new Map<string, string>();
  const usedUnitIds = new Set<string>();
  const units: FlatUnit[] = [];
  for (const r of rows) {
    const name = get(r.cells, 'unit');
    if (name === '' || unitIdByName.has(name)) continue;
    let id = `u-${slug(name, UNIT)}`;
    for (let n = 2; usedUnitIds.has(id); n++) id = `u-${slug(name, UNIT)}-${n}`;
    usedUnitIds.add(id);
    unitIdByName.set(name, id);
    units.push({ id, name, type: 'department' });
  }

  const managerOf = new Map<string, string>();
  const people: FlatPerson[] = [];
  const positions: FlatPosition[] = [];
  for (const r of rows) {
    const first = get(r.cells, 'firstName');
    const last = get(r.cells, 'lastName');
    const name =
      get(r.cells, 'name') ||
      [first, last].filter(Boolean).join(' ') ||
      get(r.cells, 'email') ||
      r.personId;
    const person: FlatPerson = { id: r.personId, name };
    const email = get(r.cells, 'email');
    if (email) person.email = email;
    const phone = get(r.cells, 'phone');
    if (phone) person.phone = phone;
    const chat = get(r.cells, 'chat');
    if (chat) person.chat = chat;
    const location = get(r.cells, 'location');
    if (location) person.location = location;
    people.push(person);

    const position: FlatPosition = {
      id: positionIdOf(r.personId),
      title: get(r.cells, 'title') || name,
      holders: [r.personId],
    };
    const unitName = get(r.cells, 'unit');
    const unitId = unitName === '' ? undefined : unitIdByName.get(unitName);
    if (unitId !== undefined) position.unitId = unitId;
    const managerRef = get(r.cells, 'manager');
    if (managerRef !== '' && managerRef !== 'null' && managerRef !== 'undefined') {
      const manager =
        mapping.managerMatch === 'email'
          ? byEmail.get(managerRef.toLowerCase())
          : (byRawId.get(managerRef) ?? byId.get(toId(managerRef)));
      if (manager === undefined) {
        problems.push(
          cellProblem(table, r.index, c.manager, 'error', 'unknown-manager', {
            en: `Manager "${managerRef}" is not in the list (matched by ${mapping.managerMatch === 'email' ? 'e-mail' : 'id'}).`,
            fr: `Le responsable "${managerRef}" n'est pas dans la liste (recherché par ${mapping.managerMatch === 'email' ? 'e-mail' : 'identifiant'}).`,
          }),
        );
      } else {
        position.reportsTo = positionIdOf(manager.personId);
        managerOf.set(r.personId, manager.personId);
      }
    }
    positions.push(position);
  }

  setUnitParents(units, rows, managerOf, (personId) => {
    const r = byId.get(personId);
    const name = r ? get(r.cells, 'unit') : '';
    return name ? unitIdByName.get(name) : undefined;
  });

  const input: FlatOrgInput = {
    formatVersion: FORMAT_VERSION,
    organisation: { name: options.orgName || 'Organisation' },
    units,
    positions,
    people,
    topics: [],
  };
  return { input, problems, rowIndexes: rows.map((r) => r.index) };
}

/**
 * A unit's parent is the unit of the manager of its most senior member (the first member whose
 * manager is in another unit). Links that would close a loop are left out.
 */
function setUnitParents(
  units: { id: string; parentId?: string }[],
  rows: readonly Row[],
  managerOf: ReadonlyMap<string, string>,
  unitOfPerson: (personId: string) => string | undefined,
): void {
  const parent = new Map<string, string>();
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const r of rows) {
    const unit = unitOfPerson(r.personId);
    if (unit === undefined || parent.has(unit)) continue;
    const manager = managerOf.get(r.personId);
    const managerUnit = manager === undefined ? undefined : unitOfPerson(manager);
    if (managerUnit !== undefined && managerUnit !== unit) parent.set(unit, managerUnit);
  }
  for (const unit of units) {
    const candidate = parent.get(unit.id);
    if (candidate === undefined) continue;
    // Walk up from the candidate through parents already set; a loop back to us means no parent.
    let cur: string | undefined = candidate;
    const seen = new Set<string>();
    while (cur !== undefined && cur !== unit.id && !seen.has(cur)) {
      seen.add(cur);
      cur = unitById.get(cur)?.parentId;
    }
    if (cur !== unit.id) unit.parentId = candidate;
  }
}

/**
 * Rewrite a validation problem's JSON path as a CSV location. People and positions are built
 * one per kept row, in row order, so index i is the i-th kept row.
 */
export function locateFlatProblem(
  problem: Problem,
  table: FlatTable,
  mapping: ColumnMapping,
  rowIndexes: readonly number[],
  /** Row of each position when positions are not one per row (see `mergePeopleList`). */
  positionRowIndexes?: readonly (number | undefined)[],
): Problem {
  const source = problemSource(problem.path, mapping);
  if (!source) return problem;
  const rows = source.kind === 'positions' && positionRowIndexes ? positionRowIndexes : rowIndexes;
  const rowIndex = rows[source.index];
  if (rowIndex === undefined) return problem;
  return { ...problem, path: tablePath(rowIndex + table.firstRowNumber, source.column) };
}
