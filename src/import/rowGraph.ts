/**
 * Rows → who reports to whom, with the rows that cannot be placed set aside (never dropped
 * unlisted): a later row repeating an id, a manager that is not in the file, a loop among a few
 * rows, and the rows under a row set aside. Ids are qualified `org:id` when the mapping scopes
 * them by organisation.
 */
import type { BilingualMessage } from '../domain/problems';
import { matchKey } from './detect';
import { rowNumberOf, type FlatTable } from './formats/table';
import { markerKey, type ColumnMapping } from './mapping';
import { isHeadcountRow, isVacancyName, nameOf } from './quirks';
import { slug, toId } from './slug';

/** What `slug` gives a name of symbols only here (the fallback these ids always had). */
const ORG = 'org';

export interface SetAsideRow {
  /** 0-based index in `table.rows`. */
  index: number;
  /** As the user sees it in the file. */
  rowNumber: number;
  code: 'duplicate-id' | 'unknown-manager' | 'cycle' | 'manager-set-aside' | 'invalid-row';
  reason: BilingualMessage;
}

export type RowKind = 'person' | 'vacancy' | 'headcount';

export interface GraphRow {
  index: number;
  kind: RowKind;
  /** Organisation id (slug of the organisation cell), when there is an organisation column. */
  org?: string;
  /** The record id: the person's, or the seat's base for vacancies and headcount rows. */
  key: string;
  /** Index of the manager's row, or a position id outside the file (companion files). */
  manager?: { row: number } | { positionId: string };
}

export interface RowGraph {
  rows: GraphRow[];
  setAside: SetAsideRow[];
  /** Organisation id → its name as written. */
  organisations: Map<string, string>;
}

/** Cells come trimmed from the table, but for literal ones (kept as written). */
const cell = (r: Record<string, string>, column: string | undefined): string =>
  column === undefined ? '' : (r[column] ?? '');

/** The column manager values point into. */
export function managerKeyColumn(mapping: ColumnMapping): string | undefined {
  const c = mapping.columns;
  if (mapping.managerMatch === 'email') return c.email;
  if (mapping.managerMatch === 'column') return mapping.managerKey;
  return c.id;
}

export interface GraphOptions {
  /** Ids of positions already stored, for files that hang seats under them (headcount files). */
  knownPositionIds?: ReadonlySet<string>;
  /** Rows set aside by an earlier pass (validation errors). */
  alsoSetAside?: ReadonlyMap<number, SetAsideRow>;
}

