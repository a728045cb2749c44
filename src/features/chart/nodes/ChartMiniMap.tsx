/**
 * The minimap, drawn from the whole chart rather than from React Flow's nodes (on big charts
 * React Flow only holds a window around the viewport, `nodeWindow.ts`). The cards are painted
 * once per chart on a canvas (10k rectangles in a few ms, no DOM per card); only the viewport
 * frame above them follows pan and zoom, so a frame costs one small re-render instead of one
 * store selector per node (React Flow's `MiniMap`).
 * A click or a drag centres the view on that point.
 */
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChartFlow, ChartNode } from '../../../layout/flow';
import { palette } from '../card/palette';
import { minimapSize } from '../minimapSize';

interface Size {
  width: number;
  height: number;
}

/** Draws every card as a small rectangle in its colour, scaled to fit (`viewBox` meet). */
function drawCards(canvas: HTMLCanvasElement, flow: ChartFlow, box: ViewBox, size: Size) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = size.width * ratio;
  canvas.height = size.height * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { scale, dx, dy } = fitOf(box, size);
  ctx.setTransform(scale * ratio, 0, 0, scale * ratio, dx * ratio, dy * ratio);
  // One path and one fill per colour: setting a fill per card costs more than drawing it.
  const byColor = new Map<string, ChartNode[]>();
  for (const n of flow.nodes) {
    if (n.type === 'block') continue;
    const color = n.type === 'position' ? n.data.color : palette.groupMark;
    const list = byColor.get(color);
    if (list) list.push(n);
    else byColor.set(color, [n]);
  }
  // At least a device pixel, else far-out cards would vanish.
  const min = 1 / (scale * ratio);
  for (const [color, nodes] of byColor) {
    ctx.beginPath();
    for (const n of nodes) {
      ctx.rect(
        n.position.x,
        n.position.y,
        Math.max(n.width ?? 0, min),
        Math.max(n.height ?? 0, min),
      );
    }
    ctx.fillStyle = color;
    ctx.fill();
  }
}

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Chart → minimap pixels, as an SVG `viewBox` with `preserveAspectRatio="xMidYMid meet"`. */
function fitOf(box: ViewBox, { width, height }: Size) {
  const scale = Math.min(width / box.width, height / box.height);
  return {
    scale,
    dx: (width - box.width * scale) / 2 - box.x * scale,
    dy: (height - box.height * scale) / 2 - box.y * scale,
  };
}

const selectView = (s: ReactFlowState): number[] => [...s.transform, s.width, s.height];

function ViewportFrame({ viewBox, ref }: { viewBox: string; ref: React.Ref<SVGSVGElement> }) {
  const [x, y, zoom, width, height] = useStore(useShallow(selectView));
  const z = zoom || 1;
  return (
    <svg ref={ref} className="wf-minimap-frame" viewBox={viewBox} aria-hidden="true">
      <rect
        x={-(x ?? 0) / z}
        y={-(y ?? 0) / z}
        width={(width ?? 0) / z}
        height={(height ?? 0) / z}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

function ChartMiniMapView({ flow, label }: { flow: ChartFlow; label: string }) {
  const rf = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<SVGSVGElement>(null);
  const pad = 40;
  const box = useMemo(
    () => ({
      x: -pad,
      y: -pad,
      width: Math.ceil(flow.bounds.width) + 2 * pad,
      height: Math.ceil(flow.bounds.height) + 2 * pad,
    }),
    [flow],
  );
  const size = useMemo(() => minimapSize(box), [box]);
  useEffect(() => {
    if (canvas.current) drawCards(canvas.current, flow, box, size);
  }, [flow, box, size]);

  const centreAt = (e: React.PointerEvent) => {
    const matrix = frame.current?.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    void rf.setCenter(p.x, p.y, { zoom: rf.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="wf-minimap">
      <div
        className="wf-minimap-body"
        style={{ width: size.width, height: size.height }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
        }}
      >
        <canvas ref={canvas} className="wf-minimap-cards" role="img" aria-label={label} />
        <ViewportFrame ref={frame} viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} />
      </div>
    </Panel>
  );
}

export const ChartMiniMap = memo(ChartMiniMapView);
