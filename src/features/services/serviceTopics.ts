/** Which topics are services, grouped per unit in unit-tree order. */
import type { OrgIndex } from '../../domain/orgIndex';

/** Unit id → ids of the service topics it offers (topics with `service` and a known `unitId`). */
export function servicesByUnit(index: OrgIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const topic of index.topicById.values()) {
    if (!topic.service || topic.unitId === undefined || !index.unitById.has(topic.unitId)) continue;
    const list = map.get(topic.unitId) ?? [];
    list.push(topic.id);
    map.set(topic.unitId, list);
  }
  return map;
}
