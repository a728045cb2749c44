/**
 * The shell: skip link, header, navigation, notices, and the routed page. While the org loads
 * it shows a spinner; if the first load fails it shows the problems (on every page but admin,
 * where HR can fix the data), never a blank page.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { EDITING_ENABLED, readOnlyBuild } from './app/buildFlags';
import { selectEditMode, useEditModeStore } from './store/editModeStore';
import { useTranslation } from './i18n/useTranslation';
import { matchRoute, preloadPages } from './routes';
import { registerServiceWorkerWhenIdle } from './app/serviceWorker';
import { onIdle } from './app/idle';
import { takeKeepFocus, useRoute } from './app/router';
import { selectPageTitle, usePageTitleStore } from './app/usePageTitle';
import { localize } from './domain/text';
import { ErrorPage } from './components/ErrorPage';
import { Header } from './components/Header';
import { LoadingPage } from './components/LoadingPage';
import { Nav } from './components/Nav';
import { NoticeArea } from './components/NoticeArea';
import { UpdatePrompt } from './components/UpdatePrompt';
import { DemoBanner } from './components/DemoBanner';
import { NotFoundPage } from './components/NotFoundPage';
import { useSearchShortcut } from './features/search/useSearchShortcut';
import {
  selectComplete,
  selectOrgData,
  selectProblems,
  selectSource,
  selectStatus,
  useOrgStore,
} from './store/orgStore';

/** The editor's shell (banner, shortcuts, draft sync): its own chunk, loaded in edit mode only. */
const EditorShell = lazy(() =>
  __EDITING_ENABLED__ ? import('./features/editor/EditorShell') : readOnlyBuild(),
);

function useDocumentTitle(fallbackKey: string) {
  const { t, i18n } = useTranslation('common');
  const pageTitle = usePageTitleStore(selectPageTitle);
  const data = useOrgStore(selectOrgData);
  const orgName = data ? localize(data.organisation.name, i18n.language) : '';
  const title = pageTitle ?? t(fallbackKey);
  useEffect(() => {
    document.title = [title, orgName, t('appName')].filter(Boolean).join(' · ');
  }, [title, orgName, t]);
}

/** Moves focus to the content after in-app navigation so screen readers follow the change. */
function useFocusOnNavigate(key: string) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (takeKeepFocus()) return;
    main.current?.focus({ preventScroll: false });
  }, [key]);
  return main;
}

/** Once the org is shown, fetch the chart's chunk while the page is idle (see `preloadable`). */
function usePreloadPages(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    return onIdle(() => void preloadPages().catch(() => undefined), 5000);
  }, [ready]);
}

export function App() {
  const { t } = useTranslation('common');
  const route = useRoute();
  const status = useOrgStore(selectStatus);
  const complete = useOrgStore(selectComplete);
  const problems = useOrgStore(selectProblems);
  const source = useOrgStore(selectSource);
  const editing =
    useEditModeStore(selectEditMode) && EDITING_ENABLED && status === 'ready' && complete;
  usePreloadPages(status === 'ready' && complete);
  useEffect(() => {
    if (status !== 'loading') registerServiceWorkerWhenIdle();
  }, [status]);
  const match = matchRoute(route.path);
  useDocumentTitle(match?.route.titleKey ?? 'notFound.title');
  const main = useFocusOnNavigate(route.path.join('/'));
  // `/` or Ctrl+K focuses the search field from any page.
  useSearchShortcut();

  let content: React.ReactNode;
  // A cold start shows its start slice (part of the data) to the search page only.
  if (status === 'loading' || (status === 'ready' && !complete && !match?.route.fromStartSlice)) {
    content = <LoadingPage />;
  }
  // The admin page stays open after a failed first load: it is where HR fixes the data.
  else if (status === 'error' && match?.route.nav !== 'admin') {
    content = <ErrorPage problems={problems} source={source ?? ''} />;
  } else if (!match) content = <NotFoundPage />;
  else {
    const Page = match.route.page;
    content = (
      <Suspense fallback={<LoadingPage textKey="page.loading" />}>
        <Page params={match.params} query={route.query} />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash is the router's: focus the content instead of navigating to "#main".
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <Header />
      <Nav current={match?.route.nav} />
      <DemoBanner />
      {editing && (
        <Suspense fallback={null}>
          <EditorShell />
        </Suspense>
      )}
      <NoticeArea />
      <UpdatePrompt />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {content}
      </main>
    </div>
  );
}
