/**
 * Cached search indexes and chart layouts are named by what built them, so a change of weights,
 * lexicon, spacing or card size can never be answered from a cache built under the old ones
 * (issue 10 item 6): nobody has to remember to bump a number.
 */
import { describe, expect, it } from 'vitest';
import { layoutKey, layoutSettingsHash } from '../../src/layout/layoutCacheKey';
import { ELK_OPTIONS, LEVEL_GAP, SIBLING_GAP } from '../../src/layout/engines';
import { LEXICON_TEXT } from '../../src/search/lexicon';
import { STOPWORDS } from '../../src/search/normalize';
import { BM25_K1, FIELDS, rankingHash, searchIndexKey } from '../../src/search/searchIndex';

const ranking = { fields: FIELDS, k1: BM25_K1, lexicon: LEXICON_TEXT, stopwords: STOPWORDS };

describe('search index cache key', () => {
  it('is the ranking settings of this build: the same settings give the same name', () => {
    expect(rankingHash({ ...ranking })).toBe(rankingHash(ranking));
    expect(searchIndexKey(7, 'abc')).toContain(rankingHash(ranking));
  });

  it('changes with any weight, BM25 k1, the lexicon or the stopwords', () => {
    const base = rankingHash(ranking);
    const heavierName = { ...FIELDS, topicName: { ...FIELDS.topicName, weight: 11 } };
    expect(rankingHash({ ...ranking, fields: heavierName })).not.toBe(base);
    const otherB = { ...FIELDS, unitMission: { ...FIELDS.unitMission, b: 0.7 } };
    expect(rankingHash({ ...ranking, fields: otherB })).not.toBe(base);
    expect(rankingHash({ ...ranking, k1: 1.3 })).not.toBe(base);
    expect(rankingHash({ ...ranking, lexicon: `${LEXICON_TEXT}\nlaptop, notebook` })).not.toBe(
      base,
    );
    expect(rankingHash({ ...ranking, stopwords: new Set([...STOPWORDS, 'desk']) })).not.toBe(base);
  });

  it('names the data version it was built from', () => {
    expect(searchIndexKey(7, 'abc')).not.toBe(searchIndexKey(8, 'abc'));
    expect(searchIndexKey(7, 'abc')).not.toBe(searchIndexKey(7, 'abd'));
  });
});

describe('layout cache key', () => {
  const settings = { LEVEL_GAP, SIBLING_GAP, ELK_OPTIONS, CARD_W: 236, CARD_H: 92 };

  it('changes with the spacing, ELK options or card size', () => {
    const base = layoutSettingsHash(settings);
    expect(layoutSettingsHash({ ...settings })).toBe(base);
    expect(layoutSettingsHash({ ...settings, LEVEL_GAP: LEVEL_GAP + 1 })).not.toBe(base);
    expect(layoutSettingsHash({ ...settings, CARD_H: 120 })).not.toBe(base);
    const otherElk = { ...ELK_OPTIONS, 'elk.mrtree.weighting': 'CONSTRAINT' };
    expect(layoutSettingsHash({ ...settings, ELK_OPTIONS: otherElk })).not.toBe(base);
  });

  it('starts with the settings of this build, then the data, direction and open positions', () => {
    const key = layoutKey('data-1', 'DOWN', ['a', 'b']);
    expect(key.split(':')[0]).toMatch(/^[0-9a-f]{8}$/);
    expect(key).toContain(':data-1:DOWN:2:');
  });
});
