import { describe, expect, it } from 'vitest';
import { detailsOf, editOrganisationDetails } from './organisationDetails';
import type { Organisation } from './types';

const org: Organisation = {
  name: { en: 'Acme', fr: 'Acmé', de: 'Acme GmbH' },
  dataDate: '2026-11-01',
  helpContact: { email: 'help@acme.example', phone: '+33 1 23 45 67 89' },
  maintainer: { name: 'HR team', email: 'hr@acme.example' },
  search: { builtInSynonyms: false },
};
const form = () => ({ ...detailsOf(org) });

describe('organisation details', () => {
  it('the form starts from the current record', () => {
    expect(detailsOf(org)).toEqual({
      nameEn: 'Acme',
      nameFr: 'Acmé',
      dataDate: '2026-11-01',
      helpEmail: 'help@acme.example',
      ownerEmail: 'hr@acme.example',
    });
    expect(detailsOf({ name: 'Plain' }).nameEn).toBe('Plain');
    expect(detailsOf({ name: 'Plain' }).nameFr).toBe('');
  });

  it('changes only the edited values and keeps everything the form does not show', () => {
    const result = editOrganisationDetails(org, {
      ...form(),
      nameFr: 'Acmé SA',
      helpEmail: 'support@acme.example',
      dataDate: '2026-12-01',
    });
    expect(result).toEqual({
      ok: true,
      organisation: {
        name: { en: 'Acme', fr: 'Acmé SA', de: 'Acme GmbH' },
        dataDate: '2026-12-01',
        helpContact: { email: 'support@acme.example', phone: '+33 1 23 45 67 89' },
        maintainer: { name: 'HR team', email: 'hr@acme.example' },
        search: org.search,
      },
    });
  });

  it('empty values remove the date and the e-mails, not the other channels', () => {
    const result = editOrganisationDetails(org, {
      ...form(),
      dataDate: '',
      helpEmail: '',
      ownerEmail: '',
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.organisation.dataDate).toBeUndefined();
    expect(result.organisation.helpContact).toEqual({ phone: '+33 1 23 45 67 89' });
    expect(result.organisation.maintainer).toBeUndefined();
  });

  it('a name in English only stays plain text', () => {
    const result = editOrganisationDetails(
      { name: 'Old' },
      { ...detailsOf({ name: 'Old' }), nameEn: ' New ' },
    );
    expect(result.ok && result.organisation.name).toBe('New');
  });

  it.each([
    [{ nameEn: '', nameFr: '' }, 'nameEn', 'required'],
    [{ dataDate: '2026-02-30' }, 'dataDate', 'date'],
    [{ dataDate: '01/12/2026' }, 'dataDate', 'date'],
    [{ helpEmail: 'help at acme' }, 'helpEmail', 'email'],
    [{ ownerEmail: 'a@b.example?bcc=x@evil.example' }, 'ownerEmail', 'email'],
    [{ nameFr: 'x'.repeat(201) }, 'nameFr', 'long'],
  ] as const)('refuses %o with a problem on %s (%s)', (change, field, code) => {
    const result = editOrganisationDetails(org, { ...form(), ...change });
    expect(result).toEqual({ ok: false, problems: [{ field, code }] });
  });
});
