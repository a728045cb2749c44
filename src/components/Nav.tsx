/** The main navigation: one link per view, the current one marked with aria-current. */
import { useLayoutEffect, useRef } from 'react';
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

/** The part of the strip's width that fades out on phones: global.css's `--nav-fade`. */
const fadeOf = (strip: HTMLElement): number =>
  (parseFloat(getComputedStyle(strip).getPropertyValue('--nav-fade')) || 0) / 100;

/**
 * On a phone the links are one strip that scrolls sideways (a sticky bar of two or three wrapped
 * rows would take a fifth of the screen): the current page's link is scrolled into the strip's
 * clear part, so the page you are on is always named (in French "Annuaire" was cut at 375 px).
 */
function useCurrentInView(current: NavItem | undefined, language: string) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const ul = list.current;
    const link = ul?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!ul || !link || ul.scrollWidth <= ul.clientWidth) return;
    const box = ul.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    const clearRight = box.right - box.width * fadeOf(ul) - 8;
    if (at.left < box.left) ul.scrollLeft -= box.left - at.left + 8;
    else if (at.right > clearRight) ul.scrollLeft += at.right - clearRight;
  }, [current, language]);
  return list;
}

export function Nav({ current }: { current: NavItem | undefined }) {
  const { t, i18n } = useTranslation('common');
  const list = useCurrentInView(current, i18n.language);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul ref={list}>
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
