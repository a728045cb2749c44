/**
 * Whether a result is close to the user: in their unit (or a unit above it), in their
 * organisation when the file holds several, or with someone at their location. Search uses it
 * to break near ties (`SearchOptions.prefer`, issue 14 items 1 and 6). Pure; called on the
 * best few candidates of a query only.
 */
import { belongingOf, unitPath } from '../domain/belonging';
import { holdersOf, type OrgIndex } from '../domain/orgIndex';
import { positionsWithRole } from '../domain/contact';
import { isAtLocation } from '../domain/userLocation';
import type { DocKind } from './searchIndex';

export interface UserPlace {
  unitId: string | undefined;
  locationKey: string | undefined;
}

function heldHere(index: OrgIndex, positionId: string, key: string | undefined): boolean {
  return key !== undefined && holdersOf(index, positionId).some((p) => isAtLocation(p, key));
}

/** A `prefer` function for the user's place, or undefined when they chose neither. */
export function nearUser(
  index: OrgIndex,
  place: UserPlace,
): ((kind: DocKind, id: string) => boolean) | undefined {
  const { unitId, locationKey } = place;
  if (unitId === undefined && locationKey === undefined) return undefined;
  const mine = new Set(unitPath(index, unitId).map((u) => u.id));
  const myOrg = unitId === undefined ? undefined : belongingOf(index, { unitId }).organisation?.id;
  const inMine = (record: { unitId?: string | undefined; orgId?: string | undefined }) =>
    (record.unitId !== undefined && mine.has(record.unitId)) ||
    (myOrg !== undefined && belongingOf(index, record).organisation?.id === myOrg);
  return (kind, id) => {
    switch (kind) {
      case 'topic': {
        const topic = index.topicById.get(id);
        if (!topic) return false;
        return (
          inMine(topic) ||
          positionsWithRole(index, id, 'R').some((p) => heldHere(index, p, locationKey))
        );
      }
      case 'position': {
        const position = index.positionById.get(id);
        return position !== undefined && (inMine(position) || heldHere(index, id, locationKey));
      }
      case 'person': {
        const person = index.personById.get(id);
        if (!person) return false;
        if (isAtLocation(person, locationKey)) return true;
        return (index.positionsOfPerson.get(id) ?? []).some((p) => {
          const position = index.positionById.get(p);
          return position !== undefined && inMine(position);
        });
      }
      case 'unit':
        return mine.has(id);
    }
  };
}
