/**
 * What generated organisations take from the sample organisation, read from its hand-edited file
 * (data/sample-org.json): its topics, so search benchmarks type real queries at any size, and its
 * division colours. The generator never writes the sample.
 */
import { readFileSync } from 'node:fs';
import type { LocalizedList, LocalizedText, OrgFileInput, Topic } from '../../src/domain/types';
import type { Bi } from './bi';

const sample = JSON.parse(
  readFileSync(new URL('../sample-org.json', import.meta.url), 'utf8'),
) as OrgFileInput;

/** The sample's topics, in catalogue order. */
export const SAMPLE_TOPICS: readonly Topic[] = sample.topics ?? [];

/**
 * A copy of one sample topic for a generated organisation to edit, without its `maintainer`
 * (which names one of the sample's own teams).
 */
export function copyTopic(topic: Topic): Topic {
  const copy = structuredClone(topic);
  delete copy.maintainer;
  return copy;
}

/** A sample text's English and French (the sample writes every text in both). */
export function enFr(text: LocalizedText | undefined): Bi {
  return typeof text === 'object' ? [text.en ?? '', text.fr ?? ''] : [text ?? '', text ?? ''];
}

/** The first English and French word of a sample topic's keywords. */
export function firstKeywords(list: LocalizedList | undefined): Bi {
  if (list === undefined || Array.isArray(list)) return [list?.[0] ?? '', list?.[0] ?? ''];
  return [list.en?.[0] ?? '', list.fr?.[0] ?? ''];
}

/** The chart colour of one of the sample's units (division ids are the generator's area keys). */
export function sampleUnitColor(unitId: string): string | undefined {
  return sample.units?.find((u) => u.id === unitId)?.color;
}
