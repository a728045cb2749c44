import { describe, expect, it } from 'vitest';
import {
  collapseSubtree,
  effectiveExpanded,
  expandAll,
  expandPathTo,
  initialExpansion,
} from '../../src/layout/expansion';
import { buildOrgTree, hasIssues, pathFromTop } from '../../src/layout/orgTree';
import { indexOf, makeOrg, regularOrg } from './layoutFixture';

describe('buildOrgTree', () => {
  it('follows reportsTo and counts descendants', () => {
    const tree = buildOrgTree(indexOf(regularOrg(3, 2)));
    expect(tree.roots).toEqual(['p0']);
    expect(tree.childrenOf.get('p0')).toEqual(['p1', 'p2', 'p3']);
    expect(tree.descendants.get('p0')).toBe(12);
    expect(tree.parentOf.get('p4')).toBe('p1');
    expect(hasIssues(tree)).toBe(false);
  });

  it('puts cycles and unknown managers in the unattached group and names them', () => {
    const data = makeOrg([
      { id: 'ceo' },
      { id: 'a', reportsTo: 'ceo' },
      { id: 'orphan', reportsTo: 'nobody' },
      { id: 'under-orphan', reportsTo: 'orphan' },
      { id: 'x', reportsTo: 'y' },
      { id: 'y', reportsTo: 'x' },
      { id: 'tail', reportsTo: 'x' },
      { id: 'self', reportsTo: 'self' },
    ]);
    const tree = buildOrgTree(indexOf(data));
    expect(tree.roots).toEqual(['ceo']);
    expect(tree.issues.unknownManager).toEqual(['orphan', 'self']);
    expect(tree.issues.cycles).toEqual([['x', 'y']]);
    expect(tree.unattached).toEqual(['orphan', 'self', 'x']);
    expect(tree.childrenOf.get('x')).toEqual(['y', 'tail']);
    expect(tree.childrenOf.get('orphan')).toEqual(['under-orphan']);
    // Every position is drawn exactly once.
    const drawn = new Set([...tree.roots, ...tree.unattached, ...tree.parentOf.keys()]);
    expect(drawn.size).toBe(data.positions.length);
  });

  it('flags several roots', () => {
    const tree = buildOrgTree(indexOf(makeOrg([{ id: 'a' }, { id: 'b' }])));
    expect(tree.issues.severalRoots).toEqual(['a', 'b']);
  });

  it('expects one tree per organisation: only tops sharing an organisation are named', () => {
    const data = makeOrg([
      { id: 'dft-top', orgId: 'dft' },
      { id: 'dft-head', reportsTo: 'dft-top', orgId: 'dft' },
      { id: 'ho-top', orgId: 'ho' },
      { id: 'ho-stray', orgId: 'ho' },
      { id: 'mod-top', orgId: 'mod' },
    ]);
    const tree = buildOrgTree(indexOf(data));
    expect(tree.roots).toEqual(['dft-top', 'ho-top', 'ho-stray', 'mod-top']);
    expect(tree.issues.severalRoots).toEqual(['ho-top', 'ho-stray']);
    const oneEach = makeOrg([
      { id: 'a', orgId: 'dft' },
      { id: 'b', orgId: 'ho' },
    ]);
    expect(hasIssues(buildOrgTree(indexOf(oneEach)))).toBe(false);
  });

  it('handles a 20,000-deep chain without overflowing the stack', () => {
    const positions = Array.from({ length: 20_000 }, (_, i) =>
      i === 0 ? { id: 'c0' } : { id: `c${i}`, reportsTo: `c${i - 1}` },
    );
    const tree = buildOrgTree(indexOf(makeOrg(positions)));
    expect(tree.descendants.get('c0')).toBe(19_999);
    expect(pathFromTop(tree, 'c19999')).toHaveLength(20_000);
  });
});

describe('expansion', () => {
  const tree = buildOrgTree(indexOf(regularOrg(5, 4))); // 1 + 5 + 25 + 125 + 625

  it('opens levels while the first view stays near 150 cards', () => {
    const open = initialExpansion(tree);
    expect(open.has('p0')).toBe(true);
    // 1 + 5 + 25 = 31 shown after two levels; the third level would add 125 → 156 > 150: stop midway.
    const shown = 1 + [...open].reduce((n, id) => n + (tree.childrenOf.get(id)?.length ?? 0), 0);
    expect(shown).toBeLessThanOrEqual(150);
    expect(shown).toBeGreaterThan(100);
  });

  it('always opens the top even when it has many reports', () => {
    const big = buildOrgTree(indexOf(regularOrg(400, 1)));
    expect([...initialExpansion(big)]).toEqual(['p0']);
  });

  it('expands the path to a node and collapses a subtree', () => {
    const open = expandPathTo(tree, new Set(), 'p200');
    expect(
      pathFromTop(tree, 'p200')
        .slice(0, -1)
        .every((id) => open.has(id)),
    ).toBe(true);
    const all = expandAll(tree);
    expect(all.size).toBe(1 + 5 + 25 + 125);
    const closed = collapseSubtree(tree, all, 'p1');
    expect(closed.has('p1')).toBe(false);
    expect(closed.has('p6')).toBe(false);
    expect(closed.has('p2')).toBe(true);
  });

  it('ignores open ids hidden under closed ones', () => {
    expect(effectiveExpanded(tree, new Set(['p1', 'p6']))).toEqual([]);
    expect(effectiveExpanded(tree, new Set(['p0', 'p1', 'p6']))).toEqual(['p0', 'p1', 'p6']);
  });
});
