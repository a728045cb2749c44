/**
 * Org data sent from a worker to the page in slices: each message is one short task on the page
 * (2,000 records, a few ms to deserialise) instead of one long structured clone of 100k people
 * (hundreds of ms in one task). `orgSlices` cuts, `OrgCollector` puts the data back together.
 */
import type { OrgData } from '../domain/types';

/** Records per slice: small enough for a short task on the page. */
export const SLICE_RECORDS = 2_000;

export type OrgSlice =
  | { type: 'head'; head: Record<string, unknown> }
  | { type: 'slice'; key: string; records: unknown[] }
  /** Every slice is sent: the page can use the data before the outcome (e.g. while it is stored). */
  | { type: 'end' };

/** The head (every field but the long lists), then each long list in slices, in order, then the end. */
export function* orgSlices(data: OrgData, size = SLICE_RECORDS): Generator<OrgSlice> {
  const head: Record<string, unknown> = {};
  const lists: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > size) lists.push([key, value]);
    else head[key] = value;
  }
  yield { type: 'head', head };
  for (const [key, list] of lists) {
    for (let start = 0; start < list.length; start += size) {
      yield { type: 'slice', key, records: list.slice(start, start + size) };
    }
  }
  yield { type: 'end' };
}

/** Receives the slices of one `orgSlices` run, in order. */
export class OrgCollector {
  private head: Record<string, unknown> = {};
  private readonly lists = new Map<string, unknown[]>();

  /** Takes one slice; true once the last one is in (`data()` is then complete). */
  add(slice: OrgSlice): boolean {
    if (slice.type === 'end') return true;
    if (slice.type === 'head') {
      this.head = slice.head;
      return false;
    }
    let list = this.lists.get(slice.key);
    if (!list) this.lists.set(slice.key, (list = []));
    for (const record of slice.records) list.push(record);
    return false;
  }

  /** The data sent, once every slice is in. */
  data(): OrgData {
    return { ...this.head, ...Object.fromEntries(this.lists) } as unknown as OrgData;
  }
}
