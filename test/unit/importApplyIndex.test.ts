/**
 * After an admin import, the org store builds the index of the new data in short tasks
 * (`setDataInSlices`) and changes once, when it is ready; a later change wins.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { type DataMeta, useOrgStore } from '../../src/store/orgStore';
import { FORMAT_VERSION } from '../../src/domain/schema';

function orgOf(name: string, n: number): OrgData {
  return {
    formatVersion: FORMAT_VERSION,
    organisation: { name },
    units: [{ id: 'co', name, type: 'company' }],
    positions: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      title: `P ${i}`,
      unitId: 'co',
      holders: [`h${i}`],
      ...(i > 0 ? { reportsTo: `p${Math.floor((i - 1) / 2)}` } : {}),
    })),
    people: Array.from({ length: n }, (_, i) => ({ id: `h${i}`, name: `${name} ${i}` })),
    topics: [],
  };
}

const metaOf = (versionId: number): DataMeta => ({
  versionId,
  sourceUrl: 'admin',
  hash: `h${versionId}`,
  loadedAt: '2026-01-01T00:00:00.000Z',
  formatVersion: FORMAT_VERSION,
});

beforeEach(() => {
  useOrgStore.setState({ status: 'loading', data: undefined, index: undefined, meta: undefined });
});

describe('orgStore.setDataInSlices', () => {
  it('sets data, meta and the full index together once it is built', async () => {
    const data = orgOf('Big', 30_000);
    const states: { data: unknown; index: unknown }[] = [];
    const unsubscribe = useOrgStore.subscribe((s) => states.push({ data: s.data, index: s.index }));
    const done = useOrgStore.getState().setDataInSlices(data, metaOf(2));
    expect(useOrgStore.getState().data).toBeUndefined();
    await done;
    unsubscribe();
    const state = useOrgStore.getState();
    expect(state.status).toBe('ready');
    expect(state.data).toBe(data);
    expect(state.meta?.versionId).toBe(2);
    expect(state.index).toEqual(buildOrgIndex(data));
    expect(state.index?.data).toBe(data);
    // One change only: never the new data with an old or missing index.
    expect(states).toHaveLength(1);
  });

  it('drops an index still being built when newer data is set', async () => {
    const older = orgOf('Older', 30_000);
    const newer = orgOf('Newer', 10);
    const building = useOrgStore.getState().setDataInSlices(older, metaOf(2));
    useOrgStore.getState().setData(newer, metaOf(3));
    await building;
    const state = useOrgStore.getState();
    expect(state.data).toBe(newer);
    expect(state.meta?.versionId).toBe(3);
    expect(state.index?.data).toBe(newer);
  });
});
