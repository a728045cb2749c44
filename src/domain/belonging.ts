/**
 * Where a record belongs: its unit, the unit's parents and, with several organisations in one
 * file (format 2 `organisations`), its organisation. Result rows name it so fifty topics called
 * "Employment opportunities" can be told apart. Pure.
 */
import type { OrgIndex } from './orgIndex';
import { localize } from './text';
import type { OrganisationEntry, Unit } from './types';

const orgMaps = new WeakMap<OrgIndex, ReadonlyMap<string, OrganisationEntry>>();

/** The declared organisation of `orgId` (undefined when the file declares none). */
export function organisationOf(
  index: OrgIndex,
  orgId: string | undefined,
): OrganisationEntry | undefined {
  if (orgId === undefined) return undefined;
  let map = orgMaps.get(index);
  if (!map) {
    map = new Map((index.data.organisations ?? []).map((o) => [o.id, o]));
    orgMaps.set(index, map);
  }
  return map.get(orgId);
}

/** The unit and its parents, nearest first (cycle-safe, known units only). */
export function unitPath(index: OrgIndex, unitId: string | undefined): Unit[] {
  const path: Unit[] = [];
  const seen = new Set<string>();
  let current = unitId;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const unit = index.unitById.get(current);
    if (!unit) break;
    path.push(unit);
    current = unit.parentId;
  }
  return path;
}

export interface Belonging {
  /** The record's unit first, then as many parents as `depth` asks for. */
  units: Unit[];
  organisation: OrganisationEntry | undefined;
}

/**
 * Where a record with `unitId` and `orgId` belongs. `depth` units of the path (1: the unit
 * only); the organisation falls back to the unit's own when the record names none.
 */
export function belongingOf(
  index: OrgIndex,
  record: { unitId?: string | undefined; orgId?: string | undefined },
  depth = 1,
): Belonging {
  const path = unitPath(index, record.unitId);
  const orgId = record.orgId ?? path.find((u) => u.orgId !== undefined)?.orgId;
  return { units: path.slice(0, Math.max(1, depth)), organisation: organisationOf(index, orgId) };
}

/** The organisation's short name when it has one: rows are narrow. */
export function organisationLabel(org: OrganisationEntry, lang: string): string {
  return localize(org.shortName ?? org.name, lang);
}

/**
 * Topics among `topicIds` that share their name (in `lang`) with another of them: their rows
 * show the unit's parents too, so same-named topics of different units read apart.
 */
export function sameNamedTopics(
  index: OrgIndex,
  topicIds: readonly string[],
  lang: string,
): ReadonlySet<string> {
  const byName = new Map<string, string[]>();
  for (const id of topicIds) {
    const topic = index.topicById.get(id);
    if (!topic) continue;
    const key = localize(topic.name, lang).trim().toLocaleLowerCase(lang);
    const list = byName.get(key);
    if (list) list.push(id);
    else byName.set(key, [id]);
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat());
}
