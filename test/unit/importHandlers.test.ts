import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import * as importRepository from '../../src/db/importRepository';
import { getCurrent } from '../../src/db/orgRepository';
import { type ApplyEvent, importHandlers } from '../../src/import/importHandlers';
import { ImportSession } from '../../src/import/importSession';
import { LIST_KEYS, type ListKey } from '../../src/import/protocol';
import { applyListPatch } from '../../src/import/reuse';
import type { OrgData } from '../../src/domain/types';
import { smallOrg } from '../fixtures/import/smallOrg';
import { freshDbPerTest } from './freshDb';

freshDbPerTest();

/** A check of `data` over the current version `versionId` (undefined: nothing stored). */
async function checked(session: ImportSession, data: OrgData, versionId?: number) {
  const outcome = await session.analyse(
    {
      text: JSON.stringify(data),
      fileName: 'org.json',
      ...(versionId !== undefined ? { current: { versionId } } : {}),
    },
    () => {},
  );
  if (outcome.kind !== 'report') throw new Error(outcome.kind);
  return outcome.report.analysisId;
}

/** The data the page puts back together from the events (as importClient does). */
function collect(events: ApplyEvent[], shown?: OrgData): Record<string, unknown> {
  const out: Record<ListKey, unknown[]> = { units: [], positions: [], people: [], topics: [] };
  const patches: Partial<Record<ListKey, { baseLength: number; from: Int32Array }>> = {};
  let head: Record<string, unknown> = {};
  for (const e of events) {
    if (e.type === 'head') head = e.head;
    else if (e.type === 'reuse') patches[e.key] = e;
    else out[e.key].push(...e.records);
  }
  for (const key of LIST_KEYS) {
    const patch = patches[key];
    if (patch) out[key] = applyListPatch(shown?.[key] as unknown[], patch, out[key])!;
  }
  return { ...head, ...out };
}

const freshRecords = (events: ApplyEvent[]) =>
  events.reduce((n, e) => n + (e.type === 'slice' ? e.records.length : 0), 0);

describe('import handlers: apply', () => {
  it('sends the data in slices while the version is written, and the version once stored', async () => {
    const session = new ImportSession();
    const handlers = importHandlers(session);
    const id = await checked(session, smallOrg());
    const events: ApplyEvent[] = [];
    let sentBeforeStored = -1;
    const write = importRepository.applyImport;
    const spy = vi.spyOn(importRepository, 'applyImport').mockImplementation(async (item) => {
      const meta = await write(item);
      sentBeforeStored = events.length;
      return meta;
    });
    const meta = await handlers.apply(id, { emit: (e) => events.push(e) });
    spy.mockRestore();
    // The page had the data before the transaction was over: decoding overlaps the write.
    expect(sentBeforeStored).toBe(events.length);
    expect(collect(events)).toEqual(smallOrg());
    expect(meta.versionId).toBe((await getCurrent())?.meta.versionId);
    expect((await getCurrent())?.data).toEqual(smallOrg());
  });

  it('sends only the records the page does not hold when it shows the version checked against', async () => {
    const base = await importRepository.applyImport({
      data: smallOrg(),
      fileName: 'base.json',
      text: 'base',
    });
    const renamed = smallOrg();
    renamed.people[0] = { ...renamed.people[0]!, name: 'Renamed' };
    const total = (d: OrgData) => LIST_KEYS.reduce((n, k) => n + d[k].length, 0);

    const session = new ImportSession();
    const id = await checked(session, renamed, base.versionId);
    const events: ApplyEvent[] = [];
    const shown = smallOrg();
    await importHandlers(session).apply(
      { analysisId: id, pageVersionId: base.versionId },
      { emit: (e) => events.push(e) },
    );
    expect(freshRecords(events)).toBe(1);
    const data = collect(events, shown) as unknown as OrgData;
    expect(data).toEqual(renamed);
    // The page's own objects, not copies.
    expect(data.people[1]).toBe(shown.people[1]);
    expect((await getCurrent())?.data).toEqual(renamed);

    // A page showing another version gets every record.
    const other = new ImportSession();
    const again = await checked(other, smallOrg(), (await getCurrent())!.meta.versionId);
    const all: ApplyEvent[] = [];
    await importHandlers(other).apply(
      { analysisId: again, pageVersionId: base.versionId },
      { emit: (e) => all.push(e) },
    );
    expect(freshRecords(all)).toBe(total(smallOrg()));
    expect(collect(all)).toEqual(smallOrg());
  });

  it('fails, storing nothing new, when another version became current after the check', async () => {
    const base = await importRepository.applyImport({
      data: smallOrg(),
      fileName: 'base.json',
      text: 'base',
    });
    const session = new ImportSession();
    const handlers = importHandlers(session);
    const renamed = smallOrg();
    renamed.people[0] = { ...renamed.people[0]!, name: 'Renamed' };
    const id = await checked(session, renamed, base.versionId);
    // Another tab applies a version meanwhile.
    await importRepository.applyImport({ data: smallOrg(), fileName: 'other.json', text: 'o' });
    const before = await db.versions.count();
    await expect(handlers.apply(id, { emit: () => {} })).rejects.toThrow();
    expect(await db.versions.count()).toBe(before);
    expect((await getCurrent())?.data).toEqual(smallOrg());
  });
});
