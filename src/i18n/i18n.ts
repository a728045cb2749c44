/**
 * i18next setup. Every `locales/<lang>/<namespace>.json` is bundled and registered as a
 * namespace automatically, so a helper adds a namespace by adding two files (en and fr).
 * The language is the user's saved choice, else the browser's, else English (`language.ts`).
 */
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  detectLanguage,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  type Language,
} from './language';

export {
  detectLanguage,
  isSupported,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  type Language,
} from './language';

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
