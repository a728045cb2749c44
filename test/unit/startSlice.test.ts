/**
 * The start slice (src/domain/startSlice.ts) answers every topic exactly as the whole data does:
 * a cold start shows the first answer from it before the whole version is read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../data/generator';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { orgFileSchema } from '../../src/domain/schema';
import { startSlice } from '../../src/domain/startSlice';
import { knownLocations } from '../../src/domain/userLocation';
import type { OrgData } from '../../src/domain/types';
import { buildAnswer } from '../../src/search/answer';

const sample = orgFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/sample-org.json', import.meta.url), 'utf8')),
);

function expectSameAnswers(data: OrgData) {
  const full = buildOrgIndex(data);
  const slice = startSlice(data);
  const part = buildOrgIndex(slice);
  const units = [undefined, ...data.units.slice(0, 5).map((u) => u.id)];
  const locations = [undefined, ...knownLocations(data).map((l) => l.key)];
  let compared = 0;
  for (const topic of data.topics) {
    for (const [i, preferredUnitId] of units.entries()) {
      const options = { today: '2026-11-22', preferredUnitId, locationKey: locations[i] };
      expect(buildAnswer(part, topic.id, options)).toEqual(buildAnswer(full, topic.id, options));
      compared++;
    }
  }
  return { compared, slice };
}

describe('startSlice', () => {
  it('gives the same answer card for every topic of the sample, from every unit and place', () => {
    const { compared, slice } = expectSameAnswers(sample);
    expect(compared).toBe(sample.topics.length * 6);
    expect(slice.units).toEqual(sample.units);
    expect(slice.topics).toEqual(sample.topics);
    expect(slice.organisation).toEqual(sample.organisation);
  });

  it('gives the same answers on a generated organisation, and keeps a fraction of it', () => {
    const data = generateOrg({ people: 2000, seed: 3 });
    const { slice } = expectSameAnswers(data);
    expect(slice.people.length).toBeLessThan(data.people.length / 2);
    expect(slice.positions.length).toBeLessThan(data.positions.length / 2);
  });

  it('follows a chain of backups, and stops at a cycle', () => {
    const data: OrgData = {
      ...sample,
      positions: [
        {
          id: 'r',
          title: 'R',
          holders: ['pr'],
          backupId: 'b1',
          responsibilities: [{ topicId: sample.topics[0]!.id, role: 'R' }],
        },
        { id: 'b1', title: 'B1', holders: ['p1'], backupId: 'b2' },
        { id: 'b2', title: 'B2', holders: ['p2'], backupId: 'r' },
        { id: 'other', title: 'O', holders: ['po'] },
      ],
      people: ['pr', 'p1', 'p2', 'po'].map((id) => ({ id, name: id })),
    };
    const slice = startSlice(data);
    expect(slice.positions.map((p) => p.id)).toEqual(['r', 'b1', 'b2']);
    expect(slice.people.map((p) => p.id)).toEqual(['pr', 'p1', 'p2']);
  });
});
