import { beforeEach, describe, expect, it } from 'vitest';
import { clearLayouts } from '../../src/db/layoutCache';
import {
  clearMemoryLayouts,
  computeChartLayout,
  type ChartLayout,
} from '../../src/layout/chartLayout';
import { layoutKey, structureHash } from '../../src/layout/layoutCacheKey';
import { resetLayoutClient } from '../../src/layout/layoutClient';
import { buildOrgTree } from '../../src/layout/orgTree';
import { indexOf, regularOrg } from './layoutFixture';

const data = regularOrg(3, 3);
const index = indexOf(data);
const tree = buildOrgTree(index);
const input = {
  index,
  tree,
  expanded: new Set(['p0', 'p1']),
  direction: 'DOWN' as const,
  dataHash: structureHash(data.positions),
};

describe('computeChartLayout', () => {
  beforeEach(async () => {
    resetLayoutClient({ forceMainThread: true }); // jsdom has no Worker: the fallback runs ELK
    clearMemoryLayouts();
    await clearLayouts();
  });

  it('draws a tidy preview at once, then ELK; reuses the result from memory and from IndexedDB', async () => {
    const previews: ChartLayout[] = [];
    const first = await computeChartLayout({ ...input, onPreview: (l) => previews.push(l) });
    expect(previews).toHaveLength(1);
    expect(previews[0]!.engine).toBe('tidy');
    expect(first.source).toBe('computed');
    expect(first.engine).toBe('elk');
    expect(Object.keys(first.positions)).toEqual(expect.arrayContaining(['p0', 'p1', 'p4']));

    const again = await computeChartLayout(input);
    expect(again.source).toBe('memory');
    expect(again.positions).toEqual(first.positions);

    await new Promise((r) => setTimeout(r, 50)); // the IndexedDB write is not awaited
    clearMemoryLayouts();
    const reloaded = await computeChartLayout(input);
    expect(reloaded.source).toBe('disk');
    expect(reloaded.positions).toEqual(first.positions);
  });

  it('keys on structure, direction and the effectively open set only', () => {
    const hash = structureHash(data.positions);
    expect(structureHash(data.positions)).toBe(hash);
    const renamed = data.positions.map((p) => ({ ...p, title: 'Renamed' }));
    expect(structureHash(renamed)).toBe(hash);
    const moved = data.positions.map((p) => (p.id === 'p5' ? { ...p, reportsTo: 'p2' } : p));
    expect(structureHash(moved)).not.toBe(hash);
    expect(layoutKey(hash, 'DOWN', ['a', 'b'])).not.toBe(layoutKey(hash, 'RIGHT', ['a', 'b']));
    expect(layoutKey(hash, 'DOWN', ['a', 'b'])).not.toBe(layoutKey(hash, 'DOWN', ['a']));
  });
});
