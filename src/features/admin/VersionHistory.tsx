/** The kept versions: when, origin, file, contents and changes; details, download, restore. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { getVersion, MAX_VERSIONS } from '../../db/orgRepository';
import type { VersionInfo } from '../../db/importRepository';
import { changeCount, ENTITY_KINDS } from '../../domain/diff';
import { exportOrgJson } from '../../domain/exportOrgJson';
import { selectRestoringId, selectVersions, useAdminStore } from '../../store/adminStore';
import { selectMeta, useOrgStore } from '../../store/orgStore';
import { formatDateTime } from '../../components/formatDate';
import { downloadText } from '../../components/download';

function ChangeSummary({ info }: { info: VersionInfo }) {
  const { t } = useTranslation('admin');
  if (info.restoredFrom !== undefined)
    return <>{t('history.restoredFrom', { id: info.restoredFrom })}</>;
  if (!info.changes) return <span className="muted">{t('history.noSummary')}</span>;
  if (changeCount(info.changes) === 0) return <>{t('history.noChanges')}</>;
  const parts: string[] = [];
  for (const kind of ENTITY_KINDS) {
    const c = info.changes[kind];
    const bits = [
      c.added ? `+${c.added}` : '',
      c.changed ? `~${c.changed}` : '',
      c.removed ? `−${c.removed}` : '',
    ].filter(Boolean);
    if (bits.length) parts.push(`${t(`diff.kind.${kind}`)} ${bits.join(' ')}`);
  }
  return <>{parts.join(' · ')}</>;
}

function VersionRow({ info, isCurrent }: { info: VersionInfo; isCurrent: boolean }) {
  const { t, i18n } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  const restoringId = useAdminStore(selectRestoringId);
  const restore = useAdminStore((s) => s.restore);
  const when = formatDateTime(info.createdAt, i18n.language);
  const download = async () => {
    const version = await getVersion(info.id);
    if (version) {
      const base = (info.fileName ?? `version-${info.id}`).replace(/\.[^.]+$/, '');
      downloadText(exportOrgJson(version.data), `${base}-v${info.id}.json`, 'application/json');
    }
  };
  return (
    <>
      <tr className={isCurrent ? 'version-current' : undefined} data-testid="version-row">
        <td>
          <span className="version-when">{when}</span>
          {isCurrent && <span className="version-badge">{t('history.current')}</span>}
        </td>
        <td>
          {t(`history.source.${info.source}`)}
          <div className="muted version-file">{info.fileName ?? info.sourceUrl}</div>
        </td>
        <td>
          <ChangeSummary info={info} />
          {info.setAside !== undefined && info.setAside > 0 && (
            <div className="muted" data-testid="version-set-aside">
              {t('history.setAside', { count: info.setAside })}
            </div>
          )}
        </td>
        <td className="version-actions">
          <button
            type="button"
            className="button-link"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? t('history.hideDetails') : t('history.details')}
          </button>
          {!isCurrent && (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={restoringId !== undefined}
              aria-label={t('history.restoreLabel', { id: info.id, date: when })}
              onClick={() => void restore(info.id)}
            >
              {restoringId === info.id ? t('history.restoring') : t('history.restore')}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="version-details">
          <td colSpan={4}>
            <p>
              <strong>{t('history.version', { id: info.id })}</strong> ·{' '}
              {t('history.counts', {
                people: info.people,
                positions: info.positions,
                units: info.units,
                topics: info.topics,
              })}
            </p>
            <p className="muted version-source">{info.sourceUrl}</p>
            <button type="button" className="button-link" onClick={() => void download()}>
              {t('history.download')}
            </button>
          </td>
        </tr>
      )}
    </>
  );
}

export function VersionHistory() {
  const { t } = useTranslation('admin');
  const versions = useAdminStore(selectVersions);
  const loaded = useAdminStore((s) => s.versionsLoaded);
  const loadVersions = useAdminStore((s) => s.loadVersions);
  const meta = useOrgStore(selectMeta);
  // Reload when the current version changes (import, restore, background refresh).
  useEffect(() => {
    void loadVersions();
  }, [loadVersions, meta?.versionId]);
  return (
    <section className="card admin-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p className="muted">{t('history.help', { count: MAX_VERSIONS })}</p>
      {loaded && versions.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="version-table">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.origin')}</th>
                <th scope="col">{t('history.changes')}</th>
                <th scope="col">{t('history.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <VersionRow key={v.id} info={v} isCurrent={v.id === meta?.versionId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
