/** "Show on chart" for a position, with a small org-chart icon. */
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';

export function ChartLink({ positionId, name }: { positionId: string; name: string }) {
  const { t } = useTranslation('views');
  return (
    <a
      href={hrefs.chartNode(positionId)}
      className="chart-link"
      aria-label={t('common.showOnChartOf', { name })}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M6 1h4v4H9v2h4v3h1v4h-4v-4h1V8H5v2h1v4H2v-4h1V7h4V5H6z" fill="currentColor" />
      </svg>
      {t('common.showOnChart')}
    </a>
  );
}
