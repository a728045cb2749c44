/** Header of the positions that are not attached to the tree (unknown manager, cycle). */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNode as GroupNodeType } from '../../../layout/flow';

function GroupNodeView({ data }: NodeProps<GroupNodeType>) {
  const { t } = useTranslation('chart');
  const down = data.direction === 'DOWN';
  return (
    <div className="wf-group">
      <Handle
        id="t"
        type="target"
        position={down ? Position.Top : Position.Left}
        isConnectable={false}
      />
      <span className="wf-group-icon" aria-hidden="true">
        ⚠
      </span>
      <span>
        <strong>{t('group.title')}</strong>
        <br />
        <span className="wf-group-count">{t('group.count', { count: data.count })}</span>
      </span>
      <Handle
        id="s"
        type="source"
        position={down ? Position.Bottom : Position.Right}
        isConnectable={false}
      />
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
