/** Download the current data as the org file (JSON) or a flat people list (CSV). */
import { useTranslation } from '../../i18n/useTranslation';
import { todayIso } from '../../domain/orgIndex';
import { exportOrgJson } from '../../domain/exportOrgJson';
import { exportPeopleCsv } from '../../import/exportCsv';
import { localize } from '../../domain/text';
import { selectOrgData, useOrgStore } from '../../store/orgStore';
import { downloadText, exportFileName } from '../../components/download';

export function ExportSection() {
  const { t, i18n } = useTranslation('admin');
  const data = useOrgStore(selectOrgData);
  if (!data) return null;
  const name = (ext: string) =>
    exportFileName(localize(data.organisation.name, 'en'), todayIso(), ext);
  return (
    <section className="card admin-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p className="muted">{t('export.help')}</p>
      <div className="export-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadText(exportOrgJson(data), name('json'), 'application/json')}
        >
          {t('export.json')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadText(exportPeopleCsv(data, i18n.language), name('csv'), 'text/csv')
          }
        >
          {t('export.csv')}
        </button>
      </div>
    </section>
  );
}
