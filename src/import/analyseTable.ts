/**
 * A table (CSV, sheet, JSON list, LDIF) → what the mapping step shows and the data to apply:
 * mapping (detected or the user's) → quirks found → rows placed or set aside → merged over the
 * current data → `validateOrg`. Validation errors that concern one row set that row aside too
 * (and the rest is checked again), so a few bad rows never refuse a whole file; errors that
 * concern the whole file (no names, no manager column unconfirmed) still block.
 */
import type { Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { validateOrg } from '../domain/validate';
import { buildFromTable, type BuildResult } from './buildFromTable';
import { detectMapping } from './detect';
import { rowNumberOf, type FlatTable } from './formats/table';
import { mappingGaps, type ColumnMapping } from './mapping';
import { mergePeopleList } from './peopleListMerge';
import { problemSource, tablePath } from './problemSource';
import { findings, type Findings } from './quirks';
import type { SetAsideRow } from './rowGraph';
import { slug, toId } from './slug';

export interface SetAsideEntry {
  rowNumber: number;
  code: SetAsideRow['code'];
  reason: SetAsideRow['reason'];
  /** The row's cells in the file's own column order (`FlatInfo.headings`). */
  cells: string[];
}

export interface FlatInfo {
  headings: string[];
  /** The first rows, to show next to the mapping selects. */
  sample: Record<string, string>[];
  rowCount: number;
  mapping: ColumnMapping;
  /** Fields the mapping still needs before the list can be imported. */
  gaps: string[];
  findings: Findings;
  /** A file of headcount rows (junior staff) hung under posts already stored. */
  headcountFile: boolean;
  setAside: SetAsideEntry[];
}

export interface TableAnalysis {
  flat: FlatInfo;
  problems: Problem[];
  data?: OrgData;
  /** The organisations of the file (its organisation column), for the list of sources. */
  organisations: { id: string; name: string }[];
}

/**
 * Several files side by side (one department's, then another's): a file that names its
 * organisations replaces only their records; the other organisations' records stay as they are.
 * Only when the stored data is itself split by organisation (else the file is laid over all).
 */
export interface OrgSplit {
  inside: OrgData;
  outside: Pick<OrgData, 'units' | 'positions' | 'people'>;
}

export function splitByOrganisation(
  current: OrgData,
  fileOrgs: ReadonlySet<string>,
): OrgSplit | undefined {
  if (fileOrgs.size === 0) return undefined;
  const hasOrg = (r: { orgId?: string | undefined }) => r.orgId !== undefined;
  if (!current.positions.some(hasOrg) && !current.units.some(hasOrg)) return undefined;
  const mine = (r: { orgId?: string | undefined }) =>
    r.orgId !== undefined && fileOrgs.has(r.orgId);
  // A unit of no organisation that the file's seats sit in (a unit of the demo or of an older
  // list that an earlier import matched by name) is theirs to match again: else next month's
  // file would find no unit of that name and move every seat of it to a new one. It stays in
  // `outside` too, for the other seats in it; the merged record wins (see `attempt`).
  const seatUnits = new Set<string>();
  for (const p of current.positions) if (p.unitId !== undefined && mine(p)) seatUnits.add(p.unitId);
  const ours = (u: { id: string; orgId?: string | undefined }) =>
    mine(u) || (u.orgId === undefined && seatUnits.has(u.id));
  return {
    inside: {
      ...current,
      units: current.units.filter(ours),
      positions: current.positions.filter(mine),
      people: current.people.filter(mine),
    },
    outside: {
      units: current.units.filter((r) => !mine(r)),
      positions: current.positions.filter((r) => !mine(r)),
      people: current.people.filter((r) => !mine(r)),
    },
  };
}

/** The organisation ids the rows will get (as `buildRowGraph` names them). */
function tableOrganisations(table: FlatTable, mapping: ColumnMapping): Set<string> {
  const column = mapping.columns.organisation;
  const out = new Set<string>();
  if (column === undefined) return out;
  // A slug per distinct name, not per row (Unicode normalisation of 100k cells took ~0.25 s).
  const names = new Set<string>();
  for (const r of table.rows) {
    const name = (r[column] ?? '').trim();
    if (name !== '') names.add(name);
  }
  for (const name of names) out.add(slug(name, 'org'));
  return out;
}

/** Rows whose id another organisation's stored records already use (person or seat id). */
function idsUsedElsewhere(
  table: FlatTable,
  mapping: ColumnMapping,
  outside: OrgSplit['outside'],
): number {
  const column = mapping.columns.id;
  if (column === undefined) return 0;
  const people = new Set(outside.people.map((p) => p.id));
  const seats = new Set(outside.positions.map((p) => p.id));
  let n = 0;
  for (const r of table.rows) {
    const id = toId(r[column] ?? '');
    if (id !== '' && (people.has(id) || seats.has(`pos-${id}`))) n++;
  }
  return n;
}

const blocking = (code: string, en: string, fr: string): Problem => ({
  path: '$',
  severity: 'error',
  code,
  message: { en, fr },
});

export function isHeadcountFile(mapping: ColumnMapping): boolean {
  const c = mapping.columns;
  return (
    c.id === undefined &&
    c.name === undefined &&
    c.firstName === undefined &&
    c.lastName === undefined &&
    (c.fte !== undefined || c.headcount !== undefined)
  );
}

interface Attempt {
  build: BuildResult;
  input: unknown;
  /** Row index of each position / person of `input`. */
  positionRow: (i: number) => number | undefined;
  personRow: (i: number) => number | undefined;
}

function attempt(
  table: FlatTable,
  mapping: ColumnMapping,
  orgName: string,
  current: OrgData | undefined,
  headcountFile: boolean,
  alsoSetAside: Map<number, SetAsideRow>,
): Attempt {
  const knownPositionIds =
    headcountFile && current ? new Set(current.positions.map((p) => p.id)) : undefined;
  const build = buildFromTable(table, mapping, {
    orgName,
    alsoSetAside,
    ...(knownPositionIds ? { knownPositionIds } : {}),
  });
  const list = build.input;
  if (!current) {
    return {
      build,
      input: list,
      positionRow: (i) => build.positionRows[i],
      personRow: (i) => build.personRows[i],
    };
  }
  if (headcountFile) {
    const input = addHeadcount(current, build);
    const offset = input.positions.length - build.input.positions.length;
    return {
      build,
      input,
      positionRow: (i) => (i >= offset ? build.positionRows[i - offset] : undefined),
      personRow: () => undefined,
    };
  }
  // A people list says nothing about topics, RACI, purposes or services: it is laid over the
  // current data (see mergePeopleList) instead of replacing it; a file of some organisations
  // only over theirs, the other organisations' records kept after it.
  const split = splitByOrganisation(
    current,
    new Set((build.input.organisations ?? []).map((o) => o.id)),
  );
  const { positionSources, ...org } = mergePeopleList(list, split ? split.inside : current);
  org.organisation = current.organisation;
  if (split) {
    const merged = new Set(org.units.map((u) => u.id));
    org.units = [...org.units, ...split.outside.units.filter((u) => !merged.has(u.id))];
    org.positions = [...org.positions, ...split.outside.positions];
    org.people = [...org.people, ...split.outside.people];
  }
  const organisations = mergeOrganisations(current, build);
  return {
    build,
    input: organisations ? { ...org, organisations } : org,
    positionRow: (i) => {
      const source = positionSources[i];
      return source === undefined ? undefined : build.positionRows[source];
    },
    personRow: (i) => build.personRows[i],
  };
}

type WithOrganisations = OrgData & { organisations?: { id: string; name: unknown }[] };

function mergeOrganisations(current: OrgData, build: BuildResult) {
  const known = (current as WithOrganisations).organisations ?? [];
  const added = (build.input.organisations ?? []).filter((o) => !known.some((k) => k.id === o.id));
  return known.length + added.length > 0 ? [...known, ...added] : undefined;
}

/**
 * A headcount file adds its seats under stored posts; the headcount seats it had added before
 * (under the same posts) are replaced, everything else stays as it is.
 */
function addHeadcount(current: OrgData, build: BuildResult) {
  const under = new Set(build.input.positions.map((p) => p.reportsTo));
  const kept = current.positions.filter(
    (p) => !('headcount' in p && p.headcount !== undefined && under.has(p.reportsTo)),
  );
  const unitIds = new Set(current.units.map((u) => u.id));
  const organisations = mergeOrganisations(current, build);
  return {
    ...current,
    ...(organisations ? { organisations } : {}),
    units: [...current.units, ...build.input.units.filter((u) => !unitIds.has(u.id))],
    positions: [...kept, ...build.input.positions],
  };
}

/** Where a validation problem sits: its row, and the column that fed the field. */
function locate(
  p: Problem,
  table: FlatTable,
  mapping: ColumnMapping,
  a: Attempt,
): { problem: Problem; row?: number } {
  const source = problemSource(p.path, mapping);
  if (!source) return { problem: p };
  const row = source.kind === 'people' ? a.personRow(source.index) : a.positionRow(source.index);
  if (row === undefined) return { problem: p };
  return { problem: { ...p, path: tablePath(rowNumberOf(table, row), source.column) }, row };
}

export function analyseTable(
  table: FlatTable,
  options: { fileName: string; orgName: string; mapping?: ColumnMapping; current?: OrgData },
): TableAnalysis {
  let mapping = options.mapping ?? detectMapping(table);
  const headcountFile = isHeadcountFile(mapping);
  // Ids this file shares with another organisation already stored: scoping them by the
  // organisation column keeps both (proposed, like every quirk; the user can untick it).
  const split =
    options.current && !headcountFile
      ? splitByOrganisation(options.current, tableOrganisations(table, mapping))
      : undefined;
  const usedElsewhere = split ? idsUsedElsewhere(table, mapping, split.outside) : 0;
  if (!options.mapping && usedElsewhere > 0 && mapping.columns.organisation !== undefined)
    mapping = { ...mapping, scopeIds: true };
  const gaps = mappingGaps(mapping, headcountFile);
  const flat: FlatInfo = {
    headings: table.headings,
    sample: table.rows.slice(0, 5),
    rowCount: table.rows.length,
    mapping,
    gaps,
    findings: {
      ...findings(table, mapping),
      ...(usedElsewhere > 0 ? { idsUsedElsewhere: usedElsewhere } : {}),
    },
    headcountFile,
    setAside: [],
  };
  const early: Problem[] = [];
  if (table.rows.length === 0)
    early.push(blocking('empty-list', 'The list has no people.', 'La liste ne contient personne.'));
  if (gaps.includes('name'))
    early.push(
      blocking(
        'mapping-incomplete',
        'Choose which column holds the names (or first and last names) of people.',
        'Choisissez la colonne qui contient le nom (ou le prénom et le nom) des personnes.',
      ),
    );
  if (gaps.includes('id'))
    early.push(
      blocking(
        'no-id-column',
        'Managers are matched by id, but no column is chosen as the id: choose it, or match managers by e-mail.',
        'Les responsables sont recherchés par identifiant, mais aucune colonne n’est choisie comme identifiant : choisissez-la, ou recherchez-les par e-mail.',
      ),
    );
  if (gaps.includes('email'))
    early.push(
      blocking(
        'mapping-incomplete',
        'Managers are matched by e-mail: choose the e-mail column.',
        'Les responsables sont recherchés par e-mail : choisissez la colonne e-mail.',
      ),
    );
  if (mapping.columns.manager === undefined && !headcountFile && !mapping.noReportingLines)
    early.push(
      blocking(
        'no-manager-column',
        'No column says who reports to whom: every row would be a top of the chart, with no reporting lines. Choose the manager column, or confirm that this file has no reporting lines.',
        'Aucune colonne n’indique qui est rattaché à qui : chaque ligne serait en haut de l’organigramme, sans aucun lien hiérarchique. Choisissez la colonne du responsable, ou confirmez que ce fichier n’a pas de liens hiérarchiques.',
      ),
    );
  if (headcountFile && !options.current)
    early.push(
      blocking(
        'headcount-without-posts',
        'This file counts staff under posts (a junior-staff file): import the file of the posts first, then this one.',
        'Ce fichier compte des effectifs sous des postes (un fichier d’effectifs) : importez d’abord le fichier des postes, puis celui-ci.',
      ),
    );
  if (early.length > 0) return { flat, problems: early, organisations: [] };

  // Rows that fail validation are set aside and the rest checked again (twice at most: a row's
  // own errors do not depend on the others, except through the reporting lines rebuilt here).
  const aside = new Map<number, SetAsideRow>();
  let a = attempt(table, mapping, options.orgName, options.current, headcountFile, aside);
  let validated = validateOrg(a.input);
  let located = validated.problems.map((p) => locate(p, table, mapping, a));
  for (let pass = 0; pass < 2; pass++) {
    const rowErrors = located.filter((l) => l.problem.severity === 'error' && l.row !== undefined);
    if (rowErrors.length === 0) break;
    for (const { problem, row } of rowErrors) {
      if (row === undefined || aside.has(row)) continue;
      aside.set(row, {
        index: row,
        rowNumber: rowNumberOf(table, row),
        code: 'invalid-row',
        reason: problem.message,
      });
    }
    for (const s of a.build.setAside) aside.set(s.index, s);
    a = attempt(table, mapping, options.orgName, options.current, headcountFile, aside);
    validated = validateOrg(a.input);
    located = validated.problems.map((p) => locate(p, table, mapping, a));
  }

  flat.setAside = a.build.setAside.map((s) => ({
    rowNumber: s.rowNumber,
    code: s.code,
    reason: s.reason,
    cells: table.headings.map((h) => table.rows[s.index]![h] ?? ''),
  }));
  // Without a unit column every position lacks a unit: say it once, not once per row.
  const noUnitColumn = mapping.columns.unit === undefined;
  const problems = located
    .map((l) => l.problem)
    .filter((p) => !(noUnitColumn && p.code === 'position-without-unit'));
  if (noUnitColumn) {
    problems.push({
      path: '$',
      severity: 'warning',
      code: 'no-unit-column',
      message: {
        en: 'No column is mapped to "Unit / department": people will not be grouped in units.',
        fr: 'Aucune colonne n’est associée à «\u00a0Unité / service\u00a0»\u00a0: les personnes ne seront pas regroupées en unités.',
      },
    });
  }
  if (flat.setAside.length > 0) {
    const n = flat.setAside.length;
    problems.push({
      path: '$',
      severity: 'warning',
      code: 'rows-set-aside',
      message: {
        en: `${n} ${n === 1 ? 'row is' : 'rows are'} set aside (listed below, with the reason): the rest can be applied.`,
        fr: `${n} ${n === 1 ? 'ligne est mise' : 'lignes sont mises'} de côté (listées ci-dessous, avec la raison)\u00a0: le reste peut être appliqué.`,
      },
    });
  }
  const all = [...a.build.problems, ...problems];
  const ok = validated.data !== undefined && !all.some((p) => p.severity === 'error');
  return {
    flat,
    problems: all,
    organisations: (a.build.input.organisations ?? []).map((o) => ({ id: o.id, name: o.name })),
    ...(ok ? { data: validated.data } : {}),
  };
}
