/**
 * Edit mode on the chart: a position card can be dragged onto another card to report to it.
 * Kept apart from the canvas: the canvas stays read-only (nothing draggable) unless `editing`.
 * The dragged card follows the pointer (React Flow reports its moves; the flow is not changed),
 * the card under the pointer is marked as the drop target, and the drop applies the editor's
 * `movePosition` (loaded with the editor chunk). The keyboard way is "Move under another
 * manager" in the record (WCAG 2.5.7).
 */
import { readOnlyBuild } from '../../app/buildFlags';
import {
  useReactFlow,
  type Node,
  type NodeChange,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { ChartFlow } from '../../layout/flow';
import { setNodeOpen } from './chartActions';

interface Drag {
  id: string;
  position?: XYPosition;
  targetId?: string | undefined;
}

export interface ChartDrag {
  /** Props for `<ReactFlow>`: empty when not editing. */
  props: {
    onNodesChange?: (changes: NodeChange[]) => void;
    onNodeDragStart?: OnNodeDrag;
    onNodeDrag?: OnNodeDrag;
    onNodeDragStop?: OnNodeDrag;
  };
  /** The nodes to hand to React Flow: position cards draggable, the drag shown. */
  decorate: <N extends Node>(nodes: N[]) => N[];
}

const same = <N>(nodes: N[]) => nodes;

/** Where the pointer (or the lifted finger) is. */
function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
}

export function useChartDrag(flow: ChartFlow, editing: boolean): ChartDrag {
  const rf = useReactFlow();
  const [drag, setDrag] = useState<Drag>();

  /** The position card under the pointer, other than the dragged one. */
  const cardAt = useCallback(
    (event: MouseEvent | TouchEvent, exclude: string) => {
      const at = pointOf(event);
      if (!at) return undefined;
      const p = rf.screenToFlowPosition(at);
      return flow.nodes.find(
        (n) =>
          n.type === 'position' &&
          n.id !== exclude &&
          p.x >= n.position.x &&
          p.x <= n.position.x + (n.width ?? 0) &&
          p.y >= n.position.y &&
          p.y <= n.position.y + (n.height ?? 0),
      )?.id;
    },
    [rf, flow],
  );

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    for (const c of changes) {
      if (c.type !== 'position' || !c.position) continue;
      const position = c.position;
      setDrag((d) => (d?.id === c.id ? { ...d, position } : d));
    }
  }, []);
  const onNodeDragStart = useCallback<OnNodeDrag>((_e, node) => {
    if (node.type === 'position') setDrag({ id: node.id });
  }, []);
  const onNodeDrag = useCallback<OnNodeDrag>(
    (event, node) => {
      const targetId = cardAt(event, node.id);
      setDrag((d) => (d && d.targetId !== targetId ? { ...d, targetId } : d));
    },
    [cardAt],
  );
  const onNodeDragStop = useCallback<OnNodeDrag>(
    (event, node) => {
      setDrag(undefined);
      const managerId = cardAt(event, node.id);
      if (node.type !== 'position' || managerId === undefined) return;
      void (__EDITING_ENABLED__ ? import('../editor/chartMove') : readOnlyBuild()).then(
        ({ moveOnChart }) => {
          // Open the new manager's team, so the moved card stays in sight.
          if (moveOnChart(node.id, managerId)) setNodeOpen(managerId, true);
        },
      );
    },
    [cardAt],
  );

  const decorate = useCallback(
    <N extends Node>(nodes: N[]): N[] =>
      nodes.map((n) => {
        if (n.type !== 'position') return n;
        if (n.id === drag?.id) {
          return {
            ...n,
            draggable: true,
            ...(drag.position ? { position: drag.position } : {}),
            className: 'is-dragged',
          };
        }
        if (n.id === drag?.targetId) return { ...n, draggable: true, className: 'is-drop-target' };
        return { ...n, draggable: true };
      }),
    [drag],
  );

  return useMemo(
    () =>
      editing
        ? { props: { onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop }, decorate }
        : { props: {}, decorate: same },
    [editing, onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop, decorate],
  );
}
