import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { limitOptions, unitOptions } from '../../src/components/UnitSelect';
import { FORMAT_VERSION } from '../../src/domain/schema';

const org: OrgData = {
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme' },
  units: [
    { id: 'b', name: 'B', type: 'team', parentId: 'co' },
    { id: 'co', name: { en: 'Acme', fr: 'Acmé' }, type: 'company' },
    { id: 'a', name: 'A', type: 'department', parentId: 'co' },
    { id: 'a1', name: 'A1', type: 'team', parentId: 'a' },
    { id: 'x', name: 'X', type: 'team', parentId: 'y' },
    { id: 'y', name: 'Y', type: 'team', parentId: 'x' },
  ],
  positions: [],
  people: [],
  topics: [],
};
const index = buildOrgIndex(org);

describe('unitOptions', () => {
  it('lists units in tree order with depth, cycles last', () => {
    expect(unitOptions(index, 'fr').map((o) => `${o.depth}:${o.label}`)).toEqual([
      '0:Acmé',
      '1:B',
      '1:A',
      '2:A1',
      '0:X',
      '1:Y',
    ]);
    expect(unitOptions(index, 'en', new Set(['a1'])).map((o) => o.id)).toEqual(['a1']);
  });
});

describe('limitOptions', () => {
  it('keeps the top levels that fit, plus the selected unit', () => {
    const all = unitOptions(index, 'en');
    expect(limitOptions(all, 10, '')).toBe(all);
    expect(limitOptions(all, 5, '').map((o) => o.id)).toEqual(['co', 'b', 'a', 'x', 'y']);
    expect(limitOptions(all, 3, 'a1').map((o) => o.id)).toEqual(['co', 'a1', 'x']);
  });
});
