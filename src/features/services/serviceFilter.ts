/**
 * The service catalogue's filter box: a service matches when every word typed is found in its
 * name, description, keywords or synonyms, in any language (a French word finds an English-only
 * service's French keywords), case and accents ignored.
 */
import { words } from '../../search/normalize';
import type { OrgIndex } from '../../domain/orgIndex';
import { allListItems, allTexts } from '../../domain/text';
import type { Topic } from '../../domain/types';

/** The folded text a service is matched against, every language together. */
export function serviceHaystack(topic: Topic): string {
  return words(
    [
      ...allTexts(topic.name),
      ...allTexts(topic.description),
      ...allListItems(topic.keywords),
      ...allListItems(topic.synonyms),
    ].join(' '),
  ).join(' ');
}

/** The typed text as folded words; none means "no filter". */
export function filterWords(text: string): string[] {
  return words(text);
}

/**
 * `byUnit` (unit id → service ids, in order) kept to the services matching `query`; units left
 * with none are dropped. An empty query returns `byUnit` itself.
 */
export function filterServices(
  index: OrgIndex,
  byUnit: ReadonlyMap<string, readonly string[]>,
  query: string,
): ReadonlyMap<string, readonly string[]> {
  const wanted = filterWords(query);
  if (wanted.length === 0) return byUnit;
  const result = new Map<string, readonly string[]>();
  for (const [unitId, topicIds] of byUnit) {
    const kept = topicIds.filter((id) => {
      const topic = index.topicById.get(id);
      if (!topic) return false;
      // Word starts, so "park" finds "parking" but "ark" does not find "parking".
      const hay = ` ${serviceHaystack(topic)}`;
      return wanted.every((w) => hay.includes(` ${w}`));
    });
    if (kept.length > 0) result.set(unitId, kept);
  }
  return result;
}
