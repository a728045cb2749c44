/** Which positions are open: the adaptive first view, expand all, and paths to a node. */
import { childrenIn, pathFromTop, type OrgTree } from './orgTree';

/** About this many cards in the first view: readable, and fast to lay out and draw. */
export const FIRST_VIEW_CARDS = 150;

/**
 * Opens level after level from the tops while the number of shown cards stays within
 * `budget`; the tops themselves are always open. Inside a level, positions open in order
 * until the next one would exceed the budget.
 */
export function initialExpansion(tree: OrgTree, budget = FIRST_VIEW_CARDS): Set<string> {
  const expanded = new Set<string>();
  let shown = tree.roots.length + tree.unattached.length;
  let level: string[] = [];
  for (const id of [...tree.roots, ...tree.unattached]) {
    if (childrenIn(tree, id).length === 0) continue;
    expanded.add(id);
    shown += childrenIn(tree, id).length;
    level.push(...childrenIn(tree, id));
  }
  while (level.length > 0 && shown < budget) {
    const next: string[] = [];
    for (const id of level) {
      const kids = childrenIn(tree, id);
      if (kids.length === 0) continue;
      if (shown + kids.length > budget) return expanded;
      expanded.add(id);
      shown += kids.length;
      next.push(...kids);
    }
    level = next;
  }
  return expanded;
}

/** Every position that has reports. */
export function expandAll(tree: OrgTree): Set<string> {
  return new Set(tree.childrenOf.keys());
}

/**
 * Depth first from `starts` down the reporting lines (the one walk of opening, closing and
 * pruning); `visit` returns false to skip what is below a position.
 */
function walkDown(
  tree: OrgTree,
  starts: readonly string[],
  visit: (id: string, children: readonly string[]) => boolean | void,
): void {
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const children = childrenIn(tree, id);
    if (visit(id, children) === false) continue;
    stack.push(...children);
  }
}

/** `expanded` plus every ancestor of `id`, so that `id` is shown. */
export function expandPathTo(
  tree: OrgTree,
  expanded: ReadonlySet<string>,
  id: string,
): Set<string> {
  const next = new Set(expanded);
  const path = pathFromTop(tree, id);
  for (let i = 0; i < path.length - 1; i++) next.add(path[i] as string);
  return next;
}

/** Closes `id` and everything below it (reopening a team starts collapsed inside). */
export function collapseSubtree(
  tree: OrgTree,
  expanded: ReadonlySet<string>,
  id: string,
): Set<string> {
  const next = new Set(expanded);
  walkDown(tree, [id], (current) => {
    next.delete(current);
  });
  return next;
}

/** Only what is actually shown matters for the layout: drop open ids under closed ones. */
export function effectiveExpanded(tree: OrgTree, expanded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  walkDown(tree, [...tree.roots, ...tree.unattached], (id) => {
    if (!expanded.has(id)) return false;
    out.push(id);
  });
  return out.sort();
}

/** `expanded` plus `id` and everything below it that has reports (a whole team, to export). */
export function expandSubtree(
  tree: OrgTree,
  expanded: ReadonlySet<string>,
  id: string,
): Set<string> {
  const next = new Set(expanded);
  walkDown(tree, [id], (current, children) => {
    if (children.length === 0) return false;
    next.add(current);
  });
  return next;
}
