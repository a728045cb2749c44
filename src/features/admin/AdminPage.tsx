/**
 * #/admin: HR maintains the data here. Import (picker, drop, paste) → check → preview → apply;
 * export; version history with restore; the data source setting.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { AdminMessage } from './AdminMessage';
import { DataSourceSection } from './DataSourceSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { OrganisationDetailsSection } from './OrganisationDetailsSection';
import { SourcesSection } from './SourcesSection';
import { VersionHistory } from './VersionHistory';
import { EDITING_ENABLED } from '../../app/buildFlags';
import { EditModeSection } from '../editor/EditModeSection';
import './admin.css';

export function AdminPage(_props: Partial<PageProps>) {
  const { t } = useTranslation('admin');
  usePageTitle(t('title'));
  return (
    <div className="page admin-page">
      <header className="admin-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <AdminMessage />
      <div className="admin-layout">
        <div className="admin-main">
          {EDITING_ENABLED && <EditModeSection />}
          <ImportSection />
          <SourcesSection />
          <VersionHistory />
        </div>
        <aside className="admin-side">
          <DataSourceSection />
          <OrganisationDetailsSection />
          <ExportSection />
        </aside>
      </div>
    </div>
  );
}
