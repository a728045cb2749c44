/**
 * One topic row of the RACI matrix: the topic (row header), its shared channel, the position
 * cells in view (with the space of the others as gaps) and the rule check. Cells carry no
 * handlers: the table listens once (RaciTable). Memoised, so a scroll or a move of the active
 * cell redraws only the rows it changes.
 */
import { memo } from 'react';
import { hrefs } from '../../app/links';
import type { OrgIndex } from '../../domain/orgIndex';
import type { RaciMatrix } from '../../domain/raci';
import { channelName, nextChannel } from '../../domain/raciChannel';
import { localize } from '../../domain/text';
import type { RaciRole } from '../../domain/types';
import { useTranslation } from '../../i18n/useTranslation';
import type { RaciColumn } from './raciColumns';
import type { Span } from './virtualSpans';
import type { VirtualItem } from '@tanstack/react-virtual';

export interface RowProps {
  index: OrgIndex;
  matrix: RaciMatrix;
  topicId: string;
  rowIndex: number;
  columns: readonly RaciColumn[];
  colSpans: readonly Span<VirtualItem>[];
  /** Grid column of the active cell when it is in this row, else -1. */
  activeCol: number;
  editing: boolean;
  /** The "Shared channel" column is shown (grid column 0; positions then start at 1). */
  showChannel: boolean;
  measure: (el: HTMLTableRowElement | null) => void;
}

const Letters = ({ letters, titles }: { letters: RaciRole[]; titles?: (l: RaciRole) => string }) =>
  letters.map((l) =>
    titles ? (
      <abbr key={l} className={`raci-letter raci-${l}`} title={titles(l)}>
        {l}
      </abbr>
    ) : (
      <span key={l} className={`raci-letter raci-${l}`} aria-hidden="true">
        {l}
      </span>
    ),
  );

/** The space of the columns not drawn (the sizes are CSSOM styles, which the CSP allows). */
export const GapCell = ({ width }: { width: number }) => (
  <td aria-hidden="true" className="raci-gap" style={{ width, minWidth: width, maxWidth: width }} />
);

export const RaciRow = memo(function RaciRow(p: RowProps) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const { index, matrix, topicId, rowIndex, editing } = p;
  const row = matrix.cells.get(topicId);
  const kinds = matrix.breaches.get(topicId);
  const topic = index.topicById.get(topicId);
  const topicName = localize(topic?.name, lang);
  const accountable = [...(row?.values() ?? [])].filter((l) => l.includes('A')).length;
  const first = p.showChannel ? 1 : 0;
  const tabIndex = (col: number) => (p.activeCol === col ? 0 : -1);
  const letterName = (l: RaciRole) => t(`raci.letter.${l}`);

  const channelCell = () => {
    const channel = matrix.channels.get(topicId);
    const channelUnit = channel?.unitId ? index.unitById.get(channel.unitId) : undefined;
    const name = channel ? channelName(channel, channelUnit, lang) : '';
    const nameText = channel && <span className="raci-channel-name">{name}</span>;
    if (!editing)
      return (
        <td className="raci-cell raci-channel" aria-colindex={2} title={name || undefined}>
          {channel && <Letters letters={['R']} titles={letterName} />}
          {nameText}
        </td>
      );
    const topicUnit = topic?.unitId ? index.unitById.get(topic.unitId) : undefined;
    const step = topic ? nextChannel(topic, topicUnit) : undefined;
    const label = channel
      ? t('raci.channel.cellHas', { topic: topicName, name })
      : step
        ? t('raci.channel.cellGive', { topic: topicName, unit: localize(topicUnit?.name, lang) })
        : t('raci.channel.cellCannot', { topic: topicName });
    return (
      <td className="raci-cell raci-channel" aria-colindex={2} title={name || undefined}>
        {/* The name is beside the button, not in it: the button's spoken label says it. */}
        <button
          type="button"
          className="raci-cell-button"
          data-cell={`${rowIndex}:0`}
          tabIndex={tabIndex(0)}
          aria-label={label}
          aria-disabled={step ? undefined : true}
        >
          {channel && <Letters letters={['R']} />}
        </button>
        {nameText}
      </td>
    );
  };

  return (
    <tr
      ref={p.measure}
      data-index={rowIndex}
      aria-rowindex={rowIndex + 2}
      className={kinds ? 'raci-row-breach' : undefined}
    >
      <th scope="row" aria-colindex={1}>
        <a href={hrefs.topic(topicId)}>{topicName}</a>
      </th>
      {p.showChannel && channelCell()}
      {p.colSpans.map((span) => {
        if ('gap' in span) return <GapCell key={span.key} width={span.gap} />;
        const c = p.columns[span.item.index];
        if (!c) return null;
        const col = first + span.item.index;
        const letters = row?.get(c.id);
        return (
          <td key={c.id} className="raci-cell" aria-colindex={col + 2}>
            {editing ? (
              <button
                type="button"
                className="raci-cell-button"
                data-cell={`${rowIndex}:${col}`}
                tabIndex={tabIndex(col)}
                aria-label={t('raci.cellLabel', {
                  topic: topicName,
                  position: c.label,
                  letter: letters?.length ? letters.map(letterName).join(', ') : t('raci.noLetter'),
                })}
              >
                {letters && <Letters letters={letters} />}
              </button>
            ) : (
              letters && <Letters letters={letters} titles={letterName} />
            )}
          </td>
        );
      })}
      {kinds ? (
        <td className="raci-check raci-check-bad" aria-colindex={first + p.columns.length + 2}>
          <span className="visually-hidden">{t('raci.breachPrefix')} </span>
          <ul>
            {kinds.map((k) => (
              <li key={k}>⚠ {t(`raci.breach.${k}`, { count: accountable })}</li>
            ))}
          </ul>
        </td>
      ) : (
        <td className="raci-check raci-check-ok" aria-colindex={first + p.columns.length + 2}>
          ✓ {t('raci.ok')}
        </td>
      )}
    </tr>
  );
});
