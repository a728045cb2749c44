/** The chart's React Flow edges: reporting lines and dotted lines, drawn by `edgePath.ts`. */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { dottedEdgePath, orgEdgePath } from './edgePath';

function edgeView(path: typeof orgEdgePath) {
  return function EdgeView(props: EdgeProps) {
    const d = path(
      { x: props.sourceX, y: props.sourceY },
      { x: props.targetX, y: props.targetY },
      props.sourcePosition,
      props.targetPosition,
    );
    return <BaseEdge id={props.id} path={d} style={props.style} />;
  };
}

export const OrgEdge = memo(edgeView(orgEdgePath));
export const DottedEdge = memo(edgeView(dottedEdgePath));
/** Defined once at module level: a new object per render would remount every edge. */
export const edgeTypes = { org: OrgEdge, dotted: DottedEdge };
