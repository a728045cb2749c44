import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './styles/global.css';
import { App } from './App';
import { loadOrg } from './app/loadOrg';
import { startOrgSync } from './store/orgSync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void loadOrg().then(() => startOrgSync());

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