export function buildRowGraph(
  table: FlatTable,
  mapping: ColumnMapping,
  options: GraphOptions = {},
): RowGraph {
  const c = mapping.columns;
  const setAside = new Map<number, SetAsideRow>(options.alsoSetAside ?? []);
  const aside = (index: number, code: SetAsideRow['code'], reason: BilingualMessage) => {
    if (!setAside.has(index))
      setAside.set(index, { index, rowNumber: rowNumberOf(table, index), code, reason });
  };
  const organisations = new Map<string, string>();
  const orgIdByName = new Map<string, string>();
  const orgOf = (r: Record<string, string>): string | undefined => {
    const name = cell(r, c.organisation);
    if (name === '') return undefined;
    let id = orgIdByName.get(name);
    if (id === undefined) {
      id = slug(name, ORG);
      for (let n = 2; organisations.has(id); n++) id = `${slug(name, ORG)}-${n}`;
      orgIdByName.set(name, id);
      organisations.set(id, name);
    }
    return id;
  };
  const scoped = mapping.scopeIds === true && c.organisation !== undefined;
  const qualify = (org: string | undefined, id: string) =>
    scoped && org !== undefined ? `${org}:${id}` : id;

  // 1. Keys; a later row repeating an id is set aside.
  const rows: GraphRow[] = [];
  const byKey = new Map<string, GraphRow>();
  table.rows.forEach((r, index) => {
    const org = orgOf(r);
    const kind: RowKind = isHeadcountRow(r, mapping)
      ? 'headcount'
      : isVacancyName(nameOf(r, mapping), mapping)
        ? 'vacancy'
        : 'person';
    const raw = cell(r, c.id);
    let id = toId(raw);
    let key: string;
    if (kind === 'headcount' && id === '') {
      // A headcount row has no id of its own: its post, grade and title name it, inside its
      // organisation, so importing the same file again changes nothing and two departments'
      // files never collide (row numbers would do both).
      const base = toId(
        ['hc', cell(r, c.manager), slug(cell(r, c.grade), ORG), slug(cell(r, c.title), ORG)]
          .filter((part) => part !== '' && part !== 'org')
          .join('-'),
      );
      const scopedBase = org !== undefined ? `${org}:${base}` : base;
      key = scopedBase;
      for (let n = 2; byKey.has(key); n++) key = `${scopedBase}-${n}`;
    } else {
      if (id === '') id = toId(cell(r, c.email)) || `row-${rowNumberOf(table, index)}`;
      key = qualify(org, id);
    }
    const first = byKey.get(key);
    if (first !== undefined) {
      const firstRow = rowNumberOf(table, first.index);
      aside(index, 'duplicate-id', {
        en: `Id "${raw || id}" is already used by row ${firstRow}${scoped ? ' of the same organisation' : ''}.`,
        fr: `L’identifiant «\u00a0${raw || id}\u00a0» est déjà utilisé par la ligne ${firstRow}${scoped ? ' de la même organisation' : ''}.`,
      });
      return;
    }
    if (setAside.has(index)) return;
    const g: GraphRow = { index, kind, key, ...(org !== undefined ? { org } : {}) };
    rows.push(g);
    byKey.set(key, g);
  });

  // 2. Managers, matched on the key column (scoped by organisation when ids are).
  const keyColumn = managerKeyColumn(mapping);
  const lookup = new Map<string, GraphRow>();
  for (const g of rows) {
    const v = keyColumn === undefined ? '' : cell(table.rows[g.index]!, keyColumn);
    if (v === '') continue;
    const k = scoped ? `${g.org ?? ''}\u0000${matchKey(v)}` : matchKey(v);
    if (!lookup.has(k)) lookup.set(k, g);
  }
  const tops = new Set((mapping.topMarkers ?? []).map(markerKey));
  for (const g of rows) {
    const r = table.rows[g.index]!;
    const ref = cell(r, c.manager);
    if (ref === '') continue;
    const own = keyColumn === undefined ? '' : cell(r, keyColumn);
    const isSelf = own !== '' && matchKey(own) === matchKey(ref);
    if (isSelf && mapping.selfIsTop) continue;
    let found =
      lookup.get(scoped ? `${g.org ?? ''}\u0000${matchKey(ref)}` : matchKey(ref)) ??
      // An explicitly qualified reference to another organisation: `org2:123`.
      (scoped && /^[^:]+:.+/.test(ref) ? byKey.get(ref) : undefined);
    if (found === undefined && tops.has(markerKey(ref))) continue;
    if (found === g && !isSelf) found = undefined;
    if (found !== undefined) {
      g.manager = { row: found.index };
      continue;
    }
    const stored = options.knownPositionIds
      ? storedPosition(ref, g.org, options.knownPositionIds)
      : undefined;
    if (stored !== undefined) {
      g.manager = { positionId: stored };
      continue;
    }
    aside(g.index, 'unknown-manager', {
      en: `Manager "${ref}" is not in the file${scoped && g.org ? ` (looked for in ${g.org})` : ''}.`,
      fr: `Le responsable «\u00a0${ref}\u00a0» n’est pas dans le fichier${scoped && g.org ? ` (recherché dans ${g.org})` : ''}.`,
    });
  }

  // 3. Loops: every row of a loop is set aside (none of them can be placed).
  const rowByIndex = new Map(rows.map((g) => [g.index, g]));
  const state = new Map<number, 1 | 2>(); // 1 on the current path, 2 done
  for (const start of rows) {
    const path: GraphRow[] = [];
    let cur: GraphRow | undefined = start;
    while (cur !== undefined && !state.has(cur.index)) {
      state.set(cur.index, 1);
      path.push(cur);
      const m: GraphRow['manager'] = cur.manager;
      cur = m !== undefined && 'row' in m ? rowByIndex.get(m.row) : undefined;
    }
    if (cur !== undefined && state.get(cur.index) === 1) {
      const loop = path.slice(path.indexOf(cur));
      const numbers = loop.map((g) => rowNumberOf(table, g.index)).join(', ');
      for (const g of loop) {
        aside(g.index, 'cycle', {
          en: `Rows ${numbers} report to each other in a loop.`,
          fr: `Les lignes ${numbers} sont rattachées les unes aux autres en boucle.`,
        });
      }
    }
    for (const g of path) state.set(g.index, 2);
  }

  // 4. Rows under a row set aside have nowhere to go: set aside too, saying which row.
  const settled = new Map<number, boolean>(); // index → kept
  const kept = (g: GraphRow): boolean => {
    const chain: GraphRow[] = [];
    let cur: GraphRow | undefined = g;
    let ok = true;
    while (cur !== undefined) {
      const known = settled.get(cur.index);
      if (known !== undefined) {
        ok = known;
        break;
      }
      if (setAside.has(cur.index)) {
        ok = false;
        settled.set(cur.index, false);
        break;
      }
      chain.push(cur);
      const m: GraphRow['manager'] = cur.manager;
      if (m === undefined || !('row' in m)) break;
      const next = rowByIndex.get(m.row);
      if (next === undefined) {
        ok = false; // its manager was set aside in step 1
        break;
      }
      cur = next;
    }
    for (const x of chain.reverse()) {
      if (!ok && !setAside.has(x.index)) {
        const m = x.manager as { row: number };
        const n = rowNumberOf(table, m.row);
        aside(x.index, 'manager-set-aside', {
          en: `Reports to row ${n}, which is set aside.`,
          fr: `Rattaché à la ligne ${n}, qui est mise de côté.`,
        });
      }
      settled.set(x.index, ok);
    }
    return ok;
  };
  const placed = rows.filter(kept);
  return {
    rows: placed,
    setAside: [...setAside.values()].sort((a, b) => a.index - b.index),
    organisations,
  };
}

/** A stored seat a companion file refers to by its source id (`123`, `org:123`, `pos-123`). */
function storedPosition(
  ref: string,
  org: string | undefined,
  known: ReadonlySet<string>,
): string | undefined {
  const id = toId(ref);
  const candidates = org
    ? [`${org}:pos-${id}`, `${org}:${id}`, `pos-${id}`, id]
    : [`pos-${id}`, id];
  return candidates.find((c) => known.has(c));
}
