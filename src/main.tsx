import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles/global.css';
import './styles/print.css';
import { App } from './App';
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

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
