/**
 * A mapped table → org file input: one seat per row (held by the row's person, vacant, or a
 * headcount seat for "N staff of grade G"), units by name inside each organisation, one
 * top-level unit per organisation, and the organisations themselves (format v2). Rows that
 * cannot be placed are set aside by `buildRowGraph`; the result still goes through `validateOrg`.
 */
import type { Problem } from '../domain/problems';
import { FORMAT_VERSION } from '../domain/schema';
import { looksLikeEmail } from './detect';
import { isLiteralCell, type FlatTable } from './formats/table';
import { CONTACT_PLACEHOLDER } from './placeholder';
import type { ColumnMapping, MappedField } from './mapping';
import { nameOf } from './quirks';
import { buildRowGraph, type GraphOptions, type GraphRow, type SetAsideRow } from './rowGraph';
import { slug } from './slug';

export interface BuiltUnit {
  id: string;
  name: string;
  type: 'company' | 'department';
  parentId?: string;
  orgId?: string;
  contact?: { email: string };
}
export interface BuiltPosition {
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
export type BuiltPerson = { id: string; name: string } & Record<string, unknown>;

/** What a table becomes before `mergePeopleList` and `validateOrg`: plain records, not yet validated. */
export interface BuiltInput {
  formatVersion: number;
  organisation: { name: string };
  organisations?: { id: string; name: string }[];
  units: BuiltUnit[];
  positions: BuiltPosition[];
  people: BuiltPerson[];
  topics: unknown[];
}

export interface BuildResult {
  input: BuiltInput;
  problems: Problem[];
  setAside: SetAsideRow[];
  /** Row index (in `table.rows`) of each person and of each position, in order. */
  personRows: number[];
  positionRows: number[];
}

export interface BuildOptions extends GraphOptions {
  orgName: string;
}

/** A count or FTE cell (`2,5` in French files); an empty cell is no number (not 0). */
function number(value: string): number | undefined {
  const v = value.replace(/\s/g, '').replace(',', '.');
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** A seat's id from its row key: `pos-E1`, or `org:pos-E1` when the key is qualified. */
export function positionIdOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? `pos-${key}` : `${key.slice(0, colon)}:pos-${key.slice(colon + 1)}`;
}

export function buildFromTable(
  table: FlatTable,
  mapping: ColumnMapping,
  options: BuildOptions,
): BuildResult {
  const c = mapping.columns;
  // Cells come trimmed from the table, but for the literal ones, which are kept as written.
  const get = (index: number, field: MappedField): string => {
    const column = c[field];
    return column === undefined ? '' : (table.rows[index]![column] ?? '');
  };
  const graph = buildRowGraph(table, mapping, options);
  const byIndex = new Map(graph.rows.map((g) => [g.index, g]));
  let placeholders = 0;
  const contact = (index: number, field: 'email' | 'phone' | 'chat'): string => {
    const v = get(index, field);
    if (v !== '' && CONTACT_PLACEHOLDER.test(v) && !isLiteralCell(table, index, c[field])) {
      placeholders++;
      return '';
    }
    return v;
  };

  // Units: one per (organisation, name), and one top-level unit per organisation.
  const units = new Map<string, BuiltUnit>();
  const orgUnitId = (org: string) => `${org}:org`;
  for (const [id, name] of graph.organisations) {
    units.set(orgUnitId(id), { id: orgUnitId(id), name, type: 'company', orgId: id });
  }
  const unitIdByName = new Map<string, string>();
  const unitOf = (g: GraphRow): string | undefined => {
    const name = get(g.index, 'unit');
    if (name === '') return g.org !== undefined ? orgUnitId(g.org) : undefined;
    const key = `${g.org ?? ''}\u0000${name}`;
    let id = unitIdByName.get(key);
    if (id === undefined) {
      const base =
        g.org !== undefined ? `${g.org}:u-${slug(name, 'org')}` : `u-${slug(name, 'org')}`;
      id = base;
      for (let n = 2; units.has(id); n++) id = `${base}-${n}`;
      unitIdByName.set(key, id);
      units.set(id, {
        id,
        name,
        type: 'department',
        ...(g.org !== undefined ? { orgId: g.org } : {}),
      });
    }
    return id;
  };

  // Team mailboxes accepted in the mapping: a unit's channel when its seats share it, else the seat's.
  const team = new Set((mapping.teamEmails ?? []).map((e) => e.toLowerCase()));
  const teamRows = new Map<string, GraphRow[]>();
  // Most files have no team mailbox: no pass over every row's e-mail then.
  for (const g of team.size > 0 ? graph.rows : []) {
    const e = contact(g.index, 'email').toLowerCase();
    if (team.has(e)) teamRows.set(e, [...(teamRows.get(e) ?? []), g]);
  }
  placeholders = 0; // counted again below, once per cell
  const unitMailbox = new Map<string, string>(); // unit id → address
  for (const [email, rows] of teamRows) {
    const unitIds = new Set(rows.map(unitOf));
    const [only] = unitIds;
    if (rows.length >= 2 && unitIds.size === 1 && only !== undefined && !unitMailbox.has(only))
      unitMailbox.set(only, email);
  }

  const people: BuiltPerson[] = [];
  const positions: BuiltPosition[] = [];
  const personRows: number[] = [];
  const positionRows: number[] = [];
  const positionIdOfRow = new Map(graph.rows.map((g) => [g.index, positionIdOfKey(g.key)]));
  const managerOfUnit = new Map<string, string>(); // person row unit → manager unit (first seen)
  for (const g of graph.rows) {
    const i = g.index;
    const unitId = unitOf(g);
    const title = get(i, 'title');
    const position: BuiltPosition = {
      id: positionIdOfRow.get(i)!,
      title: title || get(i, 'grade') || nameOf(table.rows[i]!, mapping) || g.key,
      holders: [],
      ...(unitId !== undefined ? { unitId } : {}),
      ...(g.org !== undefined ? { orgId: g.org } : {}),
    };
    const m = g.manager;
    if (m !== undefined) {
      position.reportsTo = 'row' in m ? positionIdOfRow.get(m.row)! : m.positionId;
      if ('row' in m && unitId !== undefined) {
        const up = byIndex.get(m.row);
        const upUnit = up ? unitOf(up) : undefined;
        if (upUnit !== undefined && upUnit !== unitId && !managerOfUnit.has(unitId))
          managerOfUnit.set(unitId, upUnit);
      }
    }
    const email = contact(i, 'email');
    const isTeam = email !== '' && team.has(email.toLowerCase());
    if (isTeam && !(unitId !== undefined && unitMailbox.get(unitId) === email.toLowerCase())) {
      position.contact = { email };
    }
    if (g.kind === 'headcount') {
      const fte = number(get(i, 'fte'));
      const count = number(get(i, 'headcount'));
      const grade = get(i, 'grade');
      position.headcount = {
        count: Math.max(1, Math.round(count ?? Math.ceil(fte ?? 1))),
        ...(fte !== undefined ? { fte } : {}),
        ...(grade !== '' ? { grade } : {}),
      };
      delete position.holders;
    } else if (g.kind === 'person') {
      const person: BuiltPerson = {
        id: g.key,
        name: nameOf(table.rows[i]!, mapping) || email || g.key,
        ...(g.org !== undefined ? { orgId: g.org } : {}),
      };
      if (email !== '' && !isTeam) person.email = email;
      const phone = contact(i, 'phone');
      if (phone) person.phone = phone;
      const chat = contact(i, 'chat');
      if (chat) person.chat = chat;
      const location = get(i, 'location');
      if (location) person.location = location;
      people.push(person);
      personRows.push(i);
      position.holders = [g.key];
    }
    positions.push(position);
    positionRows.push(i);
  }

  setUnitParents(units, managerOfUnit, orgUnitId);
  for (const [unitId, email] of unitMailbox) {
    const u = units.get(unitId);
    if (u) u.contact = { email };
  }

  const problems: Problem[] = [];
  if (placeholders > 0) {
    problems.push({
      path: '$',
      severity: 'warning',
      code: 'contact-placeholders',
      message: {
        en: `${placeholders} contact cells say "not disclosed" (N/D, N/A, -…): left empty.`,
        fr: `${placeholders} cellules de contact indiquent «\u00a0non communiqué\u00a0» (N/D, N/A, -…)\u00a0: laissées vides.`,
      },
    });
  }
  const invalidEmails = people.filter(
    (p) => typeof p.email === 'string' && !looksLikeEmail(p.email),
  ).length;
  if (invalidEmails > 0) {
    problems.push({
      path: '$',
      severity: 'warning',
      code: 'email-not-an-address',
      message: {
        en: `${invalidEmails} e-mail cells are not addresses: check the e-mail column.`,
        fr: `${invalidEmails} cellules d’e-mail ne sont pas des adresses\u00a0: vérifiez la colonne e-mail.`,
      },
    });
  }
  const organisations = [...graph.organisations].map(([id, name]) => ({ id, name }));
  return {
    input: {
      formatVersion: FORMAT_VERSION,
      organisation: {
        name:
          organisations.length === 1 ? organisations[0]!.name : options.orgName || 'Organisation',
      },
      ...(organisations.length > 0 ? { organisations } : {}),
      units: [...units.values()],
      positions,
      people,
      topics: [],
    },
    problems,
    setAside: graph.setAside,
    personRows,
    positionRows,
  };
}

/**
 * A unit's parent is the unit of the manager of its first member reporting outside it; links
 * that would close a loop are left out. A unit still without a parent hangs under its
 * organisation's unit.
 */
function setUnitParents(
  units: Map<string, BuiltUnit>,
  managerOfUnit: ReadonlyMap<string, string>,
  orgUnitId: (org: string) => string,
): void {
  for (const unit of units.values()) {
    if (unit.type === 'company') continue;
    const candidate = managerOfUnit.get(unit.id);
    let parent: string | undefined;
    if (candidate !== undefined && units.get(candidate)?.orgId === unit.orgId) {
      let cur: string | undefined = candidate;
      const seen = new Set<string>();
      while (cur !== undefined && cur !== unit.id && !seen.has(cur)) {
        seen.add(cur);
        cur = units.get(cur)?.parentId;
      }
      if (cur !== unit.id) parent = candidate;
    }
    if (parent === undefined && unit.orgId !== undefined) parent = orgUnitId(unit.orgId);
    if (parent !== undefined && parent !== unit.id) unit.parentId = parent;
  }
}
