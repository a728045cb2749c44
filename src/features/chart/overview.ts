/**
 * The chart seen from far away: every card as a plain rectangle in its unit colour, leaf blocks
 * as frames, and all reporting lines as one path. Drawn as one SVG (`OverviewLayer`) instead of
 * a React Flow node per card: panning 1,000+ cards then moves a single layer, with no DOM nodes
 * mounted, measured or hit-tested per frame.
 */
import type { ChartFlow, ChartNode } from '../../layout/flow';
import { edgePathOf } from './card/edgePath';
import { palette } from './card/palette';

export interface OverviewRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Overview {
  /** Cards grouped by fill colour (a few dozen groups, not one attribute per card). */
  cards: { color: string; rects: OverviewRect[] }[];
  blocks: OverviewRect[];
  /** Solid and assistant reporting lines; dotted lines are left out at this distance. */
  lines: string;
}

export function overviewOf(flow: ChartFlow): Overview {
  const byColor = new Map<string, OverviewRect[]>();
  const blocks: OverviewRect[] = [];
  const byId = new Map<string, ChartNode>();
  for (const node of flow.nodes) {
    byId.set(node.id, node);
    const rect = {
      id: node.id,
      x: node.position.x,
      y: node.position.y,
      width: node.width ?? 0,
      height: node.height ?? 0,
    };
    if (node.type === 'block') {
      blocks.push(rect);
      continue;
    }
    const color = node.type === 'position' ? node.data.color : palette.groupMark;
    const list = byColor.get(color);
    if (list) list.push(rect);
    else byColor.set(color, [rect]);
  }
  const lines: string[] = [];
  for (const edge of flow.edges) {
    if (edge.type !== 'org') continue;
    const path = edgePathOf(edge, byId);
    if (path) lines.push(path);
  }
  return {
    cards: [...byColor].map(([color, rects]) => ({ color, rects })),
    blocks,
    lines: lines.join(' '),
  };
}
