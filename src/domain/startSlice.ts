/**
 * The part of an organisation a later start needs for its first answer, stored beside the
 * version so a cold start reads a few MB instead of the whole file (100k people: 44 MB of
 * records, ~0.9 s to read back from IndexedDB; the slice is about a tenth of it).
 *
 * An answer card names a topic's Responsible, Accountable, Consulted and Informed positions,
 * their holders, backups (followed as far as `backupFor` goes) and units. So the slice keeps
 * every unit and topic, every position with a RACI letter, the backups reachable from them,
 * and the people holding any of those: `buildAnswer` on the slice's index gives the same
 * answer as on the whole data (`startSlice.test.ts`). Person and position rows outside it
 * appear once the whole version is read, a moment later.
 */
import type { OrgData, Position } from './types';

export function startSlice(data: OrgData): OrgData {
  const byId = new Map<string, Position>();
  for (const position of data.positions)
    if (!byId.has(position.id)) byId.set(position.id, position);
  const kept = new Set<string>();
  for (const position of data.positions) {
    if ((position.responsibilities?.length ?? 0) === 0) continue;
    // The backup chain, stopped at a cycle or an unknown id, as `backupFor` stops.
    let next: Position | undefined = position;
    while (next && !kept.has(next.id)) {
      kept.add(next.id);
      next = next.backupId === undefined ? undefined : byId.get(next.backupId);
    }
  }
  const positions = data.positions.filter((p) => kept.has(p.id));
  const holders = new Set(positions.flatMap((p) => p.holders ?? []));
  const people = data.people.filter((p) => holders.has(p.id));
  return { ...data, positions, people };
}
