/**
 * The offline service worker (vite-plugin-pwa, registerType 'prompt'), registered once at start.
 * When a new version is installed and waiting, the shell's prompt offers "Reload"
 * (src/app/updateState.ts); nothing reloads until the user presses it.
 */
import { registerSW } from 'virtual:pwa-register';
import { setUpdateReady } from './updateState';

/** How often an open tab asks the server for a new version (the browser also does on load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      setUpdateReady(() => {
        // Reload once the new version controls the page. vite-plugin-pwa reloads by itself only
        // when a worker controlled the page at registration: not on a first visit's tab.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
          once: true,
        });
        void update(true);
      });
    },
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });
}
