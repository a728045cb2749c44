/**
 * Which language the UI speaks: the user's saved choice, else the browser's, else English.
 * Apart from i18next (`i18n.ts`) so the entry can ask before the app's chunk has loaded: the
 * first view of a first visit is drawn in the org file worker, in the user's language.
 */
export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'wayfinder.language';

export function isSupported(lang: string | null | undefined): lang is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang ?? '');
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the browser language
  }
}

/** Saved choice, else the first supported browser language, else English. */
export function detectLanguage(
  saved: string | null = readSaved(),
  browser: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  if (isSupported(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupported(base)) return base;
  }
  return 'en';
}
