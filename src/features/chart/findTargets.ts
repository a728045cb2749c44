/**
 * What the chart's find box offers for a search answer: the positions among its hits and the
 * seats of the people among them, in the answer's order, each once. Units and topics are not
 * cards, so they are left out.
 */
import type { OrgIndex } from '../../domain/orgIndex';
import type { SearchHit } from '../../search/query';

export interface FindTarget {
  positionId: string;
  /** The person the hit was, when a person was found (named first in the option). */
  personId: string | undefined;
}

export function findTargets(
  index: OrgIndex,
  hits: readonly SearchHit[],
  limit: number,
): FindTarget[] {
  const targets: FindTarget[] = [];
  const seen = new Set<string>();
  const add = (positionId: string, personId: string | undefined) => {
    if (seen.has(positionId) || !index.positionById.has(positionId)) return;
    seen.add(positionId);
    targets.push({ positionId, personId });
  };
  for (const hit of hits) {
    if (targets.length >= limit) break;
    if (hit.kind === 'position') add(hit.id, undefined);
    else if (hit.kind === 'person') {
      for (const seat of index.positionsOfPerson.get(hit.id) ?? []) add(seat, hit.id);
    }
  }
  return targets.slice(0, limit);
}
