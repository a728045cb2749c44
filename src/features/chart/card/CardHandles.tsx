/**
 * The handles of a box, placed where `geometry.ts` says: the lines are computed from the same
 * list (the node's `handles`), so the DOM handles never sit somewhere else.
 *
 * They sit in one frame over the whole node (`.wf-handles`, a sibling of the card, so their
 * coordinates are the node's as in `geometry.ts`, not the card's inside its 6 px unit border),
 * `visibility: hidden` and `pointer-events: none`: never drawn nor hit. React Flow only reads
 * them when it measures a node (`getHandleBounds`: the `source` / `target` class,
 * `data-handleid`, `data-handlepos`, `getBoundingClientRect` and `offsetWidth`), which it does
 * for every node it mounts (its ResizeObserver's first call), and nothing connects on this
 * chart (`nodesConnectable={false}`). So they are plain elements with React Flow's `<Handle>`
 * markup, not `<Handle>`s: each of those subscribes to React Flow's store, about a thousand
 * selectors run on every pan frame at 250 cards.
 *
 * Each handle is an in-flow item of the frame's one grid cell, placed by its margins: a
 * positioned handle was a layer of its own to every hit test and paint, four per card, a
 * quarter of the main thread's work on each pan frame (src/layout/README.md). In a
 * `content-visibility: hidden` frame instead, each of React Flow's reads laid the hidden
 * subtree out on demand, ~1 ms a read: 174 ms for the 20 cards of the 100k first view, the
 * longest task of that visit.
 */
import type { CardHandle } from './geometry';

export function CardHandles({ handles }: { handles: readonly CardHandle[] }) {
  return (
    <div className="wf-handles">
      {handles.map((h) => (
        <div
          key={h.id}
          data-handleid={h.id}
          data-handlepos={h.position}
          className={`react-flow__handle react-flow__handle-${h.position} nodrag nopan ${h.type}`}
          style={{
            marginLeft: h.x,
            marginTop: h.y,
            width: h.width,
            height: h.height,
            transform: 'none',
          }}
        />
      ))}
    </div>
  );
}
