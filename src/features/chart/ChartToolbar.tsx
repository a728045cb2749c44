/**
 * Expand/collapse all, direction, dotted lines, export and print. On phones only "First view"
 * and the count stay in the row; the less used actions go behind "More" (a disclosure: the
 * row would otherwise take a third of the screen, French labels wrapping).
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Direction } from '../../layout/types';
import {
  selectDirection,
  selectProgress,
  selectShowDotted,
  useChartStore,
} from '../../store/chartStore';
import { selectShowCounts, useChartPrefsStore } from '../../store/chartPrefsStore';
import { cancelExpandAll, collapseEverything, expandEverything, firstView } from './chartActions';

interface Props {
  shown: number;
  total: number;
  /** Opens the export dialog (PNG, SVG, PDF), and the same on paper. */
  onExport: () => void;
  onPrint: () => void;
  busy: boolean;
  /** The find box; `done` folds the phone menu it sits in away once a card is shown. */
  find: (done: () => void) => ReactNode;
}

export function ChartToolbar({ shown, total, onExport, onPrint, busy, find }: Props) {
  const { t } = useTranslation('chart');
  const direction = useChartStore(selectDirection);
  const showDotted = useChartStore(selectShowDotted);
  const progress = useChartStore(selectProgress);
  const setDirection = useChartStore((s) => s.setDirection);
  const setShowDotted = useChartStore((s) => s.setShowDotted);
  const showCounts = useChartPrefsStore(selectShowCounts);
  const setShowCounts = useChartPrefsStore((s) => s.setShowCounts);

  const [moreOpen, setMoreOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  /** Runs a menu action and folds the menu away (on phones it covers the chart). */
  const then = (action: () => void) => () => {
    action();
    setMoreOpen(false);
  };

  return (
    <div className="wf-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="wf-toolbar-group">
        <button type="button" className="button button-secondary" onClick={firstView}>
          {t('toolbar.firstView')}
        </button>
        <button
          type="button"
          ref={moreButton}
          className="button button-secondary wf-more-button"
          aria-expanded={moreOpen}
          aria-controls="wf-toolbar-more"
          onClick={() => setMoreOpen((o) => !o)}
        >
          {t('toolbar.more')} <span aria-hidden="true">{moreOpen ? '▴' : '▾'}</span>
        </button>
      </div>
      <div
        id="wf-toolbar-more"
        className={moreOpen ? 'wf-toolbar-more is-open' : 'wf-toolbar-more'}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !moreOpen) return;
          e.stopPropagation();
          setMoreOpen(false);
          moreButton.current?.focus();
        }}
      >
        {find(() => setMoreOpen(false))}
        <div className="wf-toolbar-group">
          <button
            type="button"
            className="button button-secondary"
            onClick={then(expandEverything)}
            disabled={progress !== undefined}
          >
            {t('toolbar.expandAll')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={then(collapseEverything)}
          >
            {t('toolbar.collapseAll')}
          </button>
        </div>
        <fieldset className="wf-toolbar-group wf-segmented">
          <legend className="visually-hidden">{t('toolbar.direction')}</legend>
          {(['DOWN', 'RIGHT'] as Direction[]).map((d) => (
            <label key={d} className={direction === d ? 'is-on' : undefined}>
              <input
                type="radio"
                name="wf-direction"
                value={d}
                checked={direction === d}
                onChange={() => setDirection(d)}
              />
              {t(d === 'DOWN' ? 'toolbar.topDown' : 'toolbar.leftRight')}
            </label>
          ))}
        </fieldset>
        <label className="wf-toolbar-group wf-check">
          <input
            type="checkbox"
            checked={showDotted}
            onChange={(e) => setShowDotted(e.target.checked)}
          />
          <span className="wf-dotted-swatch" aria-hidden="true" />
          {t('toolbar.dotted')}
        </label>
        <label className="wf-toolbar-group wf-check">
          <input
            type="checkbox"
            checked={showCounts}
            onChange={(e) => setShowCounts(e.target.checked)}
          />
          {t('toolbar.counts')}
        </label>
        <div className="wf-toolbar-group">
          <button
            type="button"
            className="button button-secondary"
            aria-haspopup="dialog"
            onClick={then(onExport)}
          >
            {t('toolbar.export')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-haspopup="dialog"
            onClick={then(onPrint)}
          >
            {t('toolbar.print')}
          </button>
        </div>
      </div>
      <p className="wf-stats muted" aria-live="polite">
        {t('stats', { shown, total })}
        {busy && !progress ? <span className="wf-stats-busy"> · {t('loading')}</span> : null}
      </p>
      {progress && (
        <div className="wf-progress" role="status">
          <span>
            {progress.phase === 'layout'
              ? t('progress.layout', { count: progress.count })
              : t('progress.drawing')}
          </span>
          <progress
            aria-label={t('progress.label')}
            max={2}
            value={progress.phase === 'layout' ? 1 : 2}
          />
          <button type="button" className="button button-secondary" onClick={cancelExpandAll}>
            {t('toolbar.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
