/**
 * The solid-line tree as the chart draws it, derived from the OrgIndex. Bad structure is
 * tolerated and reported: positions under an unknown manager (or themselves) and positions on
 * a reporting cycle become "unattached" and are drawn in a group of their own.
 */
import type { OrgIndex } from '../domain/orgIndex';
import { rootsSharingAnOrganisation } from '../domain/roots';
import { runSliced, runToEnd } from '../domain/steps';

export interface OrgTree {
  /** Top positions (no manager given), in file order. */
  roots: readonly string[];
  /** Tops of the unattached parts (unknown manager, self-report, cycle entry), in file order. */
  unattached: readonly string[];
  /** Position id → drawn children (assistants and leaves included), in file order. */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  /** Position id → drawn parent; absent for roots and unattached tops. */
  parentOf: ReadonlyMap<string, string>;
  /** Position id → number of positions below it in the drawn tree. */
  descendants: ReadonlyMap<string, number>;
  /** What the warning names. */
  issues: TreeIssues;
}

export interface TreeIssues {
  /** Positions whose manager id is unknown (or is the position itself). */
  unknownManager: string[];
  /** Each cycle found, as the list of its position ids. */
  cycles: string[][];
  /** Top positions that share their organisation with another top (one tree per organisation). */
  severalRoots: string[];
}

const EMPTY: readonly string[] = [];
const cache = new WeakMap<OrgIndex, OrgTree>();

export function childrenIn(tree: OrgTree, id: string): readonly string[] {
  return tree.childrenOf.get(id) ?? EMPTY;
}

/** Memoized per index: the chart asks for it on every render. */
export function orgTreeOf(index: OrgIndex): OrgTree {
  let tree = cache.get(index);
  if (!tree) {
    tree = buildOrgTree(index);
    cache.set(index, tree);
  }
  return tree;
}

/** The tree of `index` if it was built already (`orgTreeOf`, `orgTreeInSlices`). */
export const builtOrgTree = (index: OrgIndex): OrgTree | undefined => cache.get(index);

/**
 * `orgTreeOf` in short tasks (at 100k positions the tree is ~130 ms of work, one long task on
 * the page); undefined when `live()` turns false at a pause.
 */
export async function orgTreeInSlices(
  index: OrgIndex,
  live: () => boolean,
): Promise<OrgTree | undefined> {
  const known = cache.get(index);
  if (known) return known;
  const tree = await runSliced(orgTreeSteps(index), live);
  if (tree && !cache.has(index)) cache.set(index, tree);
  return cache.get(index) ?? tree;
}

export const buildOrgTree = (index: OrgIndex): OrgTree => runToEnd(orgTreeSteps(index));

/** Positions handled between two pauses of `orgTreeSteps`. */
const STEP = 2_000;

/** Builds the tree, yielding every `STEP` positions (see `domain/steps.ts`). */
export function* orgTreeSteps(index: OrgIndex): Generator<void, OrgTree> {
  let work = 0;
  const roots: string[] = [];
  const unattached: string[] = [];
  const unknownManager: string[] = [];
  for (const id of index.rootPositionIds) {
    const manager = index.positionById.get(id)?.reportsTo;
    if (manager === undefined) roots.push(id);
    else {
      unattached.push(id);
      unknownManager.push(id);
    }
  }

  const childrenOf = new Map<string, string[]>();
  const parentOf = new Map<string, string>();
  const visited = new Set<string>();
  function* walk(top: string): Generator<void, void> {
    const stack = [top];
    visited.add(top);
    while (stack.length > 0) {
      if (++work % STEP === 0) yield;
      const id = stack.pop() as string;
      const kids: string[] = [];
      for (const child of index.reportsOf.get(id) ?? EMPTY) {
        if (visited.has(child)) continue;
        visited.add(child);
        kids.push(child);
        parentOf.set(child, id);
        stack.push(child);
      }
      if (kids.length > 0) childrenOf.set(id, kids);
    }
  }
  for (const id of roots) yield* walk(id);
  for (const id of unattached) yield* walk(id);

  // Whatever is still unvisited hangs under a cycle: enter each cycle once, at its first member.
  const cycles: string[][] = [];
  for (const position of index.positionById.values()) {
    if (++work % STEP === 0) yield;
    if (visited.has(position.id)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = position.id;
    while (current !== undefined && !visited.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = index.positionById.get(current)?.reportsTo;
    }
    if (current === undefined || visited.has(current)) continue; // reached later via a cycle top
    const cycle = path.slice(onPath.get(current));
    cycles.push(cycle);
    const entry = cycle[0] as string;
    unattached.push(entry);
    yield* walk(entry);
  }

  const descendants = new Map<string, number>();
  function* count(top: string): Generator<void, void> {
    // Post-order without recursion: deep chains must not overflow the stack.
    const order: string[] = [];
    const stack = [top];
    while (stack.length > 0) {
      if (++work % STEP === 0) yield;
      const id = stack.pop() as string;
      order.push(id);
      for (const child of childrenOf.get(id) ?? EMPTY) stack.push(child);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      if (++work % STEP === 0) yield;
      const id = order[i] as string;
      let total = 0;
      for (const child of childrenOf.get(id) ?? EMPTY) total += 1 + (descendants.get(child) ?? 0);
      descendants.set(id, total);
    }
  }
  for (const id of roots) yield* count(id);
  for (const id of unattached) yield* count(id);

  return {
    roots,
    unattached,
    childrenOf,
    parentOf,
    descendants,
    issues: {
      unknownManager,
      cycles,
      severalRoots: rootsSharingAnOrganisation(
        roots.map((id) => ({ id, orgId: index.positionById.get(id)?.orgId })),
      ),
    },
  };
}

/** The drawn path from a top down to `id` (inclusive), following `parentOf`. */
export function pathFromTop(tree: OrgTree, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    path.push(current);
    current = tree.parentOf.get(current);
  }
  return path.reverse();
}

export function hasIssues(tree: OrgTree): boolean {
  const { unknownManager, cycles, severalRoots } = tree.issues;
  return unknownManager.length > 0 || cycles.length > 0 || severalRoots.length > 0;
}
