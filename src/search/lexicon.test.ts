import { describe, expect, it } from 'vitest';
import { BUILT_IN_LEXICON, entryKey, synonymGroups, synonymMap } from './lexicon';
import lexicon from './lexicon.json';
import { search } from './query';
import { buildSearchIndex } from './searchIndex';
import { fixtureOrg } from './testFixture';

describe('built-in lexicon (data file)', () => {
  it('is reviewed, and every group is at least two distinct entries', () => {
    expect(lexicon.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BUILT_IN_LEXICON.length).toBeGreaterThanOrEqual(150);
    for (const group of BUILT_IN_LEXICON) {
      const keys = group.map(entryKey);
      expect(
        keys.every((k) => k !== ''),
        group.join(', '),
      ).toBe(true);
      expect(new Set(keys).size, group.join(', ')).toBeGreaterThanOrEqual(2);
    }
  });

  it('holds English and French entries', () => {
    const all = BUILT_IN_LEXICON.flat();
    for (const word of ['vacancy', 'laptop', 'holiday', 'congés', 'RTT', 'ordinateur']) {
      expect(all).toContain(word);
    }
  });

  it('never lists a word that means something else at work in two groups', () => {
    const seen = new Map<string, number>();
    BUILT_IN_LEXICON.forEach((group, i) => {
      for (const key of new Set(group.map(entryKey))) {
        if (key.includes(' ')) continue;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      void i;
    });
    // Single words in several groups are few and deliberate (a word of two families).
    const several = [...seen].filter(([, n]) => n > 2).map(([k]) => k);
    expect(several).toEqual([]);
  });
});

describe('synonym map', () => {
  it('maps each entry to the others the index knows, phrases included', () => {
    const map = synonymMap([['holiday', 'time off', 'congés']], (k) => k !== 'holiday');
    expect(map.get('holiday')).toEqual(['time off', 'conge']);
    expect(map.get('conge')).toEqual(['time off']);
  });

  it('uses the built-in lexicon unless the organisation turns it off, plus its own groups', () => {
    expect(synonymGroups(undefined).length).toBe(BUILT_IN_LEXICON.length);
    expect(synonymGroups({ builtInSynonyms: false, synonyms: [['a', 'b']] })).toEqual([['a', 'b']]);
    expect(synonymGroups({ synonyms: [['a', 'b']] }).length).toBe(BUILT_IN_LEXICON.length + 1);
  });
});

describe('synonyms in search', () => {
  const withOrg = (search_: object) =>
    buildSearchIndex({
      ...fixtureOrg,
      organisation: { ...fixtureOrg.organisation, search: search_ },
    });

  it('finds a topic by a word of the lexicon it does not use', () => {
    // The fixture's payslip topic never says "wage".
    expect(search(buildSearchIndex(fixtureOrg), 'wage').hits[0]?.id).toBe('t-payslip');
  });

  it('keeps one meaning per group: a phrase is not read as its words', () => {
    // `salle de sport` is the room (gym), `sport` the activity; `vacances scolaires` the
    // academic calendar, `vacances` alone is leave.
    const groupsOf = (entry: string) =>
      BUILT_IN_LEXICON.filter((g) => g.some((e) => entryKey(e) === entryKey(entry))).map((g) =>
        g.map(entryKey),
      );
    expect(groupsOf('salle de sport').flat()).toContain(entryKey('musculation'));
    expect(groupsOf('salle de sport').flat()).not.toContain('sport');
    expect(groupsOf('sport').flat()).not.toContain(entryKey('musculation'));
    expect(groupsOf('vacances scolaires').flat()).toContain(entryKey('calendrier universitaire'));
    expect(groupsOf('vacances scolaires').flat()).not.toContain(entryKey('congés'));
  });

  it('stops when the org file turns the lexicon off, and takes its own groups', () => {
    expect(search(withOrg({ builtInSynonyms: false }), 'wage').hits).toEqual([]);
    const own = withOrg({ builtInSynonyms: false, synonyms: [['wage', 'payslip']] });
    expect(search(own, 'wage').hits[0]?.id).toBe('t-payslip');
  });
});
