/**
 * The start slice read by the page's first script (`db/startSliceEarly.ts`): the same rows the
 * loader would read, taken once by `getCurrentStart`; no database made where there is none; a
 * database Dexie still has to upgrade is left to it.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateOrg } from '../../data/generator';
import { db, DB_NAME, SCHEMA_V1 } from '../../src/db/database';
import { saveVersion } from '../../src/db/orgRepository';
import { readStartEarly, takeEarlyStart } from '../../src/db/startSliceEarly';
import { getCurrentStart } from '../../src/db/startSliceRepository';
import { startSlice } from '../../src/domain/startSlice';

const data = generateOrg({ people: 200, seed: 4 });
const info = { source: 'import' as const, sourceUrl: 'import:people.csv', hash: 'h' };
const names = async () => (await indexedDB.databases()).map((d) => d.name);

beforeEach(async () => {
  db.close({ disableAutoOpen: false });
  await Dexie.delete(DB_NAME);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close({ disableAutoOpen: false });
});

describe('the start slice read early', () => {
  it('gives getCurrentStart the stored slice without the loader reading it again', async () => {
    const stored = await saveVersion(data, info);
    db.close({ disableAutoOpen: false });
    readStartEarly();
    const bulkGet = vi.spyOn(db.meta, 'bulkGet');
    const start = await getCurrentStart();
    expect(start?.meta.versionId).toBe(stored.versionId);
    expect(start?.data).toEqual(startSlice(data));
    expect(bulkGet).not.toHaveBeenCalled();
    // Taken once: the next start read is the loader's own.
    expect(await getCurrentStart()).toMatchObject({ meta: { versionId: stored.versionId } });
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it('makes no database where there is none, and the loader finds none', async () => {
    readStartEarly();
    expect(await takeEarlyStart()).toBeUndefined();
    expect(await names()).not.toContain(DB_NAME);
    expect(await getCurrentStart()).toBeUndefined();
  });

  it('reads nothing from a database of before v2, which Dexie then upgrades', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    readStartEarly();
    expect(await takeEarlyStart()).toBeUndefined();
    await db.open();
    expect(db.verno).toBe(4);
  });
});
