/**
 * The app's first render, in its own chunk: React DOM, the shell, the home page and the
 * messages load while `main.tsx` has already started loading the organisation (the org file
 * worker downloads and checks the file meanwhile), instead of before it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './App';

export function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
