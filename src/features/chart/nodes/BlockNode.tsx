/** The frame around a manager's leaf reports, stacked in columns. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BlockNode as BlockNodeType } from '../../../layout/flow';
import { CardHandles } from '../card/CardHandles';
import { handlesFor } from '../card/geometry';

function BlockNodeView({ data, width = 0, height = 0 }: NodeProps<BlockNodeType>) {
  return (
    <div className="wf-block" aria-hidden="true">
      <CardHandles handles={handlesFor(width, height, data.direction, false)} />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
