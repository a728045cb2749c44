/** What the chart's buttons and keys do, as plain functions over the org and chart stores. */
import { reportingChain } from '../../domain/orgIndex';
import {
  collapseSubtree,
  expandAll,
  expandPathTo,
  expandSubtree,
  initialExpansion,
} from '../../layout/expansion';
import { cancelLayouts } from '../../layout/layoutClient';
import { orgTreeOf } from '../../layout/orgTree';
import { useChartStore } from '../../store/chartStore';
import { useOrgStore } from '../../store/orgStore';

function current() {
  const index = useOrgStore.getState().index;
  if (!index) return undefined;
  const chart = useChartStore.getState();
  const tree = orgTreeOf(index);
  const expanded =
    chart.expanded && chart.expandedFor === index ? chart.expanded : initialExpansion(tree);
  return { index, tree, expanded, chart };
}

export function toggleNode(id: string): void {
  const c = current();
  if (!c) return;
  const next = c.expanded.has(id)
    ? collapseSubtree(c.tree, c.expanded, id)
    : new Set(c.expanded).add(id);
  c.chart.setAnchor(id);
  c.chart.setExpanded(next, c.index);
}

export function setNodeOpen(id: string, open: boolean): void {
  const c = current();
  if (c && c.expanded.has(id) !== open) toggleNode(id);
}

/** Opens everything; the layout hook shows progress and `cancelExpandAll` goes back. */
export function expandEverything(): void {
  const c = current();
  if (!c) return;
  const all = expandAll(c.tree);
  c.chart.setProgress({ phase: 'layout', count: c.index.positionById.size, undo: c.expanded });
  c.chart.setExpanded(all, c.index);
}

export function cancelExpandAll(): void {
  const { progress, setProgress, setExpanded } = useChartStore.getState();
  const index = useOrgStore.getState().index;
  if (!progress || !index) return;
  cancelLayouts();
  setProgress(undefined);
  setExpanded(progress.undo, index);
}

/** Only the tops stay open (their reports shown), everything else closes. */
export function collapseEverything(): void {
  const c = current();
  if (!c) return;
  const open = new Set<string>();
  for (const id of [...c.tree.roots, ...c.tree.unattached]) {
    if (c.tree.childrenOf.has(id)) open.add(id);
  }
  c.chart.setExpanded(open, c.index);
  c.chart.reveal(c.tree.roots[0] ?? c.tree.unattached[0]);
}

export function firstView(): void {
  const c = current();
  if (!c) return;
  c.chart.setExpanded(initialExpansion(c.tree), c.index);
  c.chart.requestFrame();
}

/** Opens every level of `id`'s team (to export or print all of it). */
export function openTeam(id: string): void {
  const c = current();
  if (!c || !c.index.positionById.has(id)) return;
  c.chart.setAnchor(id);
  c.chart.setExpanded(expandSubtree(c.tree, c.expanded, id), c.index);
}

/** Deep link and "Show on chart": open the path, select, highlight the chain, centre. */
export function showOnChart(id: string, focus = false): void {
  const c = current();
  if (!c || !c.index.positionById.has(id)) return;
  c.chart.setExpanded(expandPathTo(c.tree, c.expanded, id), c.index);
  c.chart.select(id);
  c.chart.setChain(reportingChain(c.index, id));
  c.chart.reveal(id, focus);
}

export function useChartActions() {
  return { toggle: toggleNode };
}
