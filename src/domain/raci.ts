/**
 * RACI: who is Responsible, Accountable, Consulted and Informed for each topic.
 * The rule Wayfinder checks: every topic has exactly one Accountable position and at least
 * one Responsible position. Used by the RACI matrix view (validation has its own check in
 * `validation/rules.ts`, on raw data).
 */
import type { OrgIndex } from './orgIndex';
import type { RaciRole, ResponsibleChannel } from './types';

export type RaciBreachKind = 'no-accountable' | 'several-accountable' | 'no-responsible';

export interface RaciBreach {
  topicId: string;
  kinds: RaciBreachKind[];
  /** Distinct positions marked A / R on the topic. */
  accountable: string[];
  responsible: string[];
}

interface RoleEntry {
  positionId: string;
  role: RaciRole;
}

/**
 * The rule breaches of one topic given its RACI entries (a position counted once per letter).
 * `byChannel`: the topic names a responsible channel (format 2), which counts as its R, as in
 * the validation's rule (`validation/rules.ts`).
 */
export function breachKinds(entries: readonly RoleEntry[], byChannel = false): RaciBreachKind[] {
  const accountable = new Set<string>();
  const responsible = new Set<string>();
  for (const e of entries) {
    if (e.role === 'A') accountable.add(e.positionId);
    else if (e.role === 'R') responsible.add(e.positionId);
  }
  const kinds: RaciBreachKind[] = [];
  if (accountable.size === 0) kinds.push('no-accountable');
  if (accountable.size > 1) kinds.push('several-accountable');
  if (responsible.size === 0 && !byChannel) kinds.push('no-responsible');
  return kinds;
}

function distinct(entries: readonly RoleEntry[], role: RaciRole): string[] {
  return [...new Set(entries.filter((e) => e.role === role).map((e) => e.positionId))];
}

/** Every topic that breaks the rule, in file order. Letters on unknown topics are ignored. */
export function raciBreaches(index: OrgIndex): RaciBreach[] {
  const breaches: RaciBreach[] = [];
  for (const topicId of index.topicById.keys()) {
    const entries = index.raciByTopic.get(topicId) ?? [];
    const channel = index.topicById.get(topicId)?.responsibleChannel;
    const kinds = breachKinds(entries, channel !== undefined);
    if (kinds.length > 0) {
      breaches.push({
        topicId,
        kinds,
        accountable: distinct(entries, 'A'),
        responsible: distinct(entries, 'R'),
      });
    }
  }
  return breaches;
}

/** Unit ids of `unitId` and all its sub-units (cycle-safe). */
export function unitSubtree(index: OrgIndex, unitId: string): Set<string> {
  const result = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    for (const child of index.childUnitsOf.get(id) ?? []) stack.push(child);
  }
  return result;
}

const ROLE_ORDER: Record<RaciRole, number> = { R: 0, A: 1, C: 2, I: 3 };

export interface RaciMatrix {
  topicIds: string[];
  /** Only positions with at least one letter on the shown topics, in file order. */
  positionIds: string[];
  /** topicId → positionId → letters (usually one; sorted R, A, C, I). */
  cells: Map<string, Map<string, RaciRole[]>>;
  /** topicId → its breaches (absent when the topic follows the rule). */
  breaches: Map<string, RaciBreachKind[]>;
  /** topicId → its responsible channel (format 2), Responsible beside the lettered positions. */
  channels: Map<string, ResponsibleChannel>;
}

export interface RaciMatrixOptions {
  /** Only topics of this unit and its sub-units (see `buildRaciMatrix`). */
  unitId?: string | undefined;
  /** Only topics that break the rule. */
  breachesOnly?: boolean;
}

/**
 * The topics × positions matrix. With `unitId`, a topic is shown when the unit (or one of its
 * sub-units) offers it (`topic.unitId`), or when it belongs to no unit and a position of the
 * unit has a letter on it. Columns are every position lettered on a shown topic, wherever it sits.
 */
export function buildRaciMatrix(index: OrgIndex, options: RaciMatrixOptions = {}): RaciMatrix {
  const scope = options.unitId === undefined ? undefined : unitSubtree(index, options.unitId);
  const topicIds: string[] = [];
  const cells = new Map<string, Map<string, RaciRole[]>>();
  const breaches = new Map<string, RaciBreachKind[]>();
  const channels = new Map<string, ResponsibleChannel>();
  const lettered = new Set<string>();

  for (const topic of index.topicById.values()) {
    const entries = index.raciByTopic.get(topic.id) ?? [];
    if (scope && !inScope(index, scope, topic.unitId, entries)) continue;
    const channel = topic.responsibleChannel;
    const kinds = breachKinds(entries, channel !== undefined);
    if (options.breachesOnly && kinds.length === 0) continue;
    topicIds.push(topic.id);
    if (kinds.length > 0) breaches.set(topic.id, kinds);
    if (channel) channels.set(topic.id, channel);
    const row = new Map<string, RaciRole[]>();
    for (const e of entries) {
      if (!index.positionById.has(e.positionId)) continue;
      const letters = row.get(e.positionId) ?? [];
      if (!letters.includes(e.role)) letters.push(e.role);
      letters.sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
      row.set(e.positionId, letters);
      lettered.add(e.positionId);
    }
    cells.set(topic.id, row);
  }
  const positionIds = [...index.positionById.keys()].filter((id) => lettered.has(id));
  return { topicIds, positionIds, cells, breaches, channels };
}

function inScope(
  index: OrgIndex,
  scope: Set<string>,
  topicUnitId: string | undefined,
  entries: readonly RoleEntry[],
): boolean {
  if (topicUnitId !== undefined && index.unitById.has(topicUnitId)) return scope.has(topicUnitId);
  return entries.some((e) => {
    const unitId = index.positionById.get(e.positionId)?.unitId;
    return unitId !== undefined && scope.has(unitId);
  });
}
