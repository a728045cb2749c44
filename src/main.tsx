/**
 * Entry: starts loading the organisation first, then renders the app from its own chunk
 * (`renderApp.tsx`). On a first visit the org file's download and validation (in the org file
 * worker) then run while React and the shell are still loading, not after them.
 */
// The global styles stay in the entry: index.html links them, so the first paint (and the dark
// theme theme-boot.js set) is styled before any script has run; no white flash.
import './styles/global.css';
import './styles/print.css';
import { loadOrg } from './app/loadOrg';
import { startOrgSync } from './store/orgSync';
import { applyTheme, readTheme } from './app/theme';
import { startEarly } from './app/startEarly';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// theme-boot.js set the theme before the first paint; this also gives the bar its colour.
applyTheme(readTheme());
startEarly(window.location.hash);
void loadOrg().then(() => startOrgSync());
void import('./renderApp').then(({ renderApp }) => renderApp(root));
