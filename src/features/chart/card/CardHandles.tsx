/**
 * React Flow's `<Handle>`s of a box, placed where `geometry.ts` says: the lines are computed
 * from the same list (the node's `handles`), so the DOM handles never sit somewhere else.
 *
 * They sit in one frame over the whole node (`.wf-handles`, a sibling of the card, so their
 * coordinates are the node's as in `geometry.ts`, not the card's inside its 6 px unit border),
 * with `content-visibility: hidden`. React Flow reads them when it measures a node
 * (`getBoundingClientRect`, which lays out a hidden subtree on demand) and never draws them.
 * Each handle is a positioned box, so a layer of its own to every hit test and paint: four per
 * card, they were a quarter of the main thread's work on each pan frame (src/layout/README.md).
 * In the hidden frame, paint and hit tests skip them.
 */
import { Handle, type Position } from '@xyflow/react';
import type { CardHandle } from './geometry';

export function CardHandles({ handles }: { handles: readonly CardHandle[] }) {
  return (
    <div className="wf-handles">
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
    </div>
  );
}
