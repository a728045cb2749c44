import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { applyImport, listVersionInfos } from '../../src/db/importRepository';
import * as orgRepository from '../../src/db/orgRepository';
import { getCurrent } from '../../src/db/orgRepository';
import { DIFF_LIST_CAP, ImportSession } from '../../src/import/importSession';
import { smallOrg } from '../fixtures/import/smallOrg';
import { freshDbPerTest } from './freshDb';

const renamed = () => {
  const data = smallOrg();
  data.people[0] = { ...data.people[0]!, name: 'Renamed' };
  return data;
};

freshDbPerTest();

async function report(session: ImportSession, input: Parameters<ImportSession['analyse']>[0]) {
  const outcome = await session.analyse(input, () => {});
  if (outcome.kind !== 'report') throw new Error(outcome.kind);
  return outcome.report;
}

describe('import session (what the worker runs)', () => {
  it('sends the page the first records of each diff list and the whole counts', async () => {
    const rows = Array.from({ length: DIFF_LIST_CAP + 5 }, (_, i) =>
      i === 0 ? 'E0,Chief,CEO,' : `E${i},Person ${i},Analyst,E0`,
    );
    const text = ['Employee ID,Name,Title,Manager ID', ...rows].join('\n');
    const session = new ImportSession();
    const r = await report(session, { text, fileName: 'people.csv', mode: 'start' });
    expect(r.applicable).toBe(true);
    expect(r.summary?.people.added).toBe(DIFF_LIST_CAP + 5);
    expect(r.diff?.people.added).toHaveLength(DIFF_LIST_CAP);
    expect(r.diff?.positions.added).toHaveLength(DIFF_LIST_CAP);
    expect(r.diff?.people.added[0]?.id).toBe('E0');
  });

  it('reads the current data from IndexedDB by version id, and only once', async () => {
    const meta = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
    const read = vi.spyOn(orgRepository, 'getVersion');
    const session = new ImportSession();
    const input = { text: JSON.stringify(renamed()), fileName: 'next.json' };
    const first = await report(session, { ...input, current: { versionId: meta.versionId } });
    expect(first.summary?.people.changed).toBe(1);
    expect(first).not.toHaveProperty('data');
    await report(session, { ...input, current: { versionId: meta.versionId } });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('asks for the current data when its version is not stored', async () => {
    const session = new ImportSession();
    const outcome = await session.analyse(
      { text: JSON.stringify(renamed()), fileName: 'next.json', current: { versionId: 42 } },
      () => {},
    );
    expect(outcome.kind).toBe('need-current');
  });

  it('reads a file itself', async () => {
    const session = new ImportSession();
    const file = new Blob([JSON.stringify(smallOrg())]);
    const r = await report(session, { file, fileName: 'org.json' });
    expect(r.applicable).toBe(true);
    expect(r.summary?.people.added).toBe(smallOrg().people.length);
  });

  it('applies the kept data with its history info, then diffs against it', async () => {
    const session = new ImportSession();
    const r = await report(session, { text: JSON.stringify(renamed()), fileName: 'next.json' });
    const { meta, data } = await session.apply(r.analysisId);
    expect(data).toEqual(renamed());
    expect((await getCurrent())?.data).toEqual(renamed());
    const read = vi.spyOn(db.versions, 'get');
    const [info] = await listVersionInfos();
    expect(info).toMatchObject({ id: meta.versionId, fileName: 'next.json', people: 4 });
    expect(read).not.toHaveBeenCalled();
    const again = await report(session, {
      text: JSON.stringify(renamed()),
      fileName: 'next.json',
      current: { versionId: meta.versionId },
    });
    expect(again.summary?.people).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('refuses to apply an out-of-date or invalid check, and stores nothing', async () => {
    const session = new ImportSession();
    const good = await report(session, { text: JSON.stringify(smallOrg()), fileName: 'a.json' });
    const bad = await report(session, { text: '{"formatVersion": 2}', fileName: 'b.json' });
    expect(bad.applicable).toBe(false);
    await expect(session.apply(good.analysisId)).rejects.toThrow(/out of date/);
    await expect(session.apply(bad.analysisId)).rejects.toThrow(/out of date/);
    expect(await db.versions.count()).toBe(0);
  });
});
