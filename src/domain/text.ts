/** Reading localized text and lists: pick the user's language, fall back sensibly. */
import type { LocalizedList, LocalizedText } from './types';

/** The text in `lang`, else English, else the first language given. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0] ?? lang;
  return text[lang] ?? text[base] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Every language's text, for search: a French query must find an English-only record's French words. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text);
}

/** The words for `lang` (falling back like `localize`). */
export function localizeList(list: LocalizedList | undefined, lang: string): string[] {
  if (list === undefined) return [];
  if (Array.isArray(list)) return list;
  const base = lang.split('-')[0] ?? lang;
  return list[lang] ?? list[base] ?? list.en ?? Object.values(list)[0] ?? [];
}

/** Every word of every language. */
export function allListItems(list: LocalizedList | undefined): string[] {
  if (list === undefined) return [];
  if (Array.isArray(list)) return list;
  return Object.values(list).flat();
}

/** The text of one language (a plain string counts as English, the file's default). */
export function textIn(text: LocalizedText | undefined, lang: 'en' | 'fr'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === 'en' ? text : '';
  return text[lang] ?? '';
}

/** `text` with the language `lang` set to `value`; undefined when no language is left. */
export function withText(
  text: LocalizedText | undefined,
  lang: 'en' | 'fr',
  value: string,
): LocalizedText | undefined {
  const map: Record<string, string> =
    text === undefined ? {} : typeof text === 'string' ? { en: text } : { ...text };
  if (value === '') delete map[lang];
  else map[lang] = value;
  return Object.keys(map).length === 0 ? undefined : map;
}
