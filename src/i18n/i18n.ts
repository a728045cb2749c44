/**
 * i18next setup. Every `locales/<lang>/<namespace>.json` is bundled and registered as a
 * namespace automatically, so a helper adds a namespace by adding two files (en and fr).
 * The language is the user's saved choice, else the browser's, else English.
 */
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'wayfinder.language';

type Messages = Record<string, unknown>;
const modules = import.meta.glob<Messages>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** `{ en: { common: {...}, search: {...} }, fr: {...} }` from the globbed files. */
export function buildResources(files: Record<string, Messages>): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang = '', ns = ''] = match;
    resources[lang] = { ...resources[lang], [ns]: messages };
  }
  return resources;
}

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

const resources = buildResources(modules);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: Object.keys(resources.en ?? { common: {} }),
  defaultNS: 'common',
  // React escapes text itself; i18next must not double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

function applyLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

/** Switches the UI language and remembers the choice on this device. */
export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  await i18n.changeLanguage(lang);
}

export default i18n;
