/**
 * What an export or a print covers: the whole chart as it is open, the part in view, or one
 * card's team. Each becomes the `SvgPart` the SVG builder draws. Pure.
 */
import type { ChartFlow } from '../../layout/flow';
import { childrenIn, type OrgTree } from '../../layout/orgTree';
import type { SvgPart } from './chartSvg';
import type { Rect } from './printPlan';

export type ExportScope = { kind: 'all' } | { kind: 'view' } | { kind: 'team'; id: string };

/** `id` and every position under it in the drawn tree. */
export function teamOf(tree: OrgTree, id: string): Set<string> {
  const team = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (team.has(current)) continue;
    team.add(current);
    stack.push(...childrenIn(tree, current));
  }
  return team;
}

/** The part of the chart to draw; `view` is the area on screen (chart coordinates). */
export function partOf(scope: ExportScope, tree: OrgTree, view: Rect | undefined): SvgPart {
  if (scope.kind === 'team') return { keep: teamOf(tree, scope.id) };
  if (scope.kind === 'view' && view) return { rect: view };
  return {};
}

/** How many cards of the part are drawn now, and how many positions it has in all. */
export function cardsIn(
  scope: ExportScope,
  flow: ChartFlow,
  tree: OrgTree,
): { drawn: number; total: number } {
  if (scope.kind !== 'team') {
    const drawn = flow.nodes.filter((n) => n.type === 'position').length;
    return { drawn, total: drawn };
  }
  const team = teamOf(tree, scope.id);
  const drawn = flow.nodes.filter((n) => n.type === 'position' && team.has(n.id)).length;
  return { drawn, total: team.size };
}
