/** The top bar: app mark, organisation name, data date and source, language switch. */
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
import { localize } from '../domain/text';
import { selectOrgData, useOrgStore } from '../store/orgStore';
import { DataStatus } from './DataStatus';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { ThemeSwitch } from './ThemeSwitch';

export function Header() {
  const { t, i18n } = useTranslation('common');
  const data = useOrgStore(selectOrgData);
  const orgName = data ? localize(data.organisation.name, i18n.language) : '';
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <a className="brand" href={hrefs.search()}>
          <Logo />
          <span className="brand-text">
            <span className="brand-app">{t('appName')}</span>
            {orgName && (
              <span className="brand-org" data-testid="org-name">
                {orgName}
              </span>
            )}
          </span>
        </a>
        <div className="header-tools">
          <DataStatus />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
