/**
 * The test organisation of the headcount and team-count tests (`headcount.test.ts`,
 * `subtreeCounts.test.ts`): a chief; a deputy job share (2 people) in a sub-unit over 12
 * analysts (a headcount seat, 10.5 FTE); a vacant head over a vacant adviser and 3 caseworkers
 * (a headcount seat without FTE). One file, so both count the same organisation.
 */
import type { OrgData } from './types';

export const headcountOrg = {
  formatVersion: 2,
  organisation: { name: 'Test' },
  units: [
    { id: 'u', name: 'Office' },
    { id: 'u2', name: 'Digital', parentId: 'u' },
  ],
  positions: [
    { id: 'top', title: 'Chief Executive', unitId: 'u', holders: ['a'] },
    { id: 'dep', title: 'Deputy', reportsTo: 'top', unitId: 'u2', holders: ['b', 'c'] },
    { id: 'vac', title: 'Head of Policy', reportsTo: 'top', unitId: 'u' },
    { id: 'vac2', title: 'Adviser', reportsTo: 'vac', unitId: 'u' },
    {
      id: 'hc1',
      title: 'Analyst',
      reportsTo: 'dep',
      unitId: 'u2',
      headcount: { count: 12, fte: 10.5, grade: 'Grade 7' },
    },
    { id: 'hc2', title: 'Caseworker', reportsTo: 'vac', unitId: 'u', headcount: { count: 3 } },
  ],
  people: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  topics: [],
} as unknown as OrgData;
