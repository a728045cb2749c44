/**
 * The files the current data came from, side by side (one department's file after another's):
 * each with its organisations, rows, rows set aside and when it was imported.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { VersionInfo } from '../../db/importRepository';
import type { FileSource } from '../../import/sources';
import { selectVersions, useAdminStore } from '../../store/adminStore';
import { selectMeta, useOrgStore } from '../../store/orgStore';
import { formatDateTime } from '../../components/formatDate';

/** The current version's sources; a restore shows those of the version it restored. */
function currentSources(versions: readonly VersionInfo[], id: number | undefined): FileSource[] {
  let info = versions.find((v) => v.id === id);
  for (let hop = 0; info && hop < 20; hop++) {
    if (info.sources) return info.sources;
    const from = info.restoredFrom;
    info = from === undefined ? undefined : versions.find((v) => v.id === from);
  }
  return [];
}

export function SourcesSection() {
  const { t, i18n } = useTranslation('admin');
  const versions = useAdminStore(selectVersions);
  const meta = useOrgStore(selectMeta);
  const sources = currentSources(versions, meta?.versionId);
  if (sources.length === 0) return null;
  const n = (v: number) => new Intl.NumberFormat(i18n.language).format(v);
  return (
    <section className="card admin-section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources.heading')}</h2>
      <p className="muted">{t('sources.help')}</p>
      <div className="table-scroll">
        <table className="version-table">
          <thead>
            <tr>
              <th scope="col">{t('sources.file')}</th>
              <th scope="col">{t('sources.organisations')}</th>
              <th scope="col">{t('sources.rows')}</th>
              <th scope="col">{t('sources.setAside')}</th>
              <th scope="col">{t('sources.imported')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={`${s.fileName}-${s.importedAt}`} data-testid="source-row">
                <td>
                  {s.fileName}
                  <div className="muted">{t(`sources.kind.${s.kind}`)}</div>
                </td>
                <td>
                  {s.organisations.length === 0
                    ? t('sources.allOrganisations')
                    : s.organisations
                        .slice(0, 3)
                        .map((o) => o.name)
                        .join(', ') +
                      (s.organisations.length > 3
                        ? ` ${t('sources.more', { count: s.organisations.length - 3 })}`
                        : '')}
                </td>
                <td>{n(s.rows)}</td>
                <td>{n(s.setAside)}</td>
                <td>{formatDateTime(s.importedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
