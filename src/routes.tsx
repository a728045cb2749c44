/**
 * The route table: every URL of `app/links.ts` maps to a page here. It sits beside App.tsx, not
 * in `app/`, because it is the one place that imports every feature: `app/` stays below them. Search (the home page) is
 * loaded eagerly so a cold start answers fast; the other pages are split into their own chunks.
 */
import { lazy, useState, type ComponentType } from 'react';
import type { NavItem } from './app/navItems';
import type { PageProps } from './app/pageProps';
import { SearchPage } from './features/search/SearchPage';
import { TopicPage } from './features/search/TopicPage';

export type { PageProps };

export interface RouteDef {
  /** Segments; `:name` captures one segment. */
  pattern: readonly string[];
  page: ComponentType<PageProps>;
  /** Key in the `common` namespace naming the page (fallback `document.title`). */
  titleKey: string;
  /** The navigation entry marked current on this route. */
  nav?: NavItem;
  /**
   * Drawn from a cold start's start slice (`domain/startSlice.ts`: every topic with its answer,
   * a fraction of the people) before the whole version is read; other pages wait for it.
   */
  fromStartSlice?: true;
}

const named = <K extends string>(
  load: () => Promise<Record<K, ComponentType<PageProps>>>,
  key: K,
) => lazy(() => load().then((m) => ({ default: m[key] })));

/**
 * A split page whose chunk can be fetched ahead of use (`preload`). Once its chunk is loaded it
 * renders without suspending: a Suspense fallback, once shown, holds the page back at least
 * 300 ms (React's fallback throttle), more than a third of the chart's first-view budget.
 */
function preloadable<K extends string>(
  load: () => Promise<Record<K, ComponentType<PageProps>>>,
  key: K,
) {
  let loaded: ComponentType<PageProps> | undefined;
  const preload = () => load().then((m) => (loaded = m[key]));
  const Lazy = lazy<ComponentType<PageProps>>(() => preload().then((page) => ({ default: page })));
  function Page(props: PageProps) {
    // Fixed per mount: switching from `Lazy` to the loaded page would remount it.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Page, { preload });
}

const ChartPage = preloadable(() => import('./features/chart/ChartPage'), 'ChartPage');
/** Fetches the chunks of the pages opened most after search (called when the app is idle). */
export const preloadPages = (): Promise<unknown> => ChartPage.preload();
const DirectoryPage = named(() => import('./features/directory/DirectoryPage'), 'DirectoryPage');
const ServicesPage = named(() => import('./features/services/ServicesPage'), 'ServicesPage');
const RaciPage = named(() => import('./features/raci/RaciPage'), 'RaciPage');
const OnboardingPage = named(
  () => import('./features/onboarding/OnboardingPage'),
  'OnboardingPage',
);
const AdminPage = named(() => import('./features/admin/AdminPage'), 'AdminPage');
const PositionPage = named(() => import('./features/records/PositionPage'), 'PositionPage');
const PersonPage = named(() => import('./features/records/PersonPage'), 'PersonPage');
const UnitPage = named(() => import('./features/records/UnitPage'), 'UnitPage');

export const ROUTES: readonly RouteDef[] = [
  { pattern: [], page: SearchPage, titleKey: 'nav.search', nav: 'search', fromStartSlice: true },
  {
    pattern: ['search'],
    page: SearchPage,
    titleKey: 'nav.search',
    nav: 'search',
    fromStartSlice: true,
  },
  { pattern: ['topic', ':topicId'], page: TopicPage, titleKey: 'page.topic', nav: 'search' },
  { pattern: ['chart'], page: ChartPage, titleKey: 'nav.chart', nav: 'chart' },
  { pattern: ['chart', ':positionId'], page: ChartPage, titleKey: 'nav.chart', nav: 'chart' },
  { pattern: ['position', ':positionId'], page: PositionPage, titleKey: 'page.position' },
  { pattern: ['person', ':personId'], page: PersonPage, titleKey: 'page.person' },
  { pattern: ['unit', ':unitId'], page: UnitPage, titleKey: 'page.unit' },
  { pattern: ['directory'], page: DirectoryPage, titleKey: 'nav.directory', nav: 'directory' },
  { pattern: ['services'], page: ServicesPage, titleKey: 'nav.services', nav: 'services' },
  { pattern: ['raci'], page: RaciPage, titleKey: 'nav.raci', nav: 'raci' },
  { pattern: ['onboarding'], page: OnboardingPage, titleKey: 'nav.onboarding', nav: 'onboarding' },
  {
    pattern: ['onboarding', ':positionId'],
    page: OnboardingPage,
    titleKey: 'nav.onboarding',
    nav: 'onboarding',
  },
  { pattern: ['admin'], page: AdminPage, titleKey: 'nav.admin', nav: 'admin' },
];

export interface RouteMatch {
  route: RouteDef;
  params: Record<string, string>;
}

/** The route for a path, or undefined (→ not-found page). */
export function matchRoute(path: readonly string[]): RouteMatch | undefined {
  for (const route of ROUTES) {
    if (route.pattern.length !== path.length) continue;
    const params: Record<string, string> = {};
    const ok = route.pattern.every((part, i) => {
      const segment = path[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (ok) return { route, params };
  }
  return undefined;
}
