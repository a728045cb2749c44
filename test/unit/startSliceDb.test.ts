/**
 * Database v4 and the cold start from the start slice (src/db/startSliceRepository.ts,
 * src/domain/startSlice.ts): the upgrade from v3 keeps every version, meta row, draft and
 * progress row and adds the current version's slice; each saved version gets its slice; a later
 * start shows the slice to the search page, then the whole version.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateOrg } from '../../data/generator';
import { loadOrg } from '../../src/app/loadOrg';
import { db, DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/db/database';
import { getDraft } from '../../src/db/draftRepository';
import { getCurrent, getSettings, saveVersion } from '../../src/db/orgRepository';
import { getCurrentStart, saveStartSlice } from '../../src/db/startSliceRepository';
import { startSlice } from '../../src/domain/startSlice';
import { readSearchIndex } from '../../src/db/searchIndexCache';
import { searchIndexKey } from '../../src/search/searchIndex';
import { useOrgStore } from '../../src/store/orgStore';
import {
  loadSearchData,
  resetSearchClient,
  useSearchStore,
  whenIndexSettled,
} from '../../src/store/searchStore';

const data = generateOrg({ people: 300, seed: 2 });
const older = generateOrg({ people: 120, seed: 5 });
const info = { source: 'import' as const, sourceUrl: 'import:people.csv', hash: 'h' };

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
});
afterEach(() => {
  db.close();
  vi.unstubAllGlobals();
});

describe('database v4', () => {
  it('keeps every v3 row and adds the current version’s start slice', async () => {
    const v3 = new Dexie(DB_NAME);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const row = (d: typeof data, hash: string) => ({
      createdAt: '2026-01-01T00:00:00.000Z',
      source: 'import',
      sourceUrl: 'import:people.csv',
      hash,
      data: d,
    });
    const oldId = (await v3.table('versions').add(row(older, 'a'))) as number;
    const id = (await v3.table('versions').add(row(data, 'b'))) as number;
    const current = {
      key: 'current',
      versionId: id,
      sourceUrl: 'import:people.csv',
      hash: 'b',
      loadedAt: '2026-01-01T00:00:00.000Z',
      formatVersion: data.formatVersion,
    };
    await v3
      .table('meta')
      .bulkPut([
        current,
        { key: 'settings', sourceUrl: 'https://intranet.example/org.json' },
        { key: 'lastCheck', source: 'x', at: '2026-01-01T00:00:00.000Z', outcome: 'upToDate' },
      ]);
    await v3.table('progress').put({ key: 'onboarding:s1', done: ['a'], updatedAt: 'x' });
    const draft = {
      key: 'draft',
      baseVersionId: id,
      note: 'reorg',
      cursor: 1,
      count: 1,
      createdAt: 'x',
      updatedAt: 'x',
      writer: 'tab',
      rev: 3,
    };
    await v3.table('drafts').put(draft);
    await v3.table('draftEdits').put({ seq: 0, edit: { label: 'x', changes: [] } });
    v3.close();

    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.versions.get(oldId))?.data).toEqual(older);
    expect((await getCurrent())?.data).toEqual(data);
    expect(await db.meta.get('current')).toEqual(current);
    expect(await getSettings()).toEqual({ sourceUrl: 'https://intranet.example/org.json' });
    expect(await db.meta.get('lastCheck')).toMatchObject({ outcome: 'upToDate' });
    expect(await db.progress.get('onboarding:s1')).toMatchObject({ done: ['a'] });
    expect(await getDraft()).toMatchObject({ draft });
    expect(await db.draftEdits.count()).toBe(1);
    const start = await getCurrentStart();
    expect(start?.meta).toEqual(current);
    expect(start?.data).toEqual(startSlice(data));
  });

  it('saves the slice with each version, and only for the current one', async () => {
    await db.open();
    const first = await saveVersion(older, info);
    expect((await getCurrentStart())?.data).toEqual(startSlice(older));
    const second = await saveVersion(data, info);
    expect((await getCurrentStart())?.data).toEqual(startSlice(data));
    // A slow start still writing the slice of the version it read: ignored once another is current.
    await saveStartSlice(first.versionId, older);
    expect((await getCurrentStart())?.meta.versionId).toBe(second.versionId);
    expect((await getCurrentStart())?.data).toEqual(startSlice(data));
  });
});

describe('a later start', () => {
  it('shows the start slice to the search page, then the whole version', async () => {
    await db.open();
    await saveVersion(data, info);
    useOrgStore.setState(useOrgStore.getInitialState(), true);
    const seen: { complete: boolean; people: number }[] = [];
    const stop = useOrgStore.subscribe((s) => {
      const last = seen[seen.length - 1];
      if (s.status !== 'ready' || !s.data) return;
      if (last?.complete !== s.complete)
        seen.push({ complete: s.complete, people: s.data.people.length });
    });
    const { refresh } = await loadOrg('');
    await refresh;
    stop();
    const slice = startSlice(data);
    expect(slice.people.length).toBeLessThan(data.people.length);
    expect(seen).toEqual([
      { complete: false, people: slice.people.length },
      { complete: true, people: data.people.length },
    ]);
    expect(useOrgStore.getState().data).toEqual(data);
  });

  it('without a slice (it was removed), reads the whole version and writes one', async () => {
    await db.open();
    await saveVersion(data, info);
    await db.meta.delete('startSlice');
    useOrgStore.setState(useOrgStore.getInitialState(), true);
    const { refresh } = await loadOrg('');
    expect(useOrgStore.getState()).toMatchObject({ complete: true, data });
    await refresh;
    expect((await getCurrentStart())?.data).toEqual(startSlice(data));
  });
});

describe('the search index of a start slice', () => {
  it('is only read from the cache: never built from the slice, kept for the whole data', async () => {
    await db.open();
    const meta = await saveVersion(data, { ...info, hash: 'slice-test' });
    const key = searchIndexKey(meta.versionId, meta.hash);
    const slice = startSlice(data);
    const topic = data.topics[0]!.id;
    resetSearchClient();
    loadSearchData(slice, meta, false);
    // A miss is settled, not waited out (the cold start then reads the whole version): with no
    // usable timeout, a wait for the whole data's index would time the test out.
    await whenIndexSettled(2 ** 31 - 1);
    await whenIndexSettled(2 ** 31 - 1); // and asked again once that read is over
    // Nothing cached: no index built from the slice (it would be cached as the whole version's).
    expect(await readSearchIndex(key)).toBeUndefined();
    loadSearchData(data, meta, true);
    await whenIndexSettled(30_000);
    expect(await readSearchIndex(key)).toBeDefined();
    // The next start: the slice's cache-only read answers.
    resetSearchClient();
    loadSearchData(slice, meta, false);
    await whenIndexSettled(10_000);
    useSearchStore.getState().setQuery(topic);
    expect(useSearchStore.getState().result?.hits.length).toBeGreaterThan(0);
    resetSearchClient();
  });
});
