import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { applyImport, listVersionInfos } from '../../src/db/importRepository';
import { getCurrent, MAX_VERSIONS, restoreVersion, saveSettings } from '../../src/db/orgRepository';
import { smallOrg } from '../fixtures/import/smallOrg';
import { freshDbPerTest } from './freshDb';

async function snapshot() {
  return { versions: await db.versions.toArray(), meta: await db.meta.toArray() };
}

const item = (name: string) => {
  const data = smallOrg();
  data.people[0] = { id: 'alice', name };
  return { data, fileName: `${name}.json`, text: name };
};

freshDbPerTest();

describe('import repository', () => {
  it('applies an import as the current version', async () => {
    const meta = await applyImport({
      ...item('A'),
      changes: {
        organisation: 0,
        units: { added: 3, changed: 0, removed: 0 },
        positions: { added: 5, changed: 0, removed: 0 },
        people: { added: 4, changed: 0, removed: 0 },
        topics: { added: 1, changed: 0, removed: 0 },
      },
    });
    const current = await getCurrent();
    expect(current?.meta.versionId).toBe(meta.versionId);
    expect(current?.data.people[0]?.name).toBe('A');
    const [info] = await listVersionInfos();
    expect(info).toMatchObject({
      source: 'import',
      fileName: 'A.json',
      sourceUrl: 'import:A.json',
      people: 4,
      positions: 5,
    });
    expect(info?.changes?.people.added).toBe(4);
    expect(info?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves stored data exactly as before when the transaction fails midway', async () => {
    await applyImport(item('A'));
    await saveSettings({ sourceUrl: 'https://hr.example.com/org.json' });
    await listVersionInfos();
    const before = await snapshot();
    await expect(
      applyImport(item('B'), {
        beforeCommit: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    ).rejects.toThrow('QuotaExceededError');
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back when a write inside the transaction is refused', async () => {
    await applyImport(item('A'));
    const before = await snapshot();
    vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(applyImport(item('B'))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it(`lists at most ${MAX_VERSIONS} versions, newest first, with restores`, async () => {
    for (let i = 0; i < MAX_VERSIONS + 2; i++) await applyImport(item(`v${i}`));
    let list = await listVersionInfos();
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list[0]?.fileName).toBe(`v${MAX_VERSIONS + 1}.json`);
    const oldest = list.at(-1)!;
    await restoreVersion(oldest.id);
    list = await listVersionInfos();
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list[0]).toMatchObject({ source: 'restore', restoredFrom: oldest.id });
    // Info records of pruned versions are dropped.
    const infos = await db.meta.where('key').startsWith('version:').count();
    expect(infos).toBe(MAX_VERSIONS);
  });
});
