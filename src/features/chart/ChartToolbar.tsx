/** Expand/collapse all, direction, dotted lines, export and print. */
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../layout/types';
import {
  selectDirection,
  selectProgress,
  selectShowDotted,
  useChartStore,
} from '../../store/chartStore';
import { cancelExpandAll, collapseEverything, expandEverything, firstView } from './chartActions';

interface Props {
  shown: number;
  total: number;
  onExport: (format: 'png' | 'svg') => void;
  onPrint: () => void;
  busy: boolean;
}

export function ChartToolbar({ shown, total, onExport, onPrint, busy }: Props) {
  const { t } = useTranslation('chart');
  const direction = useChartStore(selectDirection);
  const showDotted = useChartStore(selectShowDotted);
  const progress = useChartStore(selectProgress);
  const setDirection = useChartStore((s) => s.setDirection);
  const setShowDotted = useChartStore((s) => s.setShowDotted);

  return (
    <div className="wf-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="wf-toolbar-group">
        <button
          type="button"
          className="button button-secondary"
          onClick={expandEverything}
          disabled={progress !== undefined}
        >
          {t('toolbar.expandAll')}
        </button>
        <button type="button" className="button button-secondary" onClick={collapseEverything}>
          {t('toolbar.collapseAll')}
        </button>
        <button type="button" className="button button-secondary" onClick={firstView}>
          {t('toolbar.firstView')}
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
      <div className="wf-toolbar-group">
        <button type="button" className="button button-secondary" onClick={() => onExport('png')}>
          {t('toolbar.export')} PNG
        </button>
        <button type="button" className="button button-secondary" onClick={() => onExport('svg')}>
          {t('toolbar.export')} SVG
        </button>
        <button type="button" className="button button-secondary" onClick={onPrint}>
          {t('toolbar.print')}
        </button>
      </div>
      <p className="wf-stats muted" aria-live="polite">
        {t('stats', { shown, total })}
        {busy && !progress ? ` · ${t('loading')}` : ''}
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
