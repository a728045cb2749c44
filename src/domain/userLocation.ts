/**
 * The user's location (chosen on "I'm new" or on the home page): the places people work,
 * and whether a person is at the user's place. A location is known by `locationKey` (its
 * English or first text, folded), the key the directory's location filter uses too. Pure.
 */
import { locationKey } from './directory';
import type { OrgIndex } from './orgIndex';
import { localize } from './text';
import type { LocalizedText, Person } from './types';

export interface KnownLocation {
  key: string;
  text: LocalizedText;
  /** People working there. */
  people: number;
}

const cache = new WeakMap<OrgIndex, KnownLocation[]>();

/** Every location people work at, most people first, then by name. */
export function knownLocations(index: OrgIndex): KnownLocation[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const byKey = new Map<string, KnownLocation>();
  for (const person of index.personById.values()) {
    if (person.location === undefined) continue;
    const key = locationKey(person.location);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known) known.people += 1;
    else byKey.set(key, { key, text: person.location, people: 1 });
  }
  const list = [...byKey.values()].sort(
    (a, b) => b.people - a.people || localize(a.text, 'en').localeCompare(localize(b.text, 'en')),
  );
  cache.set(index, list);
  return list;
}

/** Whether `person` works at the location `key` (false without a chosen location). */
export function isAtLocation(person: Person, key: string | undefined): boolean {
  return key !== undefined && key !== '' && locationKey(person.location) === key;
}
