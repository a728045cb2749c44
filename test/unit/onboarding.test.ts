import { describe, expect, it } from 'vitest';
import { onboardingItems, onboardingPlan, progressCount } from '../../src/domain/onboarding';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import type { OrgData } from '../../src/domain/types';
import { FORMAT_VERSION } from '../../src/domain/schema';

const org: OrgData = {
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Acme' },
  units: [
    { id: 'co', name: 'Acme', type: 'company' },
    { id: 'it', name: 'IT', type: 'department', parentId: 'co' },
  ],
  positions: [
    { id: 'ceo', title: 'CEO', unitId: 'co' },
    {
      id: 'itd',
      title: 'IT director',
      unitId: 'it',
      reportsTo: 'ceo',
      responsibilities: [{ topicId: 'laptop', role: 'A' }],
    },
    {
      id: 'dev1',
      title: 'Developer',
      unitId: 'it',
      reportsTo: 'itd',
      backupId: 'dev2',
      responsibilities: [{ topicId: 'laptop', role: 'R' }],
    },
    { id: 'dev2', title: 'Developer', unitId: 'it', reportsTo: 'itd' },
    { id: 'dev3', title: 'Developer', unitId: 'it', reportsTo: 'itd', backupId: 'dev2' },
    {
      id: 'help',
      title: 'Helpdesk',
      unitId: 'ghost',
      reportsTo: 'itd',
      responsibilities: [
        { topicId: 'laptop', role: 'R' },
        { topicId: 'badge', role: 'A' },
        { topicId: 'laptop', role: 'R' },
      ],
    },
    { id: 'x', title: 'X', reportsTo: 'y' },
    { id: 'y', title: 'Y', reportsTo: 'x' },
  ],
  people: [],
  topics: [
    { id: 'laptop', name: 'Laptop', onboarding: true },
    { id: 'expenses', name: 'Expenses' },
    { id: 'badge', name: 'Badge', onboarding: true },
  ],
};
const index = buildOrgIndex(org);

describe('onboardingPlan', () => {
  it('finds manager, skip-level, peers and the backup as buddy', () => {
    const plan = onboardingPlan(index, 'dev1');
    expect(plan).toMatchObject({
      positionId: 'dev1',
      unitId: 'it',
      managerId: 'itd',
      skipLevelId: 'ceo',
      peerIds: ['dev2', 'dev3', 'help'],
      buddyId: 'dev2',
    });
  });
  it('falls back to a peer who names the position as backup', () => {
    expect(onboardingPlan(index, 'dev2')?.buddyId).toBe('dev1');
  });
  it('handles the top of the chart, unknown units, unknown ids and cycles', () => {
    expect(onboardingPlan(index, 'ceo')).toMatchObject({
      managerId: undefined,
      skipLevelId: undefined,
      peerIds: [],
      buddyId: undefined,
    });
    expect(onboardingPlan(index, 'itd')?.skipLevelId).toBeUndefined();
    expect(onboardingPlan(index, 'help')?.unitId).toBeUndefined();
    expect(onboardingPlan(index, 'nope')).toBeUndefined();
    const cyc = onboardingPlan(index, 'x');
    expect(cyc?.managerId).toBe('y');
    expect(cyc?.skipLevelId).toBeUndefined();
  });
});

describe('onboardingItems', () => {
  it('lists onboarding topics with distinct R and A positions', () => {
    expect(onboardingItems(index)).toEqual([
      { topicId: 'laptop', responsibleIds: ['dev1', 'help'], accountableIds: ['itd'] },
      { topicId: 'badge', responsibleIds: [], accountableIds: ['help'] },
    ]);
  });
});

describe('progressCount', () => {
  it('counts ticked topics that are still on the list', () => {
    const items = onboardingItems(index);
    expect(progressCount(items, new Set(['laptop', 'gone']))).toEqual({ done: 1, total: 2 });
    expect(progressCount([], new Set())).toEqual({ done: 0, total: 0 });
  });
});
