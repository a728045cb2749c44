/** The sample organisation's seats, by unit. Ids are referenced by topics (RACI) and backups. */
import type { SeatDef } from './seatTable';
import { comms, facilities, legal, sales } from './seats/corporate';
import { customerService, operations, rd } from './seats/operations';
import { hr, leadership } from './seats/people';
import { finance, it } from './seats/support';

export const SEATS: readonly SeatDef[] = [
  ...leadership,
  ...hr,
  ...it,
  ...finance,
  ...facilities,
  ...legal,
  ...comms,
  ...sales,
  ...operations,
  ...customerService,
  ...rd,
];
