/**
 * The whole version read by the version reader (src/db/versionReadHandlers.ts, on the page here:
 * no workers in Node) arrives in slices and is put back exactly as stored.
 */
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../data/generator';
import { getCurrent, saveVersion } from '../../src/db/orgRepository';
import { readCurrentInSlices } from '../../src/db/versionReadClient';
import { versionReadHandlers } from '../../src/db/versionReadHandlers';
import type { OrgSlice } from '../../src/workers/orgSlices';
import { freshDbPerTest } from './freshDb';

freshDbPerTest();

const info = { source: 'import' as const, sourceUrl: 'import:people.csv', hash: 'h' };

describe('readCurrentInSlices', () => {
  it('gives the stored version and its meta, read in slices of at most 2,000 records', async () => {
    const data = generateOrg({ people: 4_500, seed: 3 });
    await saveVersion(data, info);
    const slices: OrgSlice[] = [];
    await versionReadHandlers.readCurrent({}, { emit: (s) => slices.push(s) });
    const people = slices.filter((s) => s.type === 'slice' && s.key === 'people');
    expect(people.map((s) => (s.type === 'slice' ? s.records.length : 0))).toEqual([
      2_000, 2_000, 500,
    ]);
    const read = await readCurrentInSlices();
    expect(read).toEqual(await getCurrent());
    expect(read?.data.people).toHaveLength(4_500);
  });

  it('is undefined when nothing is stored', async () => {
    expect(await readCurrentInSlices()).toBeUndefined();
  });
});
