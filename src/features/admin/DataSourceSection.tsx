/**
 * The data the app holds (date, source, size) and the data source setting, with "check now",
 * which runs the shell's background refresh against the source right away.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SOURCE, refreshFromSource, sourceFromQuery } from '../../app/loadOrg';
import { formatIsoDate } from '../../components/formatDate';
import { getSettings, saveSettings } from '../../db/orgRepository';
import { localize } from '../../domain/text';
import { useAdminStore } from '../../store/adminStore';
import { selectMeta, selectNotFollowed, selectOrgData, useOrgStore } from '../../store/orgStore';
import { formatDateTime } from './download';

type CheckResult = 'upToDate' | 'applied' | 'refused' | 'failed';

function CurrentData() {
  const { t, i18n } = useTranslation('admin');
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  if (!data) return <p className="muted">{t('current.none')}</p>;
  const lang = i18n.language;
  return (
    <dl className="current-data" data-testid="current-data">
      <div>
        <dt>{t('current.date')}</dt>
        <dd>
          {data.organisation.dataDate
            ? formatIsoDate(data.organisation.dataDate, lang)
            : t('current.noDate')}
        </dd>
      </div>
      {meta && (
        <div>
          <dt>{t('current.source')}</dt>
          <dd className="current-source">{meta.fileName ?? meta.sourceUrl}</dd>
        </div>
      )}
      {meta && (
        <div>
          <dt>{t('current.stored')}</dt>
          <dd>{formatDateTime(meta.loadedAt, lang)}</dd>
        </div>
      )}
      <div className="current-counts">
        <dt>{localize(data.organisation.name, lang)}</dt>
        <dd>
          {t('current.counts', {
            people: data.people.length,
            positions: data.positions.length,
            units: data.units.length,
            topics: data.topics.length,
          })}
        </dd>
      </div>
    </dl>
  );
}

export function DataSourceSection() {
  const { t } = useTranslation('admin');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<{ key: string; source?: string } | undefined>();
  const [checking, setChecking] = useState(false);
  const loadVersions = useAdminStore((s) => s.loadVersions);
  const notFollowed = useOrgStore(selectNotFollowed);
  const inputId = useId();
  const helpId = useId();
  const override =
    typeof window === 'undefined' ? undefined : sourceFromQuery(window.location.search);

  useEffect(() => {
    let live = true;
    getSettings()
      .then((s) => live && setUrl(s.sourceUrl ?? ''))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    await saveSettings(url.trim() ? { sourceUrl: url.trim() } : {});
    setStatus({ key: 'source.saved' });
  };

  const check = async () => {
    const source = override ?? (url.trim() || DEFAULT_SOURCE);
    setChecking(true);
    setStatus(undefined);
    const org = useOrgStore.getState();
    const before = org.meta?.versionId;
    org.setNotice(undefined);
    let result: CheckResult = 'upToDate';
    if (typeof navigator !== 'undefined' && navigator.onLine === false) result = 'failed';
    else {
      try {
        await refreshFromSource(source, org.meta?.sourceUrl === source ? org.meta.hash : '');
        const after = useOrgStore.getState();
        if (after.notice?.key === 'notice.refreshRefused') result = 'refused';
        else if (after.notice?.key === 'notice.refreshFailed') result = 'failed';
        else if (after.meta?.versionId !== before) result = 'applied';
      } catch {
        result = 'failed';
      }
    }
    setChecking(false);
    setStatus({ key: `source.${result}`, source });
    if (result === 'applied') await loadVersions();
  };

  return (
    <section className="card admin-section" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('current.heading')}</h2>
      <CurrentData />
      <h3>{t('source.heading')}</h3>
      <p id={helpId} className="muted">
        {t('source.help')}
      </p>
      <form
        className="source-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor={inputId}>{t('source.label')}</label>
        <div className="source-row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="url"
            value={url}
            placeholder={t('source.placeholder')}
            aria-describedby={helpId}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {t('source.save')}
          </button>
          <button type="button" className="button" disabled={checking} onClick={() => void check()}>
            {checking ? t('source.checking') : t('source.checkNow')}
          </button>
        </div>
      </form>
      {override && <p className="muted">{t('source.overridden', { source: override })}</p>}
      {notFollowed && (
        <p className="source-not-followed" data-testid="source-not-followed">
          {t('source.notFollowed', { source: notFollowed })}
        </p>
      )}
      <p role="status" className="source-status" data-testid="source-status">
        {status && t(status.key, { source: status.source })}
      </p>
    </section>
  );
}
