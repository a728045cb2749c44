/**
 * The chart's tree of `index`. The first tree of a big organisation is built in short tasks
 * (`orgTreeInSlices`: at 100k positions the whole build is ~130 ms, one long task during a first
 * visit); until it is ready the chart draws nothing (the first view's picture, if any, stays).
 * Later indexes (an edit in the draft) are built at once: a chart that went blank on each
 * edit, or drew the old tree with the new data, would be worse than a short pause.
 */
import { useEffect, useState } from 'react';
import type { OrgIndex } from '../../domain/orgIndex';
import { builtOrgTree, orgTreeInSlices, orgTreeOf, type OrgTree } from '../../layout/orgTree';

/** Above this many positions the first tree is built in slices. */
export const TREE_SLICED_ABOVE = 20_000;

export function useOrgTree(index: OrgIndex | undefined): OrgTree | undefined {
  const [hadTree, setHadTree] = useState(false);
  /** Bumped when a sliced build is done: the tree is then in `builtOrgTree`'s cache. */
  const [, setBuilt] = useState(0);
  const known = index && builtOrgTree(index);
  const slice =
    index !== undefined && !known && !hadTree && index.positionById.size > TREE_SLICED_ABOVE;
  const tree = index && (known ?? (slice ? undefined : orgTreeOf(index)));

  useEffect(() => {
    if (tree && !hadTree) setHadTree(true);
  }, [tree, hadTree]);

  useEffect(() => {
    if (!index || !slice) return;
    let live = true;
    void orgTreeInSlices(index, () => live).then((built) => {
      if (built && live) setBuilt((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [index, slice]);

  return tree;
}
