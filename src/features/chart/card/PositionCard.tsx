/** A position on the chart: title, holder, initials avatar, unit colour, reports, status. */
import { useStore, type NodeProps } from '@xyflow/react';
import { Fragment, memo } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { localize } from '../../../domain/text';
import type { PositionNode } from '../../../layout/flow';
import { useChartStore } from '../../../store/chartStore';
import { selectShowCounts, useChartPrefsStore } from '../../../store/chartPrefsStore';
import { useChartActions } from '../chartActions';
import { headcountBadge, headcountLine } from './cardData';
import { CardHandles } from './CardHandles';
import { useTeamLine } from './teamLine';
import { CARD_H, CARD_W, HOLDER_MIN, TITLE_MIN, handlesFor } from './geometry';
import { fitText, fitTitle } from './wrapText';

/** The text column's width: card, less borders (7), padding (20), avatar (38) and gap (10). */
const HOLDER_W = CARD_W - 75;

/** Below this zoom a card is drawn as a plain coloured label: fewer DOM nodes, still readable. */
export const FAR_ZOOM = 0.45;
const selectFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;
/** The same handles `flow.ts` gives the node, by direction. */
const CARD_HANDLES = {
  DOWN: handlesFor(CARD_W, CARD_H, 'DOWN', true),
  RIGHT: handlesFor(CARD_W, CARD_H, 'RIGHT', true),
};

function PositionCardView({ id, data }: NodeProps<PositionNode>) {
  const { t, i18n } = useTranslation('chart');
  const far = useStore(selectFar);
  const selected = useChartStore((s) => s.selectedId === id);
  const inChain = useChartStore((s) => s.chain.has(id));
  const { toggle } = useChartActions();
  const showCounts = useChartPrefsStore(selectShowCounts);
  const team = useTeamLine(showCounts && !far ? id : undefined);
  const title = localize(data.title, i18n.language);
  const down = data.direction === 'DOWN';
  // A headcount seat names no one: it says how many people of which grade it stands for.
  const seats = data.holder === undefined ? data.headcount : undefined;
  const seatsLine =
    seats && !data.vacant
      ? headcountLine(seats, i18n.language, { headcount: t('node.headcount'), fte: t('node.fte') })
      : undefined;
  // Never cut (its numbers are the point): set smaller to fit, or on two lines, as in the SVG.
  const seatsFit =
    seatsLine !== undefined
      ? fitText(seatsLine, HOLDER_W, team !== undefined ? 12.16 : 12.8, HOLDER_MIN)
      : undefined;
  // A long title is set smaller to stay whole on its lines (as in the SVG), not cut.
  const fittedTitle = fitTitle(title, HOLDER_W, {
    counts: team !== undefined,
    maxLines: seatsFit && seatsFit.lines.length > 1 ? 1 : 2,
    min: TITLE_MIN,
  });
  const classes = [
    'wf-card',
    data.vacant && 'is-vacant',
    seats && 'is-headcount',
    data.away && 'is-away',
    data.assistant && 'is-assistant',
    selected && 'is-selected',
    inChain && 'is-chain',
    far && 'is-far',
    team !== undefined && 'has-counts',
    seatsFit && seatsFit.lines.length > 1 && 'has-long-holder',
  ]
    .filter(Boolean)
    .join(' ');
  const style = { '--unit': data.color, '--avatar': data.avatar } as React.CSSProperties;

  const handles = <CardHandles handles={CARD_HANDLES[data.direction]} />;

  if (far) {
    return (
      <>
        {handles}
        <div className={classes} style={style}>
          <span className="wf-card-far-title">{title}</span>
        </div>
      </>
    );
  }

  return (
    <>
      {handles}
      <div className={classes} style={style}>
        <div className="wf-card-body">
          <span className="wf-avatar" aria-hidden="true">
            {data.vacant ? '?' : seats ? headcountBadge(seats, i18n.language) : data.initials}
          </span>
          <div className="wf-card-text">
            <span
              className="wf-card-title"
              title={title}
              style={{ fontSize: `${fittedTitle.size}px` }}
            >
              {/* The SVG card's very lines (fitTitle): CSS wrapping would break them elsewhere. */}
              {fittedTitle.lines.map((l, i) => (
                <Fragment key={i}>
                  {i > 0 && ' '}
                  <span className="wf-card-line">{l}</span>
                </Fragment>
              ))}
            </span>
            <span
              className="wf-card-holder"
              style={seatsFit ? { fontSize: `${seatsFit.size}px` } : undefined}
            >
              {data.vacant ? t('node.vacant') : (seatsLine ?? data.holder)}
              {data.moreHolders > 0 && (
                <span className="wf-card-more"> {t('node.more', { count: data.moreHolders })}</span>
              )}
            </span>
            <span className="wf-card-meta">
              {data.unitName !== undefined && (
                <span className="wf-card-unit">{localize(data.unitName, i18n.language)}</span>
              )}
              {data.away && <span className="wf-badge wf-badge-away">{t('node.away')}</span>}
              {data.assistant && (
                <span className="wf-badge wf-badge-assistant">{t('node.assistant')}</span>
              )}
            </span>
          </div>
        </div>
        {team !== undefined && <span className="wf-card-counts">{team}</span>}
        {data.reports > 0 && (
          <button
            type="button"
            className={`wf-toggle nodrag nopan ${down ? 'is-down' : 'is-right'}`}
            aria-expanded={data.expanded}
            aria-label={
              data.expanded
                ? t('node.hide', { title })
                : t('node.show', { title, count: data.reports })
            }
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              toggle(id);
            }}
          >
            {data.expanded ? '−' : `+${data.reports}`}
          </button>
        )}
      </div>
    </>
  );
}

export const PositionCard = memo(PositionCardView);
