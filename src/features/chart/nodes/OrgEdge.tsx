/**
 * A reporting line drawn the org-chart way: down from the manager, along a bus just above the
 * reports, then down into each report. Smoothstep would put the bus halfway, through assistants.
 */
import { BaseEdge, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

/** Half the level gap: the bus sits this far before the report. */
export const BUS_OFFSET = 28;

export function orgEdgePath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  source: Position,
  target: Position,
): string {
  if (source === Position.Bottom && target === Position.Left) return `M${sx},${sy} V${ty} H${tx}`;
  if (source === Position.Bottom) {
    const bus = Math.max(sy, ty - BUS_OFFSET);
    return `M${sx},${sy} V${bus} H${tx} V${ty}`;
  }
  const bus = Math.max(sx, tx - BUS_OFFSET);
  return `M${sx},${sy} H${bus} V${ty} H${tx}`;
}

function OrgEdgeView(props: EdgeProps) {
  const path = orgEdgePath(
    props.sourceX,
    props.sourceY,
    props.targetX,
    props.targetY,
    props.sourcePosition,
    props.targetPosition,
  );
  return <BaseEdge id={props.id} path={path} style={props.style} />;
}

export const OrgEdge = memo(OrgEdgeView);
export const edgeTypes = { org: OrgEdge };
