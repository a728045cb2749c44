import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { breachKinds, buildRaciMatrix, raciBreaches, unitSubtree } from '../../src/domain/raci';
import type { OrgData } from '../../src/domain/types';
import { FORMAT_VERSION } from '../../src/domain/schema';

const org: OrgData = {
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme' },
  units: [
    { id: 'co', name: 'Acme', type: 'company' },
    { id: 'hr', name: 'HR', type: 'department', parentId: 'co' },
    { id: 'pay', name: 'Payroll', type: 'team', parentId: 'hr' },
    { id: 'it', name: 'IT', type: 'department', parentId: 'co' },
  ],
  positions: [
    { id: 'ceo', title: 'CEO', unitId: 'co', responsibilities: [{ topicId: 'policy', role: 'I' }] },
    {
      id: 'hrd',
      title: 'HR director',
      unitId: 'hr',
      reportsTo: 'ceo',
      responsibilities: [
        { topicId: 'payslip', role: 'A' },
        { topicId: 'leave', role: 'A' },
        { topicId: 'policy', role: 'A' },
      ],
    },
    {
      id: 'payo',
      title: 'Payroll officer',
      unitId: 'pay',
      reportsTo: 'hrd',
      responsibilities: [
        { topicId: 'payslip', role: 'R' },
        { topicId: 'payslip', role: 'R' },
        { topicId: 'leave', role: 'A' },
        { topicId: 'ghost', role: 'R' },
      ],
    },
    {
      id: 'itd',
      title: 'IT director',
      unitId: 'it',
      reportsTo: 'ceo',
      responsibilities: [
        { topicId: 'laptop', role: 'R' },
        { topicId: 'laptop', role: 'A' },
        { topicId: 'policy', role: 'R' },
      ],
    },
    { id: 'idle', title: 'Idle', unitId: 'it', reportsTo: 'itd' },
  ],
  people: [],
  topics: [
    { id: 'payslip', name: 'Payslip', unitId: 'pay' },
    { id: 'leave', name: 'Leave', unitId: 'hr' },
    { id: 'laptop', name: 'Laptop', unitId: 'it' },
    { id: 'policy', name: 'Policy' },
    { id: 'orphan', name: 'Nobody owns me' },
  ],
};
const index = buildOrgIndex(org);

describe('breachKinds', () => {
  it('accepts exactly one A and at least one R', () => {
    expect(
      breachKinds([
        { positionId: 'x', role: 'A' },
        { positionId: 'y', role: 'R' },
      ]),
    ).toEqual([]);
    // The same position may be both A and R.
    expect(
      breachKinds([
        { positionId: 'x', role: 'A' },
        { positionId: 'x', role: 'R' },
      ]),
    ).toEqual([]);
  });
  it('flags missing and multiple letters', () => {
    expect(breachKinds([])).toEqual(['no-accountable', 'no-responsible']);
    expect(
      breachKinds([
        { positionId: 'x', role: 'A' },
        { positionId: 'y', role: 'A' },
        { positionId: 'z', role: 'C' },
      ]),
    ).toEqual(['several-accountable', 'no-responsible']);
  });
  it('counts a responsible channel as the R (format 2)', () => {
    expect(breachKinds([{ positionId: 'x', role: 'A' }], true)).toEqual([]);
    expect(breachKinds([], true)).toEqual(['no-accountable']);
  });
  it('counts a position listed twice with A once', () => {
    expect(
      breachKinds([
        { positionId: 'x', role: 'A' },
        { positionId: 'x', role: 'A' },
        { positionId: 'y', role: 'R' },
      ]),
    ).toEqual([]);
  });
});

describe('raciBreaches', () => {
  it('lists every breaching topic in file order with the positions involved', () => {
    expect(raciBreaches(index)).toEqual([
      {
        topicId: 'leave',
        kinds: ['several-accountable', 'no-responsible'],
        accountable: ['hrd', 'payo'],
        responsible: [],
      },
      {
        topicId: 'orphan',
        kinds: ['no-accountable', 'no-responsible'],
        accountable: [],
        responsible: [],
      },
    ]);
  });
});

describe('unitSubtree', () => {
  it('includes sub-units and survives cycles', () => {
    expect([...unitSubtree(index, 'hr')].sort()).toEqual(['hr', 'pay']);
    const cyclic = buildOrgIndex({
      ...org,
      units: [
        { id: 'a', name: 'A', type: 'team', parentId: 'b' },
        { id: 'b', name: 'B', type: 'team', parentId: 'a' },
      ],
    });
    expect([...unitSubtree(cyclic, 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('buildRaciMatrix', () => {
  it('shows every topic and only lettered positions', () => {
    const m = buildRaciMatrix(index);
    expect(m.topicIds).toEqual(['payslip', 'leave', 'laptop', 'policy', 'orphan']);
    expect(m.positionIds).toEqual(['ceo', 'hrd', 'payo', 'itd']);
    expect(m.cells.get('payslip')?.get('payo')).toEqual(['R']);
    expect(m.cells.get('laptop')?.get('itd')).toEqual(['R', 'A']);
    expect(m.breaches.get('orphan')).toEqual(['no-accountable', 'no-responsible']);
    expect(m.breaches.has('payslip')).toBe(false);
  });
  it('filters by unit including sub-units', () => {
    const m = buildRaciMatrix(index, { unitId: 'hr' });
    // payslip (payroll team), leave (HR) and policy (no unit, HR director lettered on it).
    expect(m.topicIds).toEqual(['payslip', 'leave', 'policy']);
    expect(m.positionIds).toEqual(['ceo', 'hrd', 'payo', 'itd']);
    const it = buildRaciMatrix(index, { unitId: 'it' });
    expect(it.topicIds).toEqual(['laptop', 'policy']);
  });
  it('counts a topic answered by a shared channel as having its Responsible', () => {
    const withDesk = buildOrgIndex({
      ...org,
      topics: org.topics.map((t) =>
        t.id === 'leave' ? { ...t, responsibleChannel: { unitId: 'hr' } } : t,
      ),
    });
    const m = buildRaciMatrix(withDesk);
    expect(m.breaches.get('leave')).toEqual(['several-accountable']);
    expect(m.channels.get('leave')).toEqual({ unitId: 'hr' });
    expect(m.channels.has('payslip')).toBe(false);
    expect(raciBreaches(withDesk).find((b) => b.topicId === 'leave')?.kinds).toEqual([
      'several-accountable',
    ]);
  });
  it('can show breaches only', () => {
    const m = buildRaciMatrix(index, { breachesOnly: true });
    expect(m.topicIds).toEqual(['leave', 'orphan']);
    expect(m.positionIds).toEqual(['hrd', 'payo']);
  });
});
