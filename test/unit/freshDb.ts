import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '../../src/db/database';

/** Deletes and reopens the app's IndexedDB database (fake-indexeddb in tests). */
export async function freshDb(): Promise<void> {
  await db.delete();
  await db.open();
}

/** Each test of the calling file starts on an empty database; mocks are undone after it. */
export function freshDbPerTest(): void {
  beforeEach(freshDb);
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });
}
