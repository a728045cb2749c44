import { describe, expect, it } from 'vitest';
import { homeSuggestions, MAX_KINDS, TOPICS_PER_KIND } from './homeSuggestions';
import type { OrgData } from './types';

const units = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}`, name: `Unit ${i}` }));
// Unit i lists i + 1 topics; two of unit 7's are onboarding topics.
const topics = units.flatMap((u, i) =>
  Array.from({ length: i + 1 }, (_, k) => ({
    id: `${u.id}-t${k}`,
    name: `Topic ${k} of ${u.id}`,
    unitId: u.id,
    ...(i === 7 && k < 2 ? { onboarding: true } : {}),
  })),
);
const data = {
  formatVersion: 2,
  organisation: { name: 'Test' },
  units,
  positions: [],
  people: [],
  topics: [...topics, { id: 'orphan', name: 'No unit', onboarding: true }],
} as unknown as OrgData;

describe('home page suggestions', () => {
  const s = homeSuggestions(data);

  it('lists the onboarding topics in file order', () => {
    expect(s.onboardingTopicIds).toEqual(['u7-t0', 'u7-t1', 'orphan']);
  });

  it('offers the units with the biggest catalogues first, a few topics each', () => {
    expect(s.kinds).toHaveLength(MAX_KINDS);
    expect(s.kinds.map((k) => k.unitId)).toEqual(['u7', 'u6', 'u5', 'u4', 'u3', 'u2']);
    expect(s.kinds[0]).toEqual({
      unitId: 'u7',
      count: 8,
      topicIds: ['u7-t0', 'u7-t1', 'u7-t2'].slice(0, TOPICS_PER_KIND),
    });
  });
});
