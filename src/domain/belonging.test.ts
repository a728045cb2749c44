import { describe, expect, it } from 'vitest';
import { belongingOf, organisationLabel, sameNamedTopics, unitPath } from './belonging';
import { buildOrgIndex } from './orgIndex';
import type { OrgData } from './types';

/** Two agencies, each with a recruitment unit listing a topic of the same name. */
const data = {
  formatVersion: 2,
  organisation: { name: 'Ministry' },
  organisations: [
    { id: 'tax', name: { en: 'Tax Agency', fr: 'Agence des impôts' }, shortName: 'TA' },
    { id: 'roads', name: 'Roads Agency' },
  ],
  units: [
    { id: 'tax-hq', name: 'Headquarters', orgId: 'tax' },
    { id: 'tax-rec', name: 'Recruitment', parentId: 'tax-hq', orgId: 'tax' },
    { id: 'roads-rec', name: 'Recruitment', orgId: 'roads' },
    { id: 'loop-a', name: 'A', parentId: 'loop-b' },
    { id: 'loop-b', name: 'B', parentId: 'loop-a' },
  ],
  positions: [],
  people: [],
  topics: [
    { id: 't1', name: 'Employment opportunities', unitId: 'tax-rec' },
    { id: 't2', name: 'employment opportunities ', unitId: 'roads-rec' },
    { id: 't3', name: 'Payslips', unitId: 'tax-rec', orgId: 'roads' },
  ],
} as unknown as OrgData;

describe('where a record belongs', () => {
  const index = buildOrgIndex(data);

  it('names the unit, its parents on demand, and the organisation of the unit', () => {
    const where = belongingOf(index, index.topicById.get('t1')!);
    expect(where.units.map((u) => u.id)).toEqual(['tax-rec']);
    expect(where.organisation?.id).toBe('tax');
    expect(organisationLabel(where.organisation!, 'fr')).toBe('TA');
    expect(belongingOf(index, index.topicById.get('t1')!, 3).units.map((u) => u.id)).toEqual([
      'tax-rec',
      'tax-hq',
    ]);
  });

  it("prefers the record's own organisation over its unit's", () => {
    expect(belongingOf(index, index.topicById.get('t3')!).organisation?.id).toBe('roads');
  });

  it('stops on unit cycles and unknown units', () => {
    expect(unitPath(index, 'loop-a').map((u) => u.id)).toEqual(['loop-a', 'loop-b']);
    expect(belongingOf(index, { unitId: 'nope' })).toEqual({ units: [], organisation: undefined });
  });

  it('finds topics whose name another result shares (case and spaces ignored)', () => {
    expect([...sameNamedTopics(index, ['t1', 't2', 't3'], 'en')].sort()).toEqual(['t1', 't2']);
    expect(sameNamedTopics(index, ['t1', 't3'], 'en').size).toBe(0);
  });
});
