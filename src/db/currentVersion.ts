/**
 * Optimistic concurrency for every write that replaces the current version on the user's behalf
 * (admin apply, restore, the editor's publish). What the user saw (a preview, a diff, an edited
 * copy) was computed against one current version; if another tab, a background refresh or a
 * second admin made a newer one current meanwhile, writing would silently undo their change.
 * `expectCurrentVersion` runs INSIDE the writer's Dexie transaction, before it writes, so no
 * other write can slip in between the check and the write: IndexedDB runs overlapping
 * read-write transactions on the same stores one after the other.
 */
import { db } from './database';

/** The version the user's view was based on; `null` when nothing was stored yet. */
export type ExpectedVersion = number | null;

export const STALE_VERSION_CODE = 'stale-version';

export class StaleVersionError extends Error {
  readonly code = STALE_VERSION_CODE;
  constructor(
    readonly expected: ExpectedVersion,
    readonly actual: ExpectedVersion,
  ) {
    super(
      `The stored data changed since this was prepared (expected version ${expected ?? 'none'}, found ${actual ?? 'none'}).`,
    );
    this.name = 'StaleVersionError';
  }
}

/** True for a StaleVersionError, also one rebuilt from a worker's message (`code`). */
export function isStaleVersion(e: unknown): boolean {
  return (
    typeof e === 'object' && e !== null && (e as { code?: unknown }).code === STALE_VERSION_CODE
  );
}

/**
 * Throws `StaleVersionError` unless the current version is still `expected`. Call it first
 * inside the 'rw' transaction (over `db.meta`) that writes the new version: the throw rolls the
 * transaction back, so nothing is stored.
 */
export async function expectCurrentVersion(expected: ExpectedVersion): Promise<void> {
  const meta = await db.meta.get('current');
  const actual = meta?.key === 'current' ? meta.versionId : null;
  if (actual !== expected) throw new StaleVersionError(expected, actual);
}
