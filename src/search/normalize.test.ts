import { describe, expect, it } from 'vitest';
import { fold, queryWords, stem, terms, wordSpans, words } from './normalize';

describe('normalize', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(fold('Congés ÉTÉ')).toBe('conges ete');
    expect(fold('Œuvre')).toBe('oeuvre');
    expect(words("L'équipe — paie, (RH)!")).toEqual(['l', 'equipe', 'paie', 'rh']);
  });

  it('stems English and French plurals lightly', () => {
    expect(stem('payslips')).toBe('payslip');
    expect(stem('conges')).toBe('conge');
    expect(stem('policies')).toBe('policy');
    expect(stem('bureaux')).toBe('bureau');
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('bus')).toBe('bus');
    expect(terms('Congés payés')).toEqual(['conge', 'paye']);
  });

  it('drops stopwords but keeps IT and a stopword-only query', () => {
    expect(queryWords('bulletin de paie').map((w) => w.word)).toEqual(['bulletin', 'paie']);
    expect(queryWords('my IT account').map((w) => w.word)).toEqual(['it', 'account']);
    expect(queryWords('the').map((w) => w.word)).toEqual(['the']);
  });

  it('marks the last word as being typed unless a separator follows', () => {
    expect(queryWords('payr').map((w) => w.last)).toEqual([true]);
    expect(queryWords('payr ').map((w) => w.last)).toEqual([false]);
    expect(queryWords('laptop bro').map((w) => w.last)).toEqual([false, true]);
  });

  it('keeps word offsets in the original text', () => {
    expect(wordSpans('Congés, payés')).toEqual([
      { start: 0, end: 6, term: 'conge' },
      { start: 8, end: 13, term: 'paye' },
    ]);
  });
});
