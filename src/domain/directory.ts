/**
 * The directory: one entry per person (with the positions they hold) and one per vacant
 * position, filterable by unit (sub-units included), location, language, "ask me about" skill
 * and free text, sortable by name, title, unit or location.
 * Built once per data version with pre-folded search strings so filtering 100k entries is a
 * plain scan of short strings.
 */
import type { OrgIndex } from './orgIndex';
import { unitSubtree } from './raci';
import { allListItems, allTexts, localize, localizeList } from './text';
import type { LocalizedText } from './types';

const DIACRITICS = /[\u0300-\u036f]/g;
/** Anything but printable ASCII (tabs and newlines too: they just take the slow path). */
const NON_ASCII = /[^ -~]/;

/** Lowercase, accents stripped: `Émilie` and `emilie` compare equal. */
export function foldText(text: string): string {
  // Most names and titles are plain ASCII: skip the (slow) Unicode normalisation for them.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

export type DirectoryKind = 'person' | 'vacancy';

export interface DirectoryEntry {
  kind: DirectoryKind;
  /** Person id, or position id for a vacancy. */
  id: string;
  /** Held positions (a person), or the vacant position itself. */
  positionIds: string[];
  /** Distinct units of those positions. */
  unitIds: string[];
  /** Key of the location (see `locationKey`), '' when none. */
  locationKey: string;
  languages: string[];
  /** Folded name (a vacancy: its English or first title): the name sort and its A–Z jump. */
  nameKey: string;
  /** Folded "ask me about" skills, every language. */
  skills: string[];
  /** Folded name, titles, units, location, e-mail and languages in every language. */
  haystack: string;
}

export interface Directory {
  /** People sorted by name, then vacancies in file order. */
  entries: DirectoryEntry[];
  /** Distinct locations: key and the text to show (localize it). */
  locations: { key: string; text: LocalizedText }[];
  /** Distinct language tags, sorted. */
  languages: string[];
}

/** A location's filter key: its English (or first) text, folded and trimmed. */
export function locationKey(text: LocalizedText | undefined): string {
  return foldText(localize(text, 'en').trim());
}

function unitsAndTitles(index: OrgIndex, positionIds: readonly string[]) {
  const unitIds: string[] = [];
  const texts: string[] = [];
  for (const id of positionIds) {
    const position = index.positionById.get(id);
    if (!position) continue;
    texts.push(...allTexts(position.title));
    const unit = position.unitId === undefined ? undefined : index.unitById.get(position.unitId);
    if (unit && !unitIds.includes(unit.id)) {
      unitIds.push(unit.id);
      texts.push(...allTexts(unit.name));
    }
  }
  return { unitIds, texts };
}

export function buildDirectory(index: OrgIndex): Directory {
  const people: { entry: DirectoryEntry; sortKey: string }[] = [];
  const vacancies: DirectoryEntry[] = [];
  const locations = new Map<string, LocalizedText>();
  const languages = new Set<string>();

  for (const person of index.personById.values()) {
    const positionIds = [...(index.positionsOfPerson.get(person.id) ?? [])];
    const { unitIds, texts } = unitsAndTitles(index, positionIds);
    const key = locationKey(person.location);
    if (key !== '' && person.location !== undefined && !locations.has(key)) {
      locations.set(key, person.location);
    }
    const langs = person.languages ?? [];
    for (const lang of langs) languages.add(lang);
    const skills = [...new Set(allListItems(person.askMeAbout).map((w) => foldText(w.trim())))];
    const parts = [
      person.name,
      ...texts,
      ...allTexts(person.location),
      person.email ?? '',
      ...langs,
    ];
    const sortKey = foldText(person.name);
    people.push({
      entry: {
        kind: 'person',
        nameKey: sortKey,
        id: person.id,
        positionIds,
        unitIds,
        locationKey: key,
        languages: langs,
        skills,
        haystack: foldText(parts.join(' ')),
      },
      sortKey,
    });
  }
  // Folded names compared as plain strings: accent- and case-insensitive, and several times
  // faster than Intl.Collator on 100k names.
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

  for (const position of index.positionById.values()) {
    const held = (position.holders ?? []).some((id) => index.personById.has(id));
    if (held) continue;
    const { unitIds, texts } = unitsAndTitles(index, [position.id]);
    vacancies.push({
      kind: 'vacancy',
      nameKey: foldText(localize(position.title, 'en')),
      id: position.id,
      positionIds: [position.id],
      unitIds,
      locationKey: '',
      languages: [],
      skills: [],
      haystack: foldText(texts.join(' ')),
    });
  }

  const sortedLocations = [...locations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, text]) => ({ key, text }));
  return {
    entries: [...people.map((p) => p.entry), ...vacancies],
    locations: sortedLocations,
    languages: [...languages].sort(),
  };
}

export interface DirectoryFilter {
  /** A unit id: entries in it or any of its sub-units. */
  unit?: string;
  /** A location key (see `locationKey`). */
  location?: string;
  /** A language tag; `fr` also matches `fr-CA`. */
  language?: string;
  /** An "ask me about" skill: entries with a skill containing it (accents and case ignored). */
  skill?: string;
  /** Free text: every word must appear (accents and case ignored). */
  text?: string;
  kind?: DirectoryKind;
}

