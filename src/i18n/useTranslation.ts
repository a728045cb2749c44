/**
 * The app's translation hook: `useTranslation(ns)` → `{ t, i18n }`, like react-i18next's, minus
 * its cost per mounted component. react-i18next's hook copies every property descriptor of the
 * i18n instance into a new wrapper object for each component that mounts (`createI18nWrapper`);
 * a search keystroke mounts dozens of rows, contacts and channel links, and that copy was the
 * largest JavaScript cost of a keystroke (~1 s of 47 s profiled while typing 40 queries at 10k).
 * Here `t` is made once per language and namespace and shared; a component re-renders when the
 * language changes. Resources are bundled (src/i18n/i18n.ts), so there is no loading state.
 *
 * That `t` also remembers its texts: the messages never change while the page runs, so a key
 * with the same options gives the same text. A search keystroke asks for the same labels once
 * per row and contact ("Show on chart", "Role", "E-mail"…), and i18next resolves each call
 * again (key lookup, plural suffix, interpolation): ~20 % of a keystroke's React time at 10k.
 */
import { useSyncExternalStore } from 'react';
import i18n, { type FlatNamespace, type TFunction } from 'i18next';

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

const currentLanguage = () => i18n.language;

const fixedByKey = new Map<string, unknown>();

/** Texts a `t` remembers before it starts again (interpolated names make the set unbounded). */
export const REMEMBERED_TEXTS = 5000;

/**
 * The identity of a call `t(key, options)` whose text can be remembered: a string key, and no
 * options, a default value, or a plain object of strings, numbers, booleans (interpolation
 * values, `count`, `context`). Anything else (arrays of keys, objects as values, functions) is
 * passed through unremembered.
 */
function callId(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options === 'string') return `${key}\u0001${options}`;
  if (typeof options !== 'object' || options === null) return undefined;
  if (Object.getPrototypeOf(options) !== Object.prototype) return undefined;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'object' || typeof value === 'function') return undefined;
    id += `\u0000${name}\u0001${typeof value}:${String(value)}`;
  }
  return id;
}

type AnyT = ((...args: unknown[]) => unknown) & Record<string, unknown>;

/** `t` that remembers each text it gives (only strings: `returnObjects` results are not). */
export function rememberingT<F>(t: F): F {
  const plain = t as AnyT;
  const texts = new Map<string, string>();
  const remembering = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const id = rest.length === 0 ? callId(key, options) : undefined;
    if (id === undefined) return plain(key, options, ...rest);
    const known = texts.get(id);
    if (known !== undefined) return known;
    const text = options === undefined ? plain(key) : plain(key, options);
    if (typeof text === 'string') {
      if (texts.size >= REMEMBERED_TEXTS) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  return Object.assign(remembering, {
    lng: plain.lng,
    ns: plain.ns,
    keyPrefix: plain.keyPrefix,
  }) as F;
}

export function useTranslation<const Ns extends FlatNamespace | readonly FlatNamespace[]>(
  ns?: Ns,
): { t: TFunction<Ns extends readonly FlatNamespace[] ? Ns : [Ns]>; i18n: typeof i18n } {
  const lang = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  const namespaces = ns === undefined ? [] : typeof ns === 'string' ? [ns] : [...ns];
  const key = `${lang}|${namespaces.join(',')}`;
  let t = fixedByKey.get(key);
  if (t === undefined) {
    t = rememberingT(
      namespaces.length > 0 ? i18n.getFixedT(lang, namespaces) : i18n.getFixedT(lang),
    );
    fixedByKey.set(key, t);
  }
  return { t: t as TFunction<Ns extends readonly FlatNamespace[] ? Ns : [Ns]>, i18n };
}
