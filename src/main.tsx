/**
 * Entry: starts loading the organisation first, then renders the app from its own chunk
 * (`renderApp.tsx`). On a first visit the org file's download and validation (in the org file
 * worker) then run while React and the shell are still loading, not after them; on the chart,
 * the worker also draws the first view, shown at once (`app/firstView.ts`).
 */
// The global styles stay in the entry: index.html links them, so the first paint (and the dark
// theme theme-boot.js set) is styled before any script has run; no white flash.
import './styles/global.css';
import './styles/print.css';
import { loadOrg } from './app/loadOrg';
import { startOrgSync } from './store/orgSync';
import { applyTheme, readTheme } from './app/theme';
import { isSearchPath, startEarly } from './app/startEarly';
import { parseHash } from './app/router';
import { dropFirstView, firstViewRequest, showFirstView } from './features/chart/firstViewPicture';
import type { FirstView } from './layout/firstView';
import { todayIso } from './domain/orgIndex';
import { useOrgStore } from './store/orgStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The chart's first view is asked for on every start of `#/chart` and drawn only on a first
// visit (nothing stored). The org file worker was started by the page's first script
// (`boot.ts`); its script loads meanwhile, it checks the file then.
const firstView = firstViewRequest(window.location.hash, todayIso());
let firstViewShown: (() => void) | undefined;
const shown = new Promise<void>((resolve) => (firstViewShown = resolve));
/** After the next frame is painted. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const onFirstView = (view: FirstView) => {
  showFirstView(view);
  firstViewShown?.();
};

// theme-boot.js set the theme before the first paint; this also gives the bar its colour.
applyTheme(readTheme());
const loaded = loadOrg(
  undefined,
  firstView
    ? { firstView, onFirstView, onNoFirstView: () => firstViewShown?.() }
    : { searchFirst: isSearchPath(parseHash(window.location.hash).path) },
);
// ELK's worker (1.6 MB to compile) waits for the checked data on a first visit: the picture is
// drawn before the check now, and a third thread compiling beside the check and React's load
// made the check, and so the interactive chart, ~0.3 s later at 10k people. The chart's first
// layout is the tidy tree, drawn without ELK.
startEarly(window.location.hash, firstView ? loaded : undefined);
void loaded
  .then(() => startOrgSync())
  .finally(() => {
    if (useOrgStore.getState().status === 'error') dropFirstView();
  });
// On a first visit of the chart React's first renders (the shell, then the chart) would hold
// the picture's paint back: they start once it is painted, or once it is known none will come.
// So does its chunk: evaluating React and the shell (100–200 ms on the page) took a core from
// the worker checking the file, on a machine of two. It is asked for then, not before.
// Never more than a second: on a slow network the shell (and its "loading") shows meanwhile.
const shellLimit = new Promise<void>((resolve) => setTimeout(resolve, 1000));
void (firstView ? Promise.race([shown.then(nextFrame), loaded, shellLimit]) : Promise.resolve())
  .catch(() => undefined)
  .then(() => import('./renderApp'))
  .then(({ renderApp }) => renderApp(root));
