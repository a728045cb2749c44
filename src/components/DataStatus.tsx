/** The date of the data the app holds and where it came from: demo, URL, import or editor (header). */
import { useTranslation } from '../i18n/useTranslation';
import {
  selectLastCheck,
  selectMeta,
  selectOrgData,
  selectSourceKind,
  useOrgStore,
} from '../store/orgStore';
import { formatDateTime, formatIsoDate, sourceName } from './formatDate';

export function DataStatus() {
  const { t, i18n } = useTranslation('common');
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  const kind = useOrgStore(selectSourceKind);
  const lastCheck = useOrgStore(selectLastCheck);
  if (!data) return null;
  // Only a followed source (URL or demo) is checked; HR's own data is never refreshed.
  const checked =
    (kind === 'url' || kind === 'demo') && lastCheck && lastCheck.source === meta?.sourceUrl
      ? lastCheck.at
      : undefined;
  const date = data.organisation.dataDate;
  const source = meta ? (meta.fileName ?? sourceName(meta.sourceUrl)) : undefined;
  return (
    <p className="data-status" data-testid="data-status">
      <span className="data-date">
        {date ? t('data.dateOf', { date: formatIsoDate(date, i18n.language) }) : t('data.noDate')}
      </span>
      {source && kind && (
        <span className="data-source" title={meta?.sourceUrl} data-source-kind={kind}>
          {t('data.source', { source: t(`data.kind.${kind}`, { source }) })}
          {checked && (
            <span className="data-checked" data-testid="data-checked">
              {' · '}
              {t('data.checked', { date: formatDateTime(checked, i18n.language) })}
            </span>
          )}
        </span>
      )}
    </p>
  );
}
