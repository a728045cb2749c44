/** Header of the positions that are not attached to the tree (unknown manager, cycle). */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { GroupNode as GroupNodeType } from '../../../layout/flow';
import { CardHandles } from '../card/CardHandles';
import { handlesFor } from '../card/geometry';

function GroupNodeView({ data, width = 0, height = 0 }: NodeProps<GroupNodeType>) {
  const { t } = useTranslation('chart');
  return (
    <div className="wf-group">
      <CardHandles handles={handlesFor(width, height, data.direction, false)} />
      <span className="wf-group-icon" aria-hidden="true">
        ⚠
      </span>
      <span>
        <strong>{t('group.title')}</strong>
        <br />
        <span className="wf-group-count">{t('group.count', { count: data.count })}</span>
      </span>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
