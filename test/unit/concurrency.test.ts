/**
 * Optimistic concurrency: an apply, a restore (and the editor's publish, through the same
 * `expectCurrentVersion`) is refused when the current version is no longer the one the user's
 * preview was computed against, so two tabs never both "win" and lose one change.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  expectCurrentVersion,
  isStaleVersion,
  StaleVersionError,
} from '../../src/db/currentVersion';
import { applyImport } from '../../src/db/importRepository';
import { getCurrent, restoreVersion } from '../../src/db/orgRepository';
import { ImportSession } from '../../src/import/importSession';
import { useAdminStore } from '../../src/store/adminStore';
import { useOrgStore } from '../../src/store/orgStore';
import { smallOrg } from '../fixtures/import/smallOrg';
import { freshDbPerTest } from './freshDb';

freshDbPerTest();

const withPerson = (name: string) => {
  const data = smallOrg();
  data.people[0] = { ...data.people[0]!, name };
  return data;
};

async function check(session: ImportSession, text: string, versionId: number) {
  const outcome = await session.analyse(
    { text, fileName: 'f.json', current: { versionId } },
    () => {},
  );
  if (outcome.kind !== 'report') throw new Error(outcome.kind);
  return outcome.report;
}

const snapshot = async () => ({
  versions: await db.versions.toArray(),
  current: await db.meta.get('current'),
});

describe('optimistic concurrency', () => {
  it('two tabs applying at once: the second is refused and the first change is kept', async () => {
    const base = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
    const tabA = new ImportSession();
    const tabB = new ImportSession();
    const a = await check(tabA, JSON.stringify(withPerson('From A')), base.versionId);
    const b = await check(tabB, JSON.stringify(withPerson('From B')), base.versionId);
    const results = await Promise.allSettled([tabA.apply(a.analysisId), tabB.apply(b.analysisId)]);
    // Which tab's transaction commits first is up to IndexedDB's scheduling (under load it was
    // B in CI); the rule is that exactly one wins and the other is refused as stale.
    const won = results.findIndex((r) => r.status === 'fulfilled');
    const lost = results.findIndex((r) => r.status === 'rejected');
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost).toBeGreaterThanOrEqual(0);
    expect(isStaleVersion((results[lost] as PromiseRejectedResult).reason)).toBe(true);
    expect((await getCurrent())?.data.people[0]?.name).toBe(won === 0 ? 'From A' : 'From B');
    expect(await db.versions.count()).toBe(2);
  });

  it('a refused apply stores nothing', async () => {
    const base = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
    const session = new ImportSession();
    const r = await check(session, JSON.stringify(withPerson('Mine')), base.versionId);
    await applyImport({ data: withPerson('Theirs'), fileName: 'other.json', text: 'other' });
    const before = await snapshot();
    await expect(session.apply(r.analysisId)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await snapshot()).toEqual(before);
  });

  it('a first import expects nothing stored', async () => {
    await db.transaction('rw', db.meta, () => expectCurrentVersion(null));
    await applyImport({ data: smallOrg(), fileName: 'a.json', text: 'a', basedOn: null });
    await expect(
      applyImport({ data: smallOrg(), fileName: 'b.json', text: 'b', basedOn: null }),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('a restore is refused when another version became current since', async () => {
    const v1 = await applyImport({ data: withPerson('One'), fileName: '1.json', text: '1' });
    const v2 = await applyImport({ data: withPerson('Two'), fileName: '2.json', text: '2' });
    await applyImport({ data: withPerson('Three'), fileName: '3.json', text: '3' });
    const before = await snapshot();
    await expect(restoreVersion(v1.versionId, v2.versionId)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await snapshot()).toEqual(before);
    const current = before.current?.key === 'current' ? before.current.versionId : -1;
    await restoreVersion(v1.versionId, current);
    expect((await getCurrent())?.data.people[0]?.name).toBe('One');
  });

  it('the admin page says so and offers to check again, which then applies', async () => {
    const base = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
    useOrgStore.getState().setData(smallOrg(), base);
    const store = useAdminStore.getState();
    await store.analyseText(JSON.stringify(withPerson('Mine')), 'mine.json');
    // Another tab applies meanwhile; this tab's org store follows it (tab sync).
    const theirs = await applyImport({ data: withPerson('Theirs'), fileName: 't.json', text: 't' });
    await useAdminStore.getState().apply();
    expect(useAdminStore.getState().message).toMatchObject({
      kind: 'error',
      key: 'import.stale',
      action: 'recheck',
    });
    expect((await getCurrent())?.data.people[0]?.name).toBe('Theirs');
    useOrgStore.getState().setData(withPerson('Theirs'), theirs);
    await useAdminStore.getState().recheck();
    expect(useAdminStore.getState().analysis?.summary?.people.changed).toBe(1);
    await useAdminStore.getState().apply();
    expect(useAdminStore.getState().message?.key).toBe('import.applied');
    expect((await getCurrent())?.data.people[0]?.name).toBe('Mine');
  });
});
