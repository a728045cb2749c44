/**
 * The far-away chart as one SVG inside the React Flow viewport (see `overview.ts`). It is
 * static: panning and zooming only move the viewport's transform, React never re-renders it.
 * Decorative (`aria-hidden`): the cards it draws are unreadable at this zoom; the tops stay real,
 * focusable nodes and any keyboard move zooms back in (`ChartCanvas`).
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { ChartFlow } from '../../../layout/flow';
import { overviewOf } from '../overview';

interface Props {
  flow: ChartFlow;
  hidden: boolean;
}

function OverviewLayerView({ flow, hidden }: Props) {
  const overview = useMemo(() => overviewOf(flow), [flow]);
  return (
    <ViewportPortal>
      <svg
        className="wf-overview"
        data-testid="chart-overview"
        width={Math.ceil(flow.bounds.width)}
        height={Math.ceil(flow.bounds.height)}
        aria-hidden="true"
        style={hidden ? { display: 'none' } : undefined}
      >
        <g className="wf-overview-blocks">
          {overview.blocks.map((r) => (
            <rect key={r.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={14} />
          ))}
        </g>
        <path className="wf-overview-lines" d={overview.lines} />
        {overview.cards.map(({ color, rects }) => (
          <g key={color} fill={color}>
            {rects.map((r) => (
              <rect
                key={r.id}
                data-id={r.id}
                x={r.x}
                y={r.y}
                width={r.width}
                height={r.height}
                rx={10}
              />
            ))}
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const OverviewLayer = memo(OverviewLayerView);
