/**
 * After an apply the page needs the new data, but most of it is often what the page already
 * holds: next month's HR file changes a few hundred of 100k people. Copying all 200k records
 * to the page made it allocate ~100 MB in a few seconds (minor GCs of 50–100 ms, then a
 * 0.6 s mark-compact, Chromium trace of the 100k bench). So the worker sends, per list, where
 * each new record is found in the page's copy of the version it was checked against (an index),
 * and only the records that are not there; the page rebuilds the list from its own objects.
 *
 * "Found" is strict: same keys in the same order and the same values, so the list the page
 * rebuilds is, record for record, what was stored (not only JSON-equal).
 */

/** True when the two JSON-like values are the same, key order included. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRecord(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

export interface ListPatch<T> {
  /** Length of the base list the indexes point into (the page checks it has that list). */
  baseLength: number;
  /** For each record of the new list: its index in the base list, or -1 for the next of `fresh`. */
  from: Int32Array;
  fresh: T[];
}

/** How `next` is made of `base`'s records and fresh ones. */
export function listPatch<T extends { id: string }>(
  base: readonly T[],
  next: readonly T[],
): ListPatch<T> {
  const at = new Map<string, number>();
  for (let i = 0; i < base.length; i++) if (!at.has(base[i]!.id)) at.set(base[i]!.id, i);
  const from = new Int32Array(next.length);
  const fresh: T[] = [];
  for (let i = 0; i < next.length; i++) {
    const record = next[i]!;
    const j = at.get(record.id);
    if (j !== undefined && sameRecord(base[j], record)) from[i] = j;
    else {
      from[i] = -1;
      fresh.push(record);
    }
  }
  return { baseLength: base.length, from, fresh };
}

/** The new list from the page's base list, or undefined when that is not the list it was made from. */
export function applyListPatch<T>(
  base: readonly T[] | undefined,
  patch: Omit<ListPatch<T>, 'fresh'>,
  fresh: readonly T[],
): T[] | undefined {
  if (!base || base.length !== patch.baseLength) return undefined;
  const out = new Array<T>(patch.from.length);
  let k = 0;
  for (let i = 0; i < patch.from.length; i++) {
    const j = patch.from[i]!;
    if (j >= 0) {
      if (j >= base.length) return undefined;
      out[i] = base[j]!;
    } else {
      if (k >= fresh.length) return undefined;
      out[i] = fresh[k++]!;
    }
  }
  return k === fresh.length ? out : undefined;
}
