import { describe, expect, it } from 'vitest';
import { allListItems, allTexts, localize, localizeList } from './text';

describe('localized text', () => {
  it('reads plain strings and language maps with fallbacks', () => {
    expect(localize('Payroll', 'fr')).toBe('Payroll');
    expect(localize({ en: 'Payroll', fr: 'Paie' }, 'fr')).toBe('Paie');
    expect(localize({ en: 'Payroll', fr: 'Paie' }, 'fr-CA')).toBe('Paie');
    expect(localize({ en: 'Payroll' }, 'fr')).toBe('Payroll');
    expect(localize({ de: 'Lohn' }, 'fr')).toBe('Lohn');
    expect(localize(undefined, 'en')).toBe('');
    expect(allTexts({ en: 'a', fr: 'b' })).toEqual(['a', 'b']);
  });
  it('reads word lists', () => {
    expect(localizeList({ en: ['pay'], fr: ['paie'] }, 'fr')).toEqual(['paie']);
    expect(allListItems({ en: ['pay'], fr: ['paie', 'salaire'] })).toEqual([
      'pay',
      'paie',
      'salaire',
    ]);
    expect(allListItems(['x'])).toEqual(['x']);
  });
});
