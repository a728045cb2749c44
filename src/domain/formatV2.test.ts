/** The fields format 2 adds, as the validator reads them. */
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from './schema';
import { validateOrg } from './validate';
import { photoKind } from './validation/rules';

const base = () => ({
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme', search: { builtInSynonyms: false, synonyms: [['PC', 'laptop']] } },
  units: [
    { id: 'it', name: 'IT', contact: { email: 'desk@acme.example' }, reviewed: '2026-10-01' },
  ],
  positions: [
    { id: 'cio', title: 'CIO', unitId: 'it', holders: ['ana'] },
    {
      id: 'tech',
      title: 'Technician',
      unitId: 'it',
      reportsTo: 'cio',
      headcount: { count: 12, fte: 10.5, grade: 'Grade B' },
    },
  ],
  people: [{ id: 'ana', name: 'Ana', photo: 'photos/ana.jpg' }],
  topics: [
    {
      id: 'laptop',
      name: 'Laptop',
      responsibleChannel: { unitId: 'it', label: 'Service desk' },
    },
  ],
});

const codes = (input: unknown) => validateOrg(input).problems.map((p) => `${p.code}@${p.path}`);

describe('format 2 fields', () => {
  it('reads headcount seats, a channel as Responsible, photos and search settings', () => {
    const { data, problems } = validateOrg(base());
    expect(problems.map((p) => p.code)).toEqual(['raci-no-accountable']);
    expect(data?.positions[1]?.headcount).toEqual({ count: 12, fte: 10.5, grade: 'Grade B' });
    expect(data?.topics[0]?.responsibleChannel).toEqual({ unitId: 'it', label: 'Service desk' });
    expect(data?.organisation.search?.synonyms).toEqual([['PC', 'laptop']]);
    expect(data?.units[0]?.reviewed).toBe('2026-10-01');
  });

  it('a channel counts as the Responsible: no raci-no-responsible', () => {
    const file = base();
    delete (file.topics[0] as Record<string, unknown>).responsibleChannel;
    expect(codes(file)).toContain('raci-no-responsible@topics[0]');
  });

  it('refuses a headcount seat with holders, and a headcount that is not a whole number', () => {
    const file = base();
    (file.positions[1] as Record<string, unknown>).holders = ['ana'];
    expect(codes(file)).toContain('headcount-with-holders@positions[1].holders');
    const odd = base();
    odd.positions[1]!.headcount!.count = 2.5;
    expect(validateOrg(odd).data).toBeUndefined();
  });

  it('refuses a channel that names an unknown unit, or names nothing', () => {
    const file = base();
    file.topics[0]!.responsibleChannel.unitId = 'nope';
    expect(codes(file)).toContain('unknown-reference@topics[0].responsibleChannel.unitId');
    const empty = base();
    (empty.topics[0] as Record<string, unknown>).responsibleChannel = { label: 'x' };
    expect(validateOrg(empty).data).toBeUndefined();
  });

  it('shows only same-origin and data: photos unless remote photos are allowed', () => {
    expect(photoKind('photos/ana.jpg', false)).toBe('same-origin');
    expect(photoKind('data:image/png;base64,iVBORw0KGgo=', false)).toBe('data');
    expect(photoKind('https://cdn.example/ana.jpg', false)).toBe('refused');
    expect(photoKind('https://cdn.example/ana.jpg', true)).toBe('remote');
    for (const bad of ['javascript:alert(1)', '//evil.example/a.png', 'data:text/html,<b>', '']) {
      expect(photoKind(bad, true)).toBe('refused');
    }
    const file = base();
    file.people[0]!.photo = 'https://cdn.example/ana.jpg';
    expect(codes(file)).toContain('photo-not-shown@people[0].photo');
    (file.organisation as Record<string, unknown>).allowRemotePhotos = true;
    expect(codes(file)).not.toContain('photo-not-shown@people[0].photo');
  });
});
