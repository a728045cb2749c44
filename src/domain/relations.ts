/**
 * Who a person works with, seat by seat: the manager's seat, the team (the seats that report
 * to it) and the backup seat. Pure: the person page renders it, and a test checks it against a
 * small organisation.
 */
import type { OrgIndex } from './orgIndex';

export interface SeatRelations {
  /** The seat the person holds. */
  positionId: string;
  /** Its solid-line manager's seat, when known. */
  managerId: string | undefined;
  /** Seats reporting to it (solid line), in file order. */
  teamIds: readonly string[];
  /** The seat that covers it when the person is away, when known. */
  backupId: string | undefined;
}

/** One entry per seat the person holds (none for an unknown person). Unknown ids are dropped. */
export function relationsOf(index: OrgIndex, personId: string): SeatRelations[] {
  const known = (id: string | undefined) =>
    id !== undefined && index.positionById.has(id) ? id : undefined;
  return (index.positionsOfPerson.get(personId) ?? []).flatMap((positionId) => {
    const position = index.positionById.get(positionId);
    if (!position) return [];
    return [
      {
        positionId,
        managerId: known(position.reportsTo),
        teamIds: (index.reportsOf.get(positionId) ?? []).filter((id) => index.positionById.has(id)),
        backupId: position.backupId === positionId ? undefined : known(position.backupId),
      },
    ];
  });
}
