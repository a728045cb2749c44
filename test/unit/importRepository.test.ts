import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  getCurrentMeta,
  getSourceSetting,
  getVersionData,
  listVersions,
  MAX_VERSIONS,
  restoreVersion,
  setSourceSetting,
  writeVersion,
} from '../../src/db/importRepository';
import { smallOrg } from '../fixtures/import/smallOrg';

async function snapshot() {
  return {
    versions: await db.versions.toArray(),
    meta: await db.meta.toArray(),
  };
}

const version = (name: string) => {
  const data = smallOrg();
  data.people[0] = { id: 'alice', name };
  return {
    data,
    source: 'import' as const,
    sourceUrl: 'import:x.json',
    fileName: 'x.json',
    hash: name,
  };
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('import repository', () => {
  it('writes a version and makes it current', async () => {
    const { info, meta } = await writeVersion(version('A'));
    expect(meta.versionId).toBe(info.id);
    expect((await getCurrentMeta())?.versionId).toBe(info.id);
    expect((await getVersionData(info.id))?.people[0]?.name).toBe('A');
    const list = await listVersions();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      fileName: 'x.json',
      people: 4,
      positions: 5,
      source: 'import',
    });
  });

  it(`keeps only the last ${MAX_VERSIONS} versions`, async () => {
    for (let i = 0; i < MAX_VERSIONS + 3; i++) await writeVersion(version(`v${i}`));
    const list = await listVersions();
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list[0]?.hash).toBe(`v${MAX_VERSIONS + 2}`);
    expect(await db.versions.count()).toBe(MAX_VERSIONS);
  });

  it('leaves stored data exactly as before when the transaction fails midway', async () => {
    await writeVersion(version('A'));
    await setSourceSetting('https://hr.example.com/org.json');
    const before = await snapshot();
    await expect(
      writeVersion(version('B'), {
        afterVersionWritten: () => {
          throw new Error('quota exceeded');
        },
      }),
    ).rejects.toThrow('quota exceeded');
    expect(await snapshot()).toEqual(before);
  });

  it('restores an earlier version as a new version', async () => {
    const first = await writeVersion(version('A'));
    await writeVersion(version('B'));
    const restored = await restoreVersion(first.info.id);
    expect(restored.info.restoredFrom).toBe(first.info.id);
    expect(restored.info.source).toBe('restore');
    expect((await getCurrentMeta())?.versionId).toBe(restored.info.id);
    expect(restored.data.people[0]?.name).toBe('A');
    expect(await listVersions()).toHaveLength(3);
  });

  it('lists versions written by other code', async () => {
    await db.versions.add({
      createdAt: '2026-01-01T00:00:00.000Z',
      source: 'bundled',
      sourceUrl: 'org.json',
      hash: 'h',
      data: smallOrg(),
    } as never);
    const list = await listVersions();
    expect(list[0]).toMatchObject({ source: 'bundled', sourceUrl: 'org.json', people: 4 });
  });

  it('saves the data source setting', async () => {
    expect(await getSourceSetting()).toBeUndefined();
    await setSourceSetting(' https://x/org.json ');
    expect(await getSourceSetting()).toBe('https://x/org.json');
    await setSourceSetting('');
    expect(await getSourceSetting()).toBeUndefined();
  });
});
