import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from './schema';
import { qualifyScopedIds } from './scopedIds';
import { validateOrg } from './validate';

/** Two agencies that both number their posts from 1, as public organograms do. */
const twoAgencies = () => ({
  formatVersion: FORMAT_VERSION,
  idScope: 'organisation',
  organisation: { name: 'Ministry' },
  organisations: [
    { id: 'dft', name: 'Department for Transport' },
    { id: 'dvla', name: 'Driver and Vehicle Licensing Agency', parentId: 'dft' },
  ],
  units: [
    { id: 'hq', orgId: 'dft', name: 'Headquarters' },
    { id: 'hq', orgId: 'dvla', name: 'Headquarters' },
  ],
  positions: [
    { id: '1', orgId: 'dft', title: 'Permanent Secretary', unitId: 'hq', holders: ['a'] },
    { id: '2', orgId: 'dft', title: 'Director', unitId: 'hq', reportsTo: '1' },
    { id: '1', orgId: 'dvla', title: 'Chief Executive', unitId: 'hq', reportsTo: 'dft:2' },
    {
      id: '2',
      orgId: 'dvla',
      title: 'Head of Licensing',
      unitId: 'hq',
      reportsTo: '1',
      responsibilities: [
        { topicId: 'licence', role: 'A' },
        { topicId: 'licence', role: 'R' },
      ],
    },
  ],
  people: [{ id: 'a', orgId: 'dft', name: 'Ann Perm' }],
  topics: [
    {
      id: 'licence',
      orgId: 'dvla',
      name: 'Driving licence',
      responsibleChannel: { unitId: 'hq' },
    },
  ],
});

describe('ids scoped per organisation', () => {
  it('qualifies ids and references inside their organisation, keeping explicit ones', () => {
    const input = twoAgencies();
    const before = JSON.stringify(input);
    const out = qualifyScopedIds(input) as ReturnType<typeof twoAgencies>;
    expect(JSON.stringify(input)).toBe(before);
    expect('idScope' in out).toBe(false);
    expect(out.units.map((u) => u.id)).toEqual(['dft:hq', 'dvla:hq']);
    expect(out.positions.map((p) => [p.id, p.reportsTo, p.unitId])).toEqual([
      ['dft:1', undefined, 'dft:hq'],
      ['dft:2', 'dft:1', 'dft:hq'],
      ['dvla:1', 'dft:2', 'dvla:hq'],
      ['dvla:2', 'dvla:1', 'dvla:hq'],
    ]);
    expect(out.positions[0]!.holders).toEqual(['dft:a']);
    expect(out.positions[3]!.responsibilities![0]!.topicId).toBe('dvla:licence');
    expect(out.topics[0]!.responsibleChannel.unitId).toBe('dvla:hq');
  });

  it('validates a file whose ids repeat across organisations, with no duplicate-id error', () => {
    const { data, problems } = validateOrg(twoAgencies());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data?.positions.map((p) => p.id)).toEqual(['dft:1', 'dft:2', 'dvla:1', 'dvla:2']);
    // Units of the same name stay apart.
    expect(data?.units.map((u) => [u.id, u.orgId])).toEqual([
      ['dft:hq', 'dft'],
      ['dvla:hq', 'dvla'],
    ]);
  });

  it('without idScope the same file has duplicate ids', () => {
    const file: Record<string, unknown> = twoAgencies();
    delete file.idScope;
    const codes = validateOrg(file).problems.map((p) => p.code);
    expect(codes).toContain('duplicate-id');
  });

  it('reports an orgId that names no organisation', () => {
    const file = twoAgencies();
    file.people[0]!.orgId = 'nope';
    const found = validateOrg(file).problems.find((p) => p.path === 'people[0].orgId');
    expect(found?.code).toBe('unknown-reference');
  });
});
