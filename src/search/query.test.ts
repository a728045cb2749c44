import { describe, expect, it } from 'vitest';
import { search, TIE_MARGIN } from './query';
import { buildSearchIndex } from './searchIndex';
import { fixtureOrg } from './testFixture';

const index = buildSearchIndex(fixtureOrg);
const first = (q: string) => {
  const hit = search(index, q).hits[0];
  return hit && `${hit.kind}:${hit.id}`;
};

describe('search', () => {
  it('finds topics by name, keyword and synonym in any language', () => {
    expect(first('payslip')).toBe('topic:t-payslip');
    expect(first('bulletin de paie')).toBe('topic:t-payslip');
    expect(first('salaire')).toBe('topic:t-payslip');
    expect(first('vacances')).toBe('topic:t-leave');
    expect(first('ordinateur portable')).toBe('topic:t-laptop');
  });

  it('forgives case, accents, plurals and typos', () => {
    expect(first('conges')).toBe('topic:t-leave');
    expect(first('CONGÉ')).toBe('topic:t-leave');
    expect(first('payslips')).toBe('topic:t-payslip');
    expect(first('payrol')).toBe('topic:t-payslip');
    expect(first('laptp')).toBe('topic:t-laptop');
    expect(first('computre')).toBe('topic:t-laptop');
  });

  it('completes the word being typed', () => {
    expect(first('payr')).toBe('topic:t-payslip');
    expect(first('lapt')).toBe('topic:t-laptop');
  });

  it('keeps the results while the first letter of a next word is typed', () => {
    // `holiday r` found nothing: a one-letter word completes to nothing and was required.
    const ids = (q: string) => search(index, q).hits.map((h) => `${h.kind}:${h.id}`);
    expect(ids('laptop b')).toEqual(ids('laptop'));
    expect(ids('laptop b').length).toBeGreaterThan(0);
    expect(ids('bulletin de p')).toEqual(ids('bulletin de'));
    expect(first('laptop br')).toBe('topic:t-laptop');
    // A finished one-letter word (space after it) and a query of one letter are looked up.
    expect(search(index, 'laptop b ').words).toEqual(['laptop', 'b']);
    expect(search(index, 'b').words).toEqual(['b']);
  });

  it('scores several words by how many match', () => {
    expect(first('laptop broken')).toBe('topic:t-laptop');
    expect(first('wrong payslip')).toBe('topic:t-payslip');
    const hits = search(index, 'laptop broken').hits;
    expect(hits[0]?.matchedWords).toBe(2);
  });

  it('finds people, positions and units', () => {
    expect(first('Sophie Bernard')).toBe('person:hrd');
    expect(first('zoe lefevre')).toBe('person:tech');
    expect(first('paul.durand@acme.test')).toBe('person:pay');
    expect(first('linux')).toBe('person:tech');
    expect(first('HR Director')).toBe('position:p-hrd');
    expect(first('ressources humaines')).toBe('unit:u-hr');
  });

  it('returns nothing for unknown words and empty queries', () => {
    expect(search(index, 'xylophone').hits).toEqual([]);
    expect(search(index, '').hits).toEqual([]);
    expect(search(index, '  ,;  ').hits).toEqual([]);
  });

  it('reports the matched vocabulary for highlighting', () => {
    const result = search(index, 'payrol');
    expect(result.words).toEqual(['payrol']);
    expect(result.terms).toContain('payroll');
  });

  it('respects the limit and ranks by decreasing score', () => {
    const hits = search(index, 'payroll', { limit: 2 }).hits;
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('gives the same answer on repeated queries (scratch state is reset)', () => {
    const a = search(index, 'payroll officer');
    const b = search(index, 'payroll officer');
    expect(b.hits).toEqual(a.hits);
  });

  it('corrects long words by their length and says what it read', () => {
    // 1 edit for 4–7 letters, 2 for 8 and more, a transposition is one edit.
    expect(search(index, 'payrol ').correction).toBe('payroll');
    // Still typing: a word the data starts with is no typo yet.
    expect(search(index, 'payrol').correction).toBeUndefined();
    expect(search(index, 'paryoll').correction).toBe('payroll');
    expect(search(index, 'payslip').correction).toBeUndefined();
    // A wrong first letter only in long words: `aptop` is no `laptop` (5 letters)...
    expect(search(index, 'aptop').hits).toEqual([]);
    // ...but `ordinatuer` (10 letters, first letter right, 2 edits) still is `ordinateur`.
    expect(first('ordinatuer')).toBe('topic:t-laptop');
  });

  it('needs both words of two when the data does not know one of them', () => {
    // `xylophone` is unknown: `payslip xylophone` is no question about payslips.
    expect(search(index, 'payslip xylophone').hits).toEqual([]);
    expect(first('payslip laptop')).toBeDefined();
  });

  it('searches a topic by the name of its unit', () => {
    // The payslip topic says neither `humaines` nor `human`: its unit does.
    expect(first('ressources humaines paie')).toBe('topic:t-payslip');
    expect(first('human resources salary')).toBe('topic:t-payslip');
  });

  it("breaks near ties by what the caller prefers (the user's unit or location)", () => {
    const plain = search(index, 'payroll').hits;
    for (const target of plain) {
      const preferred = search(index, 'payroll', { prefer: (_k, id) => id === target.id }).hits;
      const at = preferred.findIndex((h) => h.id === target.id);
      expect(at).toBeLessThanOrEqual(plain.indexOf(target));
      // Only records within the tie margin are passed.
      for (const ahead of preferred.slice(0, at)) {
        expect(ahead.score).toBeGreaterThan(target.score * (1 + TIE_MARGIN));
      }
    }
  });
});
