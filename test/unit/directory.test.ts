import { describe, expect, it } from 'vitest';
import {
  buildDirectory,
  filterDirectory,
  firstIndexByLetter,
  foldText,
  isNarrowing,
  locationKey,
  skillOptions,
  sortDirectory,
} from '../../src/domain/directory';
import { directoryCsv } from '../../src/import/directoryCsv';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { FORMAT_VERSION } from '../../src/domain/schema';

const org: OrgData = {
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme' },
  units: [
    { id: 'co', name: 'Acme', type: 'company' },
    {
      id: 'hr',
      name: { en: 'Human resources', fr: 'Ressources humaines' },
      type: 'department',
      parentId: 'co',
    },
    { id: 'pay', name: { en: 'Payroll', fr: 'Paie' }, type: 'team', parentId: 'hr' },
    { id: 'it', name: 'IT', type: 'department', parentId: 'co' },
  ],
  positions: [
    { id: 'ceo', title: 'CEO', unitId: 'co', holders: ['zoe'] },
    { id: 'hrd', title: { en: 'HR director', fr: 'DRH' }, unitId: 'hr', holders: ['emilie'] },
    { id: 'payo', title: 'Payroll officer', unitId: 'pay', holders: ['bob', 'ghost'] },
    { id: 'payv', title: 'Payroll assistant', unitId: 'pay' },
    { id: 'itd', title: 'IT director', unitId: 'it', holders: ['ann'] },
    { id: 'itv', title: 'Technician', unitId: 'it', holders: ['ghost'] },
  ],
  people: [
    {
      id: 'zoe',
      name: 'Zoé Martin',
      location: { en: 'Paris', fr: 'Paris' },
      languages: ['fr', 'en'],
    },
    {
      id: 'emilie',
      name: 'Émilie Durand',
      location: 'Lyon',
      languages: ['fr-CA'],
      email: 'emilie@acme.test',
    },
    { id: 'bob', name: 'Bob Stone', location: ' paris ', languages: ['en'] },
    {
      id: 'ann',
      name: 'ann Lee',
      location: { en: 'London', fr: 'Londres' },
      languages: ['en', 'de'],
    },
    { id: 'carl', name: 'Carl Free' },
  ],
  topics: [],
};
const index = buildOrgIndex(org);
const dir = buildDirectory(index);
const ids = (filter: Parameters<typeof filterDirectory>[2]) =>
  filterDirectory(index, dir, filter).map((e) => e.id);

describe('foldText and locationKey', () => {
  it('ignore case and accents', () => {
    expect(foldText('Émilie ÇA')).toBe('emilie ca');
    expect(locationKey({ fr: 'Londres', en: 'London' })).toBe('london');
    expect(locationKey(' Paris ')).toBe('paris');
    expect(locationKey(undefined)).toBe('');
  });
});

describe('buildDirectory', () => {
  it('lists people by name then vacancies, with their units', () => {
    expect(dir.entries.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'person:ann',
      'person:bob',
      'person:carl',
      'person:emilie',
      'person:zoe',
      'vacancy:payv',
      'vacancy:itv',
    ]);
    expect(dir.entries.find((e) => e.id === 'emilie')?.unitIds).toEqual(['hr']);
    expect(dir.entries.find((e) => e.id === 'carl')?.positionIds).toEqual([]);
  });
  it('collects distinct locations and languages', () => {
    expect(dir.locations.map((l) => l.key)).toEqual(['london', 'lyon', 'paris']);
    expect(dir.languages).toEqual(['de', 'en', 'fr', 'fr-CA']);
  });
});

describe('filterDirectory', () => {
  it('filters by unit including sub-units', () => {
    expect(ids({ unit: 'hr' })).toEqual(['bob', 'emilie', 'payv']);
    expect(ids({ unit: 'pay', kind: 'person' })).toEqual(['bob']);
    expect(ids({ unit: 'co' })).toHaveLength(6);
  });
  it('filters by location and language', () => {
    expect(ids({ location: 'paris' })).toEqual(['bob', 'zoe']);
    expect(ids({ language: 'fr' })).toEqual(['emilie', 'zoe']);
    expect(ids({ language: 'fr-CA' })).toEqual(['emilie']);
    expect(ids({ language: 'en', location: 'london' })).toEqual(['ann']);
  });
  it('matches every word of the text in any language, accents ignored', () => {
    expect(ids({ text: 'emilie' })).toEqual(['emilie']);
    expect(ids({ text: 'ressources' })).toEqual(['emilie']);
    expect(ids({ text: 'PAIE' })).toEqual(['bob', 'payv']);
    expect(ids({ text: 'payroll assistant' })).toEqual(['payv']);
    expect(ids({ text: 'londres' })).toEqual(['ann']);
    expect(ids({ text: '  ' })).toHaveLength(7);
    expect(ids({ text: 'nobody' })).toEqual([]);
  });
  it('handles an unknown unit', () => {
    expect(ids({ unit: 'nope' })).toEqual([]);
  });
});

