/** The main navigation: one link per view, the current one marked with aria-current. */
import { useTranslation } from '../i18n/useTranslation';
import { hrefs } from '../app/links';
import { NAV_ITEMS, type NavItem } from '../app/navItems';

const NAV_HREF: Record<NavItem, string> = {
  search: hrefs.search(),
  chart: hrefs.chart(),
  directory: hrefs.directory(),
  services: hrefs.services(),
  raci: hrefs.raci(),
  onboarding: hrefs.onboarding(),
  admin: hrefs.admin(),
};

export function Nav({ current }: { current: NavItem | undefined }) {
  const { t } = useTranslation('common');
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item}>
            <a
              href={NAV_HREF[item]}
              aria-current={item === current ? 'page' : undefined}
              data-nav={item}
            >
              {t(`nav.${item}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
