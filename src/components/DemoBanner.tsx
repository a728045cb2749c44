/**
 * One quiet line on every page while the bundled demo organisation is current, so nobody takes
 * Northwind Logistics for their own company, with the way out: the admin page's import.
 */
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
import { selectSourceKind, useOrgStore } from '../store/orgStore';

export function DemoBanner() {
  const { t } = useTranslation('common');
  const kind = useOrgStore(selectSourceKind);
  if (kind !== 'demo') return null;
  return (
    <p className="demo-banner" data-testid="demo-banner">
      <span>{t('demo.line')}</span> <a href={hrefs.admin()}>{t('demo.useMine')}</a>
    </p>
  );
}
