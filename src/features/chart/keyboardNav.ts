/** Arrow keys on the chart: to the manager, the first report, or the previous/next colleague. */
import { childrenIn, type OrgTree } from '../../layout/orgTree';
import type { Direction } from '../../layout/types';

export function neighbour(
  tree: OrgTree,
  expanded: ReadonlySet<string>,
  id: string,
  key: string,
  direction: Direction,
): string | undefined {
  const down = direction === 'DOWN';
  const toParent = down ? 'ArrowUp' : 'ArrowLeft';
  const toChild = down ? 'ArrowDown' : 'ArrowRight';
  const toPrev = down ? 'ArrowLeft' : 'ArrowUp';
  const toNext = down ? 'ArrowRight' : 'ArrowDown';
  if (key === toParent) return tree.parentOf.get(id);
  if (key === toChild) return expanded.has(id) ? childrenIn(tree, id)[0] : undefined;
  if (key !== toPrev && key !== toNext) return undefined;
  const parent = tree.parentOf.get(id);
  const siblings =
    parent !== undefined ? childrenIn(tree, parent) : [...tree.roots, ...tree.unattached];
  const at = siblings.indexOf(id);
  if (at === -1) return undefined;
  return siblings[key === toNext ? at + 1 : at - 1];
}
