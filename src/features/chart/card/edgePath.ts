/**
 * Reporting lines as SVG paths, from two points and their sides: pure, so the React Flow edges,
 * the overview and the SVG export draw the very same lines (as xyflow's `packages/system` edge
 * functions serve every renderer).
 */
import { handlePoint, type PlacedBox, type Point, type Side } from './geometry';

/** Half the level gap: the bus sits this far before the report. */
export const BUS_OFFSET = 28;

/**
 * The org-chart way: down from the manager, along a bus just above the reports, then down into
 * each report (left-right: the same turned). Smoothstep would put the bus halfway, through
 * assistants. From a bottom handle into a left one (an assistant beside the line): down, across.
 */
export function orgEdgePath(s: Point, t: Point, source: Side, target: Side): string {
  if (source === 'bottom' && target === 'left') return `M${s.x},${s.y} V${t.y} H${t.x}`;
  if (source === 'bottom') {
    const bus = Math.max(s.y, t.y - BUS_OFFSET);
    return `M${s.x},${s.y} V${bus} H${t.x} V${t.y}`;
  }
  const bus = Math.max(s.x, t.x - BUS_OFFSET);
  return `M${s.x},${s.y} H${bus} V${t.y} H${t.x}`;
}

/** React Flow's control offset for a bezier end (`calculateControlOffset`, curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'left':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y };
    case 'right':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y };
    case 'top':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) };
    default:
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) };
  }
}

/** A dotted-line relation: a soft curve, so it never reads as a reporting line. */
export function dottedEdgePath(s: Point, t: Point, source: Side, target: Side): string {
  const c1 = control(source, s, t);
  const c2 = control(target, t, s);
  return `M${s.x},${s.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${t.x},${t.y}`;
}

/** What a line needs to be drawn: its ends and which kind it is. */
export interface LineEnds {
  source: string;
  target: string;
  sourceHandle?: string | null | undefined;
  targetHandle?: string | null | undefined;
  type?: string | undefined;
}

/** A flow edge's path between its boxes' handles; `undefined` when an end is not drawn. */
export function edgePathOf(
  edge: LineEnds,
  byId: ReadonlyMap<string, PlacedBox>,
): string | undefined {
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  if (!source || !target) return undefined;
  const s = handlePoint(source, edge.sourceHandle);
  const t = handlePoint(target, edge.targetHandle);
  if (!s || !t) return undefined;
  const path = edge.type === 'dotted' ? dottedEdgePath : orgEdgePath;
  return path(s.point, t.point, s.side, t.side);
}
