/**
 * React Flow's `<Handle>`s of a box, placed where `geometry.ts` says: the lines are computed
 * from the same list (the node's `handles`), so the DOM handles never sit somewhere else.
 */
import { Handle, type Position } from '@xyflow/react';
import type { CardHandle } from './geometry';

export function CardHandles({ handles }: { handles: readonly CardHandle[] }) {
  return (
    <>
      {handles.map((h) => (
        <Handle
          key={h.id}
          id={h.id}
          type={h.type}
          position={h.position as Position}
          isConnectable={false}
          style={{ left: h.x, top: h.y, width: h.width, height: h.height, transform: 'none' }}
        />
      ))}
    </>
  );
}
