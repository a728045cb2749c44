/**
 * What the home page offers before anything is typed (issue 14 item 8): the onboarding topics,
 * and the kinds of questions the organisation answers most, that is the units whose catalogue
 * lists the most topics, each with a few of them. The app keeps no log of what people ask (no
 * data leaves the device), so the catalogue's size stands for demand. Pure; built once per
 * data version, from the data itself (not the page's index) so the search worker builds it
 * with the search index and the page never walks every topic (issue 14 item 1).
 */
import { localize } from './text';
import type { OrgData } from './types';

export interface TopicKind {
  unitId: string;
  /** Topics of the unit's catalogue, how many. */
  count: number;
  /** The first few, in file order (HR lists the main ones first). */
  topicIds: string[];
}

export interface HomeSuggestions {
  onboardingTopicIds: string[];
  kinds: TopicKind[];
}

export const MAX_ONBOARDING = 8;
export const MAX_KINDS = 6;
export const TOPICS_PER_KIND = 3;

export function homeSuggestions(data: Pick<OrgData, 'topics' | 'units'>): HomeSuggestions {
  const unitById = new Map<string, OrgData['units'][number]>();
  for (const unit of data.units) if (!unitById.has(unit.id)) unitById.set(unit.id, unit);
  const onboardingTopicIds: string[] = [];
  const byUnit = new Map<string, TopicKind>();
  const seen = new Set<string>();
  for (const topic of data.topics) {
    // A repeated id is one topic (the index keeps one record per id).
    if (seen.has(topic.id)) continue;
    seen.add(topic.id);
    if (topic.onboarding && onboardingTopicIds.length < MAX_ONBOARDING) {
      onboardingTopicIds.push(topic.id);
    }
    if (topic.unitId === undefined || !unitById.has(topic.unitId)) continue;
    let kind = byUnit.get(topic.unitId);
    if (!kind) {
      kind = { unitId: topic.unitId, count: 0, topicIds: [] };
      byUnit.set(topic.unitId, kind);
    }
    kind.count += 1;
    if (kind.topicIds.length < TOPICS_PER_KIND) kind.topicIds.push(topic.id);
  }
  const name = (id: string) => localize(unitById.get(id)?.name, 'en');
  const kinds = [...byUnit.values()]
    .sort((a, b) => b.count - a.count || name(a.unitId).localeCompare(name(b.unitId)))
    .slice(0, MAX_KINDS);
  return { onboardingTopicIds, kinds };
}
