/** Progress kept on this device (the onboarding checklist), one record per key. */
import { liveQuery } from 'dexie';
import { db, type ProgressRecord } from './database';

/** The progress key of a position's onboarding checklist. */
export const onboardingKey = (positionId: string) => `onboarding:${positionId}`;

/** Ticked item ids for `key` (e.g. `onboarding:<positionId>`); empty when none. */
export async function getProgress(key: string): Promise<string[]> {
  return (await db.progress.get(key))?.done ?? [];
}

export async function saveProgress(key: string, done: readonly string[]): Promise<void> {
  const record: ProgressRecord = { key, done: [...done], updatedAt: new Date().toISOString() };
  await db.progress.put(record);
}

/**
 * Ticks or unticks one item. Read and write in one transaction so two tabs ticking different
 * items at once both keep their tick.
 */
export async function setItemDone(key: string, itemId: string, done: boolean): Promise<string[]> {
  return db.transaction('rw', db.progress, async () => {
    const current = (await db.progress.get(key))?.done ?? [];
    const next = done
      ? current.includes(itemId)
        ? current
        : [...current, itemId]
      : current.filter((id) => id !== itemId);
    await db.progress.put({ key, done: next, updatedAt: new Date().toISOString() });
    return next;
  });
}

export async function clearProgress(key: string): Promise<void> {
  await db.progress.delete(key);
}

/**
 * Calls `onChange` with the ticked ids now and after every change (this tab or another).
 * Returns the unsubscribe function.
 */
export function watchProgress(
  key: string,
  onChange: (done: string[]) => void,
  onError?: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => getProgress(key)).subscribe({
    next: onChange,
    error: (error: unknown) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}
