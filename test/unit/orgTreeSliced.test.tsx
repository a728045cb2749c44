/**
 * The chart's tree built in short tasks for a big organisation's first view (`orgTreeInSlices`,
 * `useOrgTree`): the same tree as the one-go build, cycles and unknown managers included.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { buildOrgTree, orgTreeInSlices } from '../../src/layout/orgTree';
import { TREE_SLICED_ABOVE, useOrgTree } from '../../src/features/chart/useOrgTree';

/** `n` positions in teams of 7 under a chain, plus a cycle and an unknown manager. */
function bigOrg(n: number): OrgData {
  const positions: Record<string, unknown>[] = [{ id: 'p0', title: 'Top', unitId: 'u' }];
  for (let i = 1; i < n; i++) {
    positions.push({
      id: `p${i}`,
      title: `P ${i}`,
      unitId: 'u',
      reportsTo: `p${Math.floor((i - 1) / 7)}`,
    });
  }
  positions.push({ id: 'loop-a', title: 'A', unitId: 'u', reportsTo: 'loop-b' });
  positions.push({ id: 'loop-b', title: 'B', unitId: 'u', reportsTo: 'loop-a' });
  positions.push({ id: 'lost', title: 'Lost', unitId: 'u', reportsTo: 'nobody' });
  return {
    formatVersion: 2,
    organisation: { name: 'Big' },
    units: [{ id: 'u', name: 'U' }],
    positions,
    people: [],
    topics: [],
  } as unknown as OrgData;
}

describe('the chart tree in slices', () => {
  it('is the tree built in one go', async () => {
    const index = buildOrgIndex(bigOrg(30_000));
    const whole = buildOrgTree(index);
    const sliced = await orgTreeInSlices(buildOrgIndex(bigOrg(30_000)), () => true);
    expect(sliced?.roots).toEqual(whole.roots);
    expect(sliced?.unattached).toEqual(whole.unattached);
    expect(sliced?.issues).toEqual(whole.issues);
    expect([...(sliced?.childrenOf ?? [])]).toEqual([...whole.childrenOf]);
    expect([...(sliced?.descendants ?? [])]).toEqual([...whole.descendants]);
    expect(whole.descendants.get('p0')).toBe(29_999);
    expect(whole.issues.cycles).toEqual([['loop-a', 'loop-b']]);
  });

  it('stops when no longer wanted', async () => {
    let calls = 0;
    const tree = await orgTreeInSlices(buildOrgIndex(bigOrg(60_000)), () => ++calls < 1);
    expect(tree).toBeUndefined();
  });

  it('comes after the first render for a big organisation, at once for a small one or an edit', async () => {
    const big = buildOrgIndex(bigOrg(TREE_SLICED_ABOVE + 1_000));
    const { result, rerender } = renderHook(({ index }) => useOrgTree(index), {
      initialProps: { index: big },
    });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.roots).toEqual(['p0']));
    // The next version (an edit of the draft) is there on the first render.
    const edited = buildOrgIndex(bigOrg(TREE_SLICED_ABOVE + 1_001));
    act(() => rerender({ index: edited }));
    expect(result.current?.descendants.get('p0')).toBe(TREE_SLICED_ABOVE + 1_000);
    const small = buildOrgIndex(bigOrg(50));
    const fresh = renderHook(() => useOrgTree(small));
    expect(fresh.result.current?.roots).toEqual(['p0']);
  });
});
