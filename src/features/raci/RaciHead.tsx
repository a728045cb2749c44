/** The RACI matrix's header row: topic, shared channel, the position columns in view, check. */
import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import { hrefs } from '../../app/links';
import { useTranslation } from '../../i18n/useTranslation';
import type { RaciColumn } from './raciColumns';
import { GapCell } from './RaciRow';
import type { Span } from './virtualSpans';

interface Props {
  columns: readonly RaciColumn[];
  colSpans: readonly Span<VirtualItem>[];
  showChannel: boolean;
}

export const RaciHead = memo(function RaciHead({ columns, colSpans, showChannel }: Props) {
  const { t } = useTranslation('views');
  const first = showChannel ? 1 : 0;
  return (
    <tr aria-rowindex={1}>
      <th scope="col" className="raci-corner" aria-colindex={1}>
        {t('raci.topic')}
      </th>
      {showChannel && (
        <th
          scope="col"
          className="raci-channel"
          aria-colindex={2}
          title={t('raci.channel.headerTitle')}
        >
          {t('raci.channel.header')}
        </th>
      )}
      {colSpans.map((span) => {
        if ('gap' in span) return <GapCell key={span.key} width={span.gap} />;
        const c = columns[span.item.index];
        if (!c) return null;
        return (
          <th
            key={c.id}
            scope="col"
            className="raci-col"
            title={c.label}
            aria-colindex={first + span.item.index + 2}
          >
            <div className="raci-col-inner">
              <a href={hrefs.position(c.id)} aria-label={c.label}>
                {c.title}
              </a>
            </div>
          </th>
        );
      })}
      <th scope="col" className="raci-check" aria-colindex={first + columns.length + 2}>
        {t('raci.check')}
      </th>
    </tr>
  );
});
