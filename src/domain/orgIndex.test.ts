import { describe, expect, it } from 'vitest';
import { buildOrgIndex, holdersOf, isAway, reportingChain } from './orgIndex';
import type { OrgData } from './types';

const org: OrgData = {
  formatVersion: 1,
  organisation: { name: 'Acme' },
  units: [
    { id: 'co', name: 'Acme', type: 'company' },
    { id: 'hr', name: 'HR', type: 'department', parentId: 'co' },
  ],
  positions: [
    { id: 'ceo', title: 'CEO', unitId: 'co', holders: ['ann'] },
    { id: 'hrd', title: 'HR director', unitId: 'hr', reportsTo: 'ceo', holders: ['bob'] },
    {
      id: 'pay',
      title: 'Payroll officer',
      unitId: 'hr',
      reportsTo: 'hrd',
      dottedLineTo: ['ceo'],
      responsibilities: [{ topicId: 'payslip', role: 'R' }],
    },
    { id: 'a', title: 'A', reportsTo: 'b' },
    { id: 'b', title: 'B', reportsTo: 'a' },
    { id: 'lost', title: 'Lost', reportsTo: 'nobody' },
  ],
  people: [
    { id: 'ann', name: 'Ann' },
    { id: 'bob', name: 'Bob', awayUntil: '2026-12-01' },
  ],
  topics: [{ id: 'payslip', name: 'Payslip' }],
};

describe('buildOrgIndex', () => {
  const index = buildOrgIndex(org);
  it('derives the tree, holders and RACI', () => {
    expect(index.reportsOf.get('ceo')).toEqual(['hrd']);
    expect(index.dottedReportsOf.get('ceo')).toEqual(['pay']);
    expect(index.positionsOfPerson.get('bob')).toEqual(['hrd']);
    expect(index.raciByTopic.get('payslip')).toEqual([{ positionId: 'pay', role: 'R' }]);
    expect(index.childUnitsOf.get('co')).toEqual(['hr']);
    expect(index.rootPositionIds).toEqual(['ceo', 'lost']);
    expect(holdersOf(index, 'pay')).toEqual([]);
  });
  it('walks the reporting chain and survives cycles and unknown managers', () => {
    expect(reportingChain(index, 'pay')).toEqual(['pay', 'hrd', 'ceo']);
    expect(reportingChain(index, 'a')).toEqual(['a', 'b']);
    expect(reportingChain(index, 'lost')).toEqual(['lost']);
  });
  it('knows who is away, inclusively', () => {
    expect(isAway(index.personById.get('bob'), '2026-12-01')).toBe(true);
    expect(isAway(index.personById.get('bob'), '2026-12-02')).toBe(false);
    expect(isAway(index.personById.get('ann'), '2026-12-01')).toBe(false);
  });
});
