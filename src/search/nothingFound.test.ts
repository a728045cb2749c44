import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../domain/orgIndex';
import { fallbackContact, suggestTopics } from './nothingFound';
import { fixtureOrg } from './testFixture';

const index = buildOrgIndex(fixtureOrg);

describe('nothing found', () => {
  it('sends HR-like words to the HR desk and IT-like words to the helpdesk', () => {
    expect(fallbackContact(index, 'maternity pay rules')?.unit?.id).toBe('u-hr');
    expect(fallbackContact(index, 'mot de passe oublié')?.unit?.id).toBe('u-it');
    expect(fallbackContact(index, 'wifii')?.unit?.id).toBe('u-it');
  });

  it('falls back to the organisation help contact', () => {
    const fallback = fallbackContact(index, 'xylophone');
    expect(fallback?.unit).toBeUndefined();
    expect(fallback?.contact.email).toBe('help@acme.test');
  });

  it('suggests the closest topic names', () => {
    expect(suggestTopics(index, 'payslp').map((t) => t.id)).toContain('t-payslip');
    expect(suggestTopics(index, 'laptops and stuff')[0]?.id).toBe('t-laptop');
    expect(suggestTopics(index, '')).toEqual([]);
  });
});
