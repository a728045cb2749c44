/**
 * The chart seen from far away: every card as a plain rectangle in its unit colour, leaf blocks
 * as frames, and all reporting lines as one path. Drawn as one SVG (`OverviewLayer`) instead of
 * a React Flow node per card: panning 1,000+ cards then moves a single layer, with no DOM nodes
 * mounted, measured or hit-tested per frame.
 */
import { Position } from '@xyflow/react';
import type { ChartFlow, ChartNode } from '../../layout/flow';
import { orgEdgePath } from './nodes/OrgEdge';

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

/** Fill of the unattached-group header, as in `.wf-group`. */
export const GROUP_FILL = '#f0c36d';

function handlePoint(node: ChartNode, handleId: string): [number, number, Position] | undefined {
  const h = node.handles?.find((x) => x.id === handleId);
  if (!h) return undefined;
  const x = node.position.x + h.x;
  const y = node.position.y + h.y;
  const w = h.width ?? 0;
  const hh = h.height ?? 0;
  switch (h.position) {
    case Position.Top:
      return [x + w / 2, y, h.position];
    case Position.Bottom:
      return [x + w / 2, y + hh, h.position];
    case Position.Left:
      return [x, y + hh / 2, h.position];
    default:
      return [x + w, y + hh / 2, h.position];
  }
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
    const color = node.type === 'position' ? node.data.color : GROUP_FILL;
    const list = byColor.get(color);
    if (list) list.push(rect);
    else byColor.set(color, [rect]);
  }
  const lines: string[] = [];
  for (const edge of flow.edges) {
    if (edge.type !== 'org') continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const s = handlePoint(source, edge.sourceHandle ?? 's');
    const t = handlePoint(target, edge.targetHandle ?? 't');
    if (s && t) lines.push(orgEdgePath(s[0], s[1], t[0], t[1], s[2], t[2]));
  }
  return {
    cards: [...byColor].map(([color, rects]) => ({ color, rects })),
    blocks,
    lines: lines.join(' '),
  };
}
