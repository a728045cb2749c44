import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from './orgIndex';
import { relationsOf } from './relations';
import type { OrgData } from './types';

const data = {
  formatVersion: 2,
  organisation: { name: 'Test' },
  units: [{ id: 'u', name: 'U', type: 'company' }],
  people: [
    { id: 'ana', name: 'Ana' },
    { id: 'bob', name: 'Bob' },
    { id: 'cy', name: 'Cy' },
    { id: 'dee', name: 'Dee' },
  ],
  positions: [
    { id: 'boss', title: 'Boss', unitId: 'u', holders: ['ana'] },
    {
      id: 'lead',
      title: 'Lead',
      unitId: 'u',
      reportsTo: 'boss',
      holders: ['bob'],
      backupId: 'dep',
    },
    { id: 'dep', title: 'Deputy', unitId: 'u', reportsTo: 'lead', holders: ['cy'] },
    { id: 'dev', title: 'Dev', unitId: 'u', reportsTo: 'lead' },
    {
      id: 'side',
      title: 'Side',
      unitId: 'u',
      reportsTo: 'gone',
      holders: ['bob'],
      backupId: 'side',
    },
  ],
  topics: [],
} as unknown as OrgData;

describe('relationsOf', () => {
  const index = buildOrgIndex(data);

  it('gives the manager, the team and the backup of each seat held', () => {
    expect(relationsOf(index, 'bob')).toEqual([
      { positionId: 'lead', managerId: 'boss', teamIds: ['dep', 'dev'], backupId: 'dep' },
      // An unknown manager and a seat named as its own backup are left out, not shown broken.
      { positionId: 'side', managerId: undefined, teamIds: [], backupId: undefined },
    ]);
  });

  it('has no manager at the top and nothing for a person without a seat or unknown', () => {
    expect(relationsOf(index, 'ana')).toEqual([
      { positionId: 'boss', managerId: undefined, teamIds: ['lead'], backupId: undefined },
    ]);
    expect(relationsOf(index, 'dee')).toEqual([]);
    expect(relationsOf(index, 'nobody')).toEqual([]);
  });
});