describe('isNarrowing', () => {
  it('is true only when the text grows and nothing else changes', () => {
    expect(isNarrowing({ text: 'pa' }, { text: 'Pay' })).toBe(true);
    expect(isNarrowing({ text: 'pay' }, { text: 'payroll off' })).toBe(true);
    expect(isNarrowing({}, { text: 'x', unit: '' })).toBe(true);
    expect(isNarrowing({ text: 'pay' }, { text: 'pa' })).toBe(false);
    expect(isNarrowing({ text: 'pay' }, { text: 'pay', unit: 'hr' })).toBe(false);
  });
  it('gives the same result as a full scan when narrowing', () => {
    const first = filterDirectory(index, dir, { text: 'pay' });
    const narrowed = filterDirectory(index, dir, { text: 'payroll a' }, first);
    expect(narrowed).toEqual(filterDirectory(index, dir, { text: 'payroll a' }));
    expect(narrowed.map((e) => e.id)).toEqual(['bob', 'payv']);
  });
});

describe('sorting, A–Z jump, skills and CSV', () => {
  it('sorts by title, unit or location in the language, entries without the field last', () => {
    const byTitle = sortDirectory(index, dir.entries, 'title', 'fr');
    expect(byTitle.entries.map((e) => e.id)).toEqual([
      'zoe', // CEO
      'emilie', // DRH (French title)
      'ann', // IT director
      'payv', // Payroll assistant
      'bob', // Payroll officer
      'itv', // Technician
      'carl', // no position
    ]);
    expect(sortDirectory(index, dir.entries, 'location', 'en').entries.map((e) => e.id)).toEqual([
      'ann',
      'emilie',
      'bob', // ' paris ' ties with Zoé's Paris: directory (name) order
      'zoe',
      'carl',
      'payv',
      'itv',
    ]);
    const byName = sortDirectory(index, dir.entries, 'name', 'en');
    expect(byName.entries.map((e) => e.id)).toEqual(dir.entries.map((e) => e.id));
    expect(firstIndexByLetter(byName.keys).get('E')).toBe(
      byName.entries.findIndex((e) => e.id === 'emilie'),
    );
    expect(firstIndexByLetter(byName.keys).has('Q')).toBe(false);
  });

  it('filters by an "ask me about" skill in any language, accents ignored', () => {
    const withSkills = buildOrgIndex({
      ...org,
      people: org.people.map((p) =>
        p.id === 'bob' ? { ...p, askMeAbout: { en: ['Payslips'], fr: ['Bulletins de paie'] } } : p,
      ),
    });
    const d = buildDirectory(withSkills);
    expect(filterDirectory(withSkills, d, { skill: 'payslip' }).map((e) => e.id)).toEqual(['bob']);
    expect(filterDirectory(withSkills, d, { skill: 'BULLÉTINS' }).map((e) => e.id)).toEqual([
      'bob',
    ]);
    expect(skillOptions(withSkills, 'fr')).toEqual([
      { key: 'bulletins de paie', text: 'Bulletins de paie', count: 1 },
    ]);
  });

  it('writes the CSV of the list guarded against formulas', () => {
    const evil = buildOrgIndex({
      ...org,
      people: [{ id: 'x', name: '=HYPERLINK("http://evil.example")', phone: '+33 1 23' }],
      positions: [],
    });
    const csv = directoryCsv(evil, buildDirectory(evil).entries, 'en').split('\n');
    expect(csv[0]).toBe(
      'type,id,name,title,unit,location,email,phone,chat,languages,askMeAbout,positionIds',
    );
    expect(csv[1]).toBe(`person,x,"'=HYPERLINK(""http://evil.example"")",,,,,+33 1 23,,,,`);
  });
});
