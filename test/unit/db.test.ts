import Dexie from 'dexie';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME, SCHEMA_V1 } from '../../src/db/database';
import { sha256Hex } from '../../src/db/hash';
import {
  getCurrent,
  getSettings,
  listVersions,
  MAX_VERSIONS,
  restoreVersion,
  saveSettings,
  saveVersion,
} from '../../src/db/orgRepository';
import { getProgress, saveProgress } from '../../src/db/progressRepository';
import { getCurrentStart } from '../../src/db/startSliceRepository';
import { FORMAT_VERSION, orgFileSchema } from '../../src/domain/schema';
import type { OrgData } from '../../src/domain/types';

const org = (name: string): OrgData =>
  orgFileSchema.parse({
    formatVersion: FORMAT_VERSION,
    organisation: { name, dataDate: '2026-11-01' },
    units: [{ id: 'u1', name: 'HQ' }],
    positions: [{ id: 'p1', title: 'CEO', unitId: 'u1', holders: ['a'] }],
    people: [{ id: 'a', name: 'Ada' }],
  });

const info = (n: number) => ({ source: 'remote' as const, sourceUrl: 'org.json', hash: `h${n}` });

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
});

afterAll(() => db.close());

describe('database upgrade', () => {
  it('keeps version-1 data when upgrading to the current version', async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    // Write data the way version 1 of the app did.
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const data = org('Old Co');
    await v1.table('versions').add({
      createdAt: '2026-01-01T00:00:00.000Z',
      source: 'bundled',
      sourceUrl: 'https://intranet/org.json',
      hash: 'abc',
      data,
    });
    await v1.table('versions').add({
      createdAt: '2026-01-02T00:00:00.000Z',
      source: 'remote',
      sourceUrl: 'https://intranet/org.json',
      hash: 'def',
      data: org('Newer Co'),
    });
    await v1.table('settings').bulkPut([
      { key: 'currentVersionId', value: 1 },
      { key: 'sourceUrl', value: 'https://intranet/org.json' },
    ]);
    v1.close();

    await db.open();
    expect(db.verno).toBe(4);
    const current = await getCurrent();
    expect(current?.data.organisation.name).toBe('Old Co');
    expect(current?.meta).toMatchObject({
      versionId: 1,
      hash: 'abc',
      formatVersion: FORMAT_VERSION,
    });
    expect(await getSettings()).toEqual({ sourceUrl: 'https://intranet/org.json' });
    expect(await db.versions.count()).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'draftEdits',
      'drafts',
      'meta',
      'progress',
      'versions',
    ]);
    // v4: the current version's start slice (this one-position organisation: no RACI, no seat).
    expect(await getCurrentStart()).toMatchObject({
      meta: { versionId: 1 },
      data: { organisation: { name: 'Old Co' }, positions: [], people: [] },
    });
    // The new table works after the upgrade.
    await saveProgress('onboarding:p1', ['t1']);
    expect(await getProgress('onboarding:p1')).toEqual(['t1']);
  });
});

describe('orgRepository', () => {
  it('has nothing on a first start', async () => {
    expect(await getCurrent()).toBeUndefined();
    expect(await listVersions()).toEqual([]);
    expect(await getSettings()).toEqual({});
  });

  it('saves a version and makes it current', async () => {
    const meta = await saveVersion(org('Acme'), { ...info(1), fileName: 'acme.json' });
    const current = await getCurrent();
    expect(current?.data.organisation.name).toBe('Acme');
    expect(current?.meta).toEqual(meta);
    expect(meta).toMatchObject({ sourceUrl: 'org.json', hash: 'h1', fileName: 'acme.json' });
  });

  it('keeps only the newest versions', async () => {
    for (let i = 0; i < MAX_VERSIONS + 5; i++) await saveVersion(org(`v${i}`), info(i));
    const list = await listVersions();
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list[0]).toMatchObject({ hash: `h${MAX_VERSIONS + 4}`, isCurrent: true });
    expect(list[0]?.counts).toEqual({ units: 1, positions: 1, people: 1, topics: 0 });
    expect(list.at(-1)?.hash).toBe('h5');
    expect(list[0]).not.toHaveProperty('data');
  });

  it('restores an earlier version as a new version', async () => {
    const first = await saveVersion(org('First'), info(1));
    await saveVersion(org('Second'), info(2));
    const restored = await restoreVersion(first.versionId);
    expect(restored.versionId).toBeGreaterThan(first.versionId);
    expect((await getCurrent())?.data.organisation.name).toBe('First');
    const list = await listVersions();
    expect(list.map((v) => v.source)).toEqual(['restore', 'remote', 'remote']);
    expect(list[0]?.summary).toMatchObject({ restoredFrom: first.versionId });
  });

  it('leaves the stored data unchanged when a save fails mid-way', async () => {
    await saveVersion(org('Kept'), info(1));
    // A value IndexedDB cannot clone makes the add fail inside the transaction.
    const bad = {
      ...org('Broken'),
      organisation: { name: 'x', fn: () => 1 },
    } as unknown as OrgData;
    await expect(saveVersion(bad, info(2))).rejects.toThrow();
    expect((await getCurrent())?.data.organisation.name).toBe('Kept');
    expect(await db.versions.count()).toBe(1);
  });

  it('stores settings', async () => {
    await saveSettings({ sourceUrl: 'https://x/org.json' });
    expect(await getSettings()).toEqual({ sourceUrl: 'https://x/org.json' });
    await saveSettings({});
    expect(await getSettings()).toEqual({});
  });

  it('hashes text with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