/**
 * The entries matching every given filter, in directory order. `within` narrows a previous
 * result instead of scanning everything: pass it when only the text grew (see `isNarrowing`).
 */
export function filterDirectory(
  index: OrgIndex,
  directory: Directory,
  filter: DirectoryFilter,
  within: readonly DirectoryEntry[] = directory.entries,
): DirectoryEntry[] {
  const scope = filter.unit ? unitSubtree(index, filter.unit) : undefined;
  const words = foldText(filter.text ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lang = filter.language || undefined;
  const location = filter.location || undefined;
  const skill = foldText(filter.skill ?? '').trim() || undefined;
  return within.filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) &&
      (!scope || e.unitIds.some((u) => scope.has(u))) &&
      (!location || e.locationKey === location) &&
      (!lang || e.languages.some((l) => l === lang || l.startsWith(`${lang}-`))) &&
      (!skill || e.skills.some((k) => k.includes(skill))) &&
      words.every((w) => e.haystack.includes(w)),
  );
}

/**
 * True when every entry matching `next` also matches `previous`: same unit, location, language
 * and kind, and the folded text only grew at its end (typing). Then `next` can filter the
 * previous result instead of the whole directory.
 */
export function isNarrowing(previous: DirectoryFilter, next: DirectoryFilter): boolean {
  return (
    (previous.unit ?? '') === (next.unit ?? '') &&
    (previous.location ?? '') === (next.location ?? '') &&
    (previous.language ?? '') === (next.language ?? '') &&
    (previous.kind ?? '') === (next.kind ?? '') &&
    (previous.skill ?? '') === (next.skill ?? '') &&
    foldText(next.text ?? '')
      .trimStart()
      .startsWith(foldText(previous.text ?? '').trim())
  );
}

export const DIRECTORY_SORTS = ['name', 'title', 'unit', 'location'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/**
 * What an entry sorts on, folded: its name (a vacancy: its title), first title, first unit or
 * location in `lang`. '' when it has none (those go last).
 */
export function sortKeyOf(
  index: OrgIndex,
  entry: DirectoryEntry,
  sort: DirectorySort,
  lang: string,
): string {
  const position = index.positionById.get(entry.positionIds[0] ?? '');
  switch (sort) {
    case 'name':
      return entry.nameKey;
    case 'title':
      return foldText(localize(position?.title, lang).trim());
    case 'unit': {
      const unit = index.unitById.get(entry.unitIds[0] ?? '');
      return foldText(localize(unit?.name, lang).trim());
    }
    case 'location': {
      const person = entry.kind === 'person' ? index.personById.get(entry.id) : undefined;
      return foldText(localize(person?.location, lang).trim());
    }
  }
}

export interface SortedEntries {
  entries: DirectoryEntry[];
  /** The sort key of each entry, same order (for the A–Z jump). */
  keys: string[];
}

/**
 * `entries` ordered by `sort` (stable: ties keep directory order, so people by name), entries
 * without the field last. By name, the directory's own order stands (people by name, then
 * vacancies): `entries` is a filtered directory, already in it, so nothing is sorted again.
 */
export function sortDirectory(
  index: OrgIndex,
  entries: readonly DirectoryEntry[],
  sort: DirectorySort,
  lang: string,
): SortedEntries {
  if (sort === 'name') return { entries: [...entries], keys: entries.map((e) => e.nameKey) };
  const keyed = entries.map((entry, i) => ({ entry, key: sortKeyOf(index, entry, sort, lang), i }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.i - b.i;
    if (a.key === '') return 1;
    if (b.key === '') return -1;
    return a.key < b.key ? -1 : 1;
  });
  return { entries: keyed.map((k) => k.entry), keys: keyed.map((k) => k.key) };
}

/** The letters of the A–Z jump; '#' stands for every key that starts with something else. */
export const JUMP_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** The jump letter of a folded sort key ('' for none). */
export function jumpLetterOf(key: string): string {
  const first = key.charAt(0).toUpperCase();
  if (first === '') return '';
  return first >= 'A' && first <= 'Z' ? first : '#';
}

/** Jump letter → index of the first entry with it, in the sorted order. */
export function firstIndexByLetter(keys: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    const letter = jumpLetterOf(key);
    if (letter !== '' && !first.has(letter)) first.set(letter, i);
  });
  return first;
}

/**
 * The "ask me about" skills of the directory's people in `lang`: folded key, shown text and how
 * many people list it, most listed first.
 */
export function skillOptions(
  index: OrgIndex,
  lang: string,
): { key: string; text: string; count: number }[] {
  const byKey = new Map<string, { key: string; text: string; count: number }>();
  for (const person of index.personById.values()) {
    const words = localizeList(person.askMeAbout, lang);
    for (const word of new Set(words.map((w) => w.trim()).filter(Boolean))) {
      const key = foldText(word);
      const option = byKey.get(key);
      if (option) option.count++;
      else byKey.set(key, { key, text: word, count: 1 });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
