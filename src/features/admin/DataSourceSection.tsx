/**
 * The data the app holds (date, where it came from, when the followed source was last checked)
 * and the followed data source.
 *
 * Changing the source is an explicit action with a preview: "Preview this source" downloads the
 * file and runs it through the import check (report and diff under Import); applying it stores
 * the version and makes that URL the followed source in one transaction. "Check now" runs the
 * start-up refresh of the followed source right away.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { fetchSource, refreshFromSource, sourceFromQuery } from '../../app/loadOrg';
import { formatDateTime, formatIsoDate, sourceName } from '../../components/formatDate';
import { getSettings } from '../../db/orgRepository';
import { type CheckOutcome, DEFAULT_SOURCE, sourceKindOf } from '../../domain/dataSource';
import { localize } from '../../domain/text';
import { useAdminStore } from '../../store/adminStore';
import {
  selectLastCheck,
  selectMeta,
  selectNotFollowed,
  selectOrgData,
  useOrgStore,
} from '../../store/orgStore';

function CurrentData() {
  const { t, i18n } = useTranslation('admin');
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  const lastCheck = useOrgStore(selectLastCheck);
  if (!data) return <p className="muted">{t('current.none')}</p>;
  const lang = i18n.language;
  const kind = meta ? sourceKindOf(meta.sourceUrl) : undefined;
  const followed = kind === 'demo' || kind === 'url';
  const check = followed && lastCheck?.source === meta?.sourceUrl ? lastCheck : undefined;
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
      {meta && kind && (
        <div>
          <dt>{t('current.source')}</dt>
          <dd className="current-source" data-source-kind={kind} title={meta.sourceUrl}>
            {t(`current.kind.${kind}`, { source: meta.fileName ?? meta.sourceUrl })}
          </dd>
        </div>
      )}
      {meta && (
        <div>
          <dt>{t('current.stored')}</dt>
          <dd>{formatDateTime(meta.loadedAt, lang)}</dd>
        </div>
      )}
      {followed && (
        <div>
          <dt>{t('current.checked')}</dt>
          <dd data-testid="last-checked">
            {check
              ? `${formatDateTime(check.at, lang)} · ${t(`current.checkOutcome.${check.outcome}`)}`
              : t('current.neverChecked')}
          </dd>
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

/** A line under the form: what came of a preview or a check (a key of `source.*`). */
interface Status {
  key: string;
  source: string;
}

/** Downloads `source` and hands it to the import check, as a file HR chose would be. */
async function previewSource(source: string): Promise<Status> {
  const fetched = await fetchSource(source);
  if (!fetched.ok) {
    useOrgStore.getState().setProblems([fetched.problem]);
    return { key: 'source.failed', source };
  }
  await useAdminStore.getState().analyseText(fetched.text, sourceName(source), source);
  // The preview is shown by the import section: bring it into view for the user.
  document.getElementById('import-heading')?.scrollIntoView({ block: 'start' });
  return { key: 'source.previewReady', source };
}

export function DataSourceSection() {
  const { t } = useTranslation('admin');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState<'check' | 'preview' | undefined>();
  const loadVersions = useAdminStore((s) => s.loadVersions);
  const meta = useOrgStore(selectMeta);
  const notFollowed = useOrgStore(selectNotFollowed);
  const inputId = useId();
  const helpId = useId();
  const override =
    typeof window === 'undefined' ? undefined : sourceFromQuery(window.location.search);
  const kind = meta ? sourceKindOf(meta.sourceUrl) : undefined;
  const followed = kind === 'demo' || kind === 'url' ? meta?.sourceUrl : undefined;

  useEffect(() => {
    let live = true;
    getSettings()
      .then((s) => live && setUrl(s.sourceUrl ?? ''))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const preview = async (source: string) => {
    setBusy('preview');
    setStatus(undefined);
    try {
      setStatus(await previewSource(source));
    } catch {
      setStatus({ key: 'source.failed', source });
    }
    setBusy(undefined);
  };

  const check = async () => {
    if (!followed) return;
    setBusy('check');
    setStatus(undefined);
    const org = useOrgStore.getState();
    org.setNotice(undefined);
    let result: CheckOutcome = 'failed';
    try {
      const outcome = await refreshFromSource(followed, org.meta?.hash ?? '');
      result = outcome === 'offline' ? 'failed' : outcome;
    } catch {
      result = 'failed';
    }
    setBusy(undefined);
    setStatus({ key: `source.${result}`, source: sourceName(followed) });
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
          void preview(url.trim() || DEFAULT_SOURCE);
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
          <button type="submit" className="button button-secondary" disabled={busy !== undefined}>
            {busy === 'preview' ? t('source.previewing') : t('source.preview')}
          </button>
          {followed && (
            <button
              type="button"
              className="button"
              disabled={busy !== undefined}
              title={t('source.checkNowHelp')}
              onClick={() => void check()}
            >
              {busy === 'check' ? t('source.checking') : t('source.checkNow')}
            </button>
          )}
        </div>
      </form>
      {override && <p className="muted">{t('source.overridden', { source: override })}</p>}
      {notFollowed ? (
        <div className="source-not-followed" data-testid="source-not-followed">
          <p>{t('source.notFollowed', { source: notFollowed })}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy !== undefined}
            onClick={() => void preview(notFollowed)}
          >
            {t('source.followAgain', { source: sourceName(notFollowed) })}
          </button>
        </div>
      ) : (
        !followed && meta && <p className="muted">{t('source.noFollowed')}</p>
      )}
      <p role="status" className="source-status" data-testid="source-status">
        {status && t(status.key, { source: status.source })}
      </p>
    </section>
  );
}
