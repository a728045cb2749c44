/** The frame around a manager's leaf reports, stacked in columns. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BlockNode as BlockNodeType } from '../../../layout/flow';

function BlockNodeView({ data }: NodeProps<BlockNodeType>) {
  const down = data.direction === 'DOWN';
  return (
    <div className="wf-block" aria-hidden="true">
      <Handle
        id="t"
        type="target"
        position={down ? Position.Top : Position.Left}
        isConnectable={false}
      />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
