/**
 * The user's location (chosen on "I'm new" or on the home page): the places people work,
 * and whether a person is at the user's place. A location is known by `locationKey` (its
 * English or first text, folded), the key the directory's location filter uses too. Pure.
 */
import { locationKey } from './directory';
import { localize } from './text';
import type { LocalizedText, OrgData, Person } from './types';

export interface KnownLocation {
  key: string;
  text: LocalizedText;
  /** People working there. */
  people: number;
}

/** More places than this are not a choice a person scrolls through. */
export const MAX_LOCATIONS = 500;

/**
 * Every location people work at (the MAX_LOCATIONS with most people), most people first, then
 * by name. From the data itself: the search worker builds it with the index, since folding
 * every person's location takes a long task on the page at 100k people (issue 14 item 1).
 */
export function knownLocations(data: Pick<OrgData, 'people'>): KnownLocation[] {
  const byKey = new Map<string, KnownLocation>();
  const seen = new Set<string>();
  for (const person of data.people) {
    // A repeated id is one person (the index keeps one record per id).
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    if (person.location === undefined) continue;
    const key = locationKey(person.location);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known) known.people += 1;
    else byKey.set(key, { key, text: person.location, people: 1 });
  }
  return [...byKey.values()]
    .sort(
      (a, b) => b.people - a.people || localize(a.text, 'en').localeCompare(localize(b.text, 'en')),
    )
    .slice(0, MAX_LOCATIONS);
}

/** Whether `person` works at the location `key` (false without a chosen location). */
export function isAtLocation(person: Person, key: string | undefined): boolean {
  return key !== undefined && key !== '' && locationKey(person.location) === key;
}
