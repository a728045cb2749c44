import { describe, expect, it } from 'vitest';
import {
  buildOrgIndex,
  holdersOf,
  INDEX_STEP_RECORDS,
  isAway,
  orgIndexSteps,
  reportingChain,
} from './orgIndex';
import type { OrgData } from './types';
import { drainSteps } from '../../test/unit/drainSteps';
import { FORMAT_VERSION } from './schema';

const org: OrgData = {
  formatVersion: FORMAT_VERSION,
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

describe('orgIndexSteps', () => {
  /** A chain of `n` positions, each held by its own person, in two units. */
  function bigOrg(n: number): OrgData {
    return {
      ...org,
      units: [
        { id: 'co', name: 'Co', type: 'company' },
        { id: 'ops', name: 'Ops', type: 'department', parentId: 'co' },
      ],
      positions: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        title: `P ${i}`,
        unitId: i % 2 === 0 ? 'co' : 'ops',
        holders: [`h${i}`],
        ...(i > 0 ? { reportsTo: `p${Math.floor((i - 1) / 3)}` } : {}),
        ...(i % 7 === 0 ? { responsibilities: [{ topicId: 'payslip', role: 'A' as const }] } : {}),
      })),
      people: Array.from({ length: n }, (_, i) => ({ id: `h${i}`, name: `H ${i}` })),
    };
  }

  it('pauses every few thousand records and ends with the same index as buildOrgIndex', () => {
    const data = bigOrg(3 * INDEX_STEP_RECORDS + 5);
    const { pauses, value } = drainSteps(orgIndexSteps(data));
    // positions and people by id (3 each), then the positions pass (3).
    expect(pauses).toBe(9);
    expect(value).toEqual(buildOrgIndex(data));
    expect(value.reportsOf.get('p0')).toEqual(['p1', 'p2', 'p3']);
    expect(value.positionsOfPerson.get(`h${INDEX_STEP_RECORDS}`)).toEqual([
      `p${INDEX_STEP_RECORDS}`,
    ]);
  });

  it('runs without a pause for a small org', () => {
    const steps = orgIndexSteps(org);
    const step = steps.next();
    expect(step.done).toBe(true);
    expect(step.value).toEqual(buildOrgIndex(org));
  });
});
