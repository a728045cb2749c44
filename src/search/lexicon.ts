/**
 * Synonyms: the built-in lexicon (`lexicon.json`, reviewed data, not code) and the groups an
 * org file adds (`organisation.search.synonyms`), turned into a map from what a person may
 * type (a word, or a phrase of two or three words) to the equivalent terms the index holds.
 * Built with the index; looked up per query word by `vocabulary.ts` and per phrase by `query.ts`.
 */
import lexicon from './lexicon.json';
import { STOPWORDS, terms } from './normalize';

/** The org file's search settings (format v2 `organisation.search`). */
export interface SearchSettings {
  /** false: the built-in lexicon is not used (default true). */
  builtInSynonyms?: boolean | undefined;
  /** Groups of equivalent words or phrases, in any language. */
  synonyms?: readonly (readonly string[])[] | undefined;
}

export const BUILT_IN_LEXICON: readonly (readonly string[])[] = lexicon.groups;
/** Part of the index cache key: a changed lexicon must rebuild cached indexes. */
export const LEXICON_TEXT = JSON.stringify(lexicon.groups);

/** Longest phrase recognised in a query. */
export const MAX_PHRASE = 3;

/** An entry's search key: its meaningful terms joined by spaces (`arrêt maladie` → `arret maladie`). */
export function entryKey(entry: string): string {
  return terms(entry)
    .filter((t) => !STOPWORDS.has(t))
    .join(' ');
}

/** The groups in force: the built-in ones unless turned off, then the organisation's. */
export function synonymGroups(settings: SearchSettings | undefined): string[][] {
  const groups: string[][] = [];
  if (settings?.builtInSynonyms !== false) groups.push(...BUILT_IN_LEXICON.map((g) => [...g]));
  for (const g of settings?.synonyms ?? []) groups.push([...g]);
  return groups;
}

/**
 * Key → the other keys of its groups that `known` accepts (terms and word pairs of the index).
 * Keys longer than `MAX_PHRASE` words are dropped; a phrase of three words is a source only
 * (the index holds pairs, not triples).
 */
export function synonymMap(
  groups: readonly (readonly string[])[],
  known: (key: string) => boolean,
): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const keys = [...new Set(group.map(entryKey))].filter(
      (k) => k !== '' && k.split(' ').length <= MAX_PHRASE,
    );
    const targets = keys.filter((k) => k.split(' ').length <= 2 && known(k));
    if (targets.length === 0) continue;
    for (const key of keys) {
      let set = map.get(key);
      if (!set) {
        set = new Set();
        map.set(key, set);
      }
      for (const t of targets) if (t !== key) set.add(t);
    }
  }
  const result = new Map<string, string[]>();
  for (const [key, set] of map) if (set.size > 0) result.set(key, [...set]);
  return result;
}

/** The map as text (`key\ttarget|target` lines), to cross from the worker with the index. */
export function packSynonyms(map: ReadonlyMap<string, readonly string[]>): string {
  return [...map].map(([k, v]) => `${k}\t${v.join('|')}`).join('\n');
}

export function unpackSynonyms(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (text === '') return map;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), line.slice(tab + 1).split('|'));
  }
  return map;
}
