/**
 * Answer quality on the sample organisation's query set (data/queries.json): how often the
 * right Responsible contact comes first, and in the top 3. Budget (PRODUCT §4): ≥ 90 % / ≥ 98 %.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOrgIndex, type OrgIndex } from '../../src/domain/orgIndex';
import { orgFileSchema } from '../../src/domain/schema';
import { contactPositionOf } from '../../src/search/answer';
import { search, type SearchHit } from '../../src/search/query';
import { buildSearchIndex } from '../../src/search/searchIndex';

interface QueryCase {
  query: string;
  expectTopic?: string;
  expectResponsible?: string;
  expectUnit?: string;
  expectNone?: true;
}

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const data = orgFileSchema.parse(read('../../data/sample-org.json'));
const cases = (read('../../data/queries.json') as { queries: QueryCase[] }).queries;
const orgIndex = buildOrgIndex(data);
const searchIndex = buildSearchIndex(data);
const options = { today: '2026-11-22' };

/** The expected contact position: given, else the expected topic's first Responsible. */
function expectedContact(c: QueryCase, index: OrgIndex): string | undefined {
  if (c.expectResponsible) return c.expectResponsible;
  if (c.expectTopic) return contactPositionOf(index, { kind: 'topic', id: c.expectTopic }, options);
  return undefined;
}

function isRight(c: QueryCase, hit: SearchHit): boolean {
  if (c.expectUnit && !c.expectResponsible) return hit.kind === 'unit' && hit.id === c.expectUnit;
  return contactPositionOf(orgIndex, hit, options) === expectedContact(c, orgIndex);
}

function rankOf(c: QueryCase, hits: SearchHit[]): number {
  if (c.expectNone) return hits.length === 0 ? 0 : -1;
  return hits.findIndex((hit) => isRight(c, hit));
}

describe('query set accuracy', () => {
  it('is a real query set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const c of cases) {
      expect(c.expectNone || expectedContact(c, orgIndex) || c.expectUnit, c.query).toBeTruthy();
      if (c.expectTopic) expect(orgIndex.topicById.has(c.expectTopic), c.expectTopic).toBe(true);
    }
  });

  it('puts the right Responsible contact first ≥ 90 % and in the top 3 ≥ 98 %', () => {
    let top1 = 0;
    let top3 = 0;
    let topicTop1 = 0;
    let topicCases = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const hits = search(searchIndex, c.query).hits;
      const rank = rankOf(c, hits);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      if (c.expectTopic) {
        topicCases++;
        if (hits[0]?.kind === 'topic' && hits[0].id === c.expectTopic) topicTop1++;
      }
      if (rank !== 0) {
        const got = hits
          .slice(0, 3)
          .map((h) => `${h.kind}:${h.id}`)
          .join(', ');
        misses.push(
          `  "${c.query}" rank ${rank === -1 ? '>3' : rank + 1}: got ${got || 'nothing'}`,
        );
      }
    }
    const pct = (n: number, d = cases.length) => `${((100 * n) / d).toFixed(1)} %`;
    console.log(
      `search accuracy on ${cases.length} queries: top-1 ${pct(top1)} (${top1}), ` +
        `top-3 ${pct(top3)} (${top3}); expected topic first ${pct(topicTop1, topicCases)} ` +
        `of ${topicCases} topic queries` +
        (misses.length ? `\nnot first:\n${misses.join('\n')}` : ''),
    );
    expect(top1 / cases.length).toBeGreaterThanOrEqual(0.9);
    expect(top3 / cases.length).toBeGreaterThanOrEqual(0.98);
  });
});
