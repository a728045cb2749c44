/**
 * The app's translation hook: `useTranslation(ns)` → `{ t, i18n }`, like react-i18next's, minus
 * its cost per mounted component. react-i18next's hook copies every property descriptor of the
 * i18n instance into a new wrapper object for each component that mounts (`createI18nWrapper`);
 * a search keystroke mounts dozens of rows, contacts and channel links, and that copy was the
 * largest JavaScript cost of a keystroke (~1 s of 47 s profiled while typing 40 queries at 10k).
 * Here `t` is made once per language and namespace and shared; a component re-renders when the
 * language changes. Resources are bundled (src/i18n/i18n.ts), so there is no loading state.
 */
import { useSyncExternalStore } from 'react';
import i18n, { type FlatNamespace, type TFunction } from 'i18next';

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

const currentLanguage = () => i18n.language;

const fixedByKey = new Map<string, unknown>();

export function useTranslation<const Ns extends FlatNamespace | readonly FlatNamespace[]>(
  ns?: Ns,
): { t: TFunction<Ns extends readonly FlatNamespace[] ? Ns : [Ns]>; i18n: typeof i18n } {
  const lang = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  const namespaces = ns === undefined ? [] : typeof ns === 'string' ? [ns] : [...ns];
  const key = `${lang}|${namespaces.join(',')}`;
  let t = fixedByKey.get(key);
  if (t === undefined) {
    t = namespaces.length > 0 ? i18n.getFixedT(lang, namespaces) : i18n.getFixedT(lang);
    fixedByKey.set(key, t);
  }
  return { t: t as TFunction<Ns extends readonly FlatNamespace[] ? Ns : [Ns]>, i18n };
}
