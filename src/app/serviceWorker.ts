/**
 * The offline service worker (vite-plugin-pwa, registerType 'prompt', built as `sw.js`).
 *
 * Registered once the first view is drawn and the page is idle, not at load: registered at the
 * page's `load` event, its precache downloaded and compiled every asset (~0.75 s of CPU at a 10k
 * first visit) while the org file was validated, laid out and indexed on the same two cores.
 *
 * When a new version is installed and waiting, the shell's prompt offers "Reload"
 * (src/app/updateState.ts); nothing reloads until the user presses it.
 */
import { registerSW } from 'virtual:pwa-register';
import { setUpdateReady } from './updateState';

/** Time left after the first view for the work it starts (search index, layout). */
const AFTER_FIRST_VIEW_MS = 1000;
/** At the latest, even on a page that is never idle: the app must still work offline. */
const IDLE_TIMEOUT_MS = 10_000;
/** How often an open tab asks the server for a new version (the browser also does on load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let scheduled = false;

export interface ServiceWorkerHost {
  register: () => void;
  frame: (run: () => void) => void;
  later: (run: () => void, ms: number) => void;
  idle: (run: () => void, timeoutMs: number) => void;
}

/** Registers sw.js now, with the update prompt wired. */
function registerWithPrompt(): void {
  const update = registerSW({
    // The page has loaded long ago: register now rather than wait for a `load` event.
    immediate: true,
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
    onRegisterError(error: unknown) {
      console.warn('Wayfinder: the offline copy could not be installed', error);
    },
  });
}

function browserHost(): ServiceWorkerHost | undefined {
  // No sw.js on the dev server (vite-plugin-pwa builds it only).
  if (import.meta.env.DEV) return undefined;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
  return {
    register: registerWithPrompt,
    frame: (run) => requestAnimationFrame(() => run()),
    later: (run, ms) => setTimeout(run, ms),
    idle: (run, timeoutMs) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => run(), { timeout: timeoutMs })
        : setTimeout(run, 0),
  };
}

/** Call when the first view (data or its error page) is rendered; later calls do nothing. */
export function registerServiceWorkerWhenIdle(host = browserHost()): void {
  if (scheduled || !host) return;
  scheduled = true;
  // The frame after the render is the first view painted; then its work; then an idle moment.
  host.frame(() =>
    host.later(() => host.idle(() => host.register(), IDLE_TIMEOUT_MS), AFTER_FIRST_VIEW_MS),
  );
}

/** For tests. */
export function resetServiceWorkerSchedule(): void {
  scheduled = false;
}
