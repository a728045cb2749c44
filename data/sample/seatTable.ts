/** Helpers to write the sample's positions compactly. */
import type { Bi, BiList, SiteId } from './types';

export interface SeatDef {
  id: string;
  unit: string;
  reportsTo?: string;
  title: Bi;
  site: SiteId;
  purpose?: Bi;
  dotted?: readonly string[];
  assistant?: boolean;
  /** No holder. */
  vacant?: boolean;
  /** Several people share the seat (a pool such as a phone line). */
  holders?: number;
  backup?: string;
  ask?: BiList;
  /** The (first) holder is away until this date. */
  awayUntil?: string;
  hours?: Bi;
}

type SeatBase = Omit<SeatDef, 'id'>;

/** One seat. */
export const seat = (id: string, base: SeatBase): SeatDef => ({ id, ...base });

/**
 * `n` seats of the same kind, `prefix-1` … `prefix-n`, each backing up the next one
 * (the last is backed up by the first) so every operational seat has cover.
 */
export function group(
  prefix: string,
  n: number,
  base: SeatBase,
  extra: Record<number, Partial<SeatBase>> = {},
): SeatDef[] {
  const seats: SeatDef[] = [];
  for (let i = 1; i <= n; i++) {
    const backup = n > 1 ? `${prefix}-${i === n ? 1 : i + 1}` : undefined;
    seats.push({ id: `${prefix}-${i}`, ...base, ...(backup ? { backup } : {}), ...extra[i] });
  }
  return seats;
}
