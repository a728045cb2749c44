/**
 * Whether a new app version is installed and waiting (set by src/app/serviceWorker.ts), for the
 * shell's "A new version is ready — Reload" prompt. No service-worker import here: the shell's
 * tests render the prompt without one.
 */
import { useSyncExternalStore } from 'react';

let ready = false;
let dismissed = false;
let activate: (() => void) | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** A new version waits; `apply` activates it (the page reloads once it has taken control). */
export function setUpdateReady(apply: () => void): void {
  ready = true;
  dismissed = false;
  activate = apply;
  emit();
}

export function reloadToUpdate(): void {
  activate?.();
}

/** "Later": hidden until the next new version (the next visit runs the new one anyway). */
export function dismissUpdate(): void {
  dismissed = true;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useUpdateReady(): boolean {
  return useSyncExternalStore(subscribe, () => ready && !dismissed);
}
