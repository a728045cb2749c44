import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import * as importRepository from '../../src/db/importRepository';
import { getCurrent } from '../../src/db/orgRepository';
import { type ApplyEvent, importHandlers } from '../../src/import/importHandlers';
import { ImportSession } from '../../src/import/importSession';
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
function collect(events: ApplyEvent[]): Record<string, unknown> {
  const out: Record<string, unknown[]> = { units: [], positions: [], people: [], topics: [] };
  let head: Record<string, unknown> = {};
  for (const e of events) {
    if (e.type === 'head') head = e.head;
    else out[e.key]!.push(...e.records);
  }
  return { ...head, ...out };
}

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
