/** The seeded generator: deterministic, valid at benchmark sizes, and as rich as the sample. */
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../data/generator';
import type { OrgData } from '../../src/domain/types';
import { validateOrg } from '../../src/domain/validate';

const small = generateOrg({ people: 1000, seed: 1 });
const big = generateOrg({ people: 10_000, seed: 7 });

function checkStructure(org: OrgData, people: number) {
  const byId = new Map(org.positions.map((p) => [p.id, p]));
  const roots = org.positions.filter((p) => p.reportsTo === undefined);
  expect(roots).toHaveLength(1);
  // No cycles: every chain reaches the root within the number of positions.
  const depthOf = new Map<string, number>();
  for (const start of org.positions) {
    const chain: string[] = [];
    let current = start;
    while (current.reportsTo !== undefined && !depthOf.has(current.id)) {
      chain.push(current.id);
      expect(chain.length).toBeLessThan(50);
      current = byId.get(current.reportsTo)!;
      expect(current).toBeDefined();
    }
    let depth = depthOf.get(current.id) ?? 0;
    for (const id of chain.reverse()) depthOf.set(id, ++depth);
  }
  expect(org.people).toHaveLength(people);
  expect(org.positions.length).toBeGreaterThan(people * 1.01);
  expect(org.positions.length).toBeLessThan(people * 1.06);
  expect(org.topics).toHaveLength(100 + Math.floor(people / 100));
  expect(new Set(org.people.map((p) => p.email)).size).toBe(people);
}

function checkRichness(org: OrgData) {
  const positions = org.positions;
  const n = positions.length;
  const share = (count: number) => count / n;
  expect(share(positions.filter((p) => p.dottedLineTo?.length).length)).toBeGreaterThan(0.02);
  expect(share(positions.filter((p) => !p.holders?.length).length)).toBeGreaterThan(0.02);
  expect(share(positions.filter((p) => !p.holders?.length).length)).toBeLessThan(0.04);
  expect(share(positions.filter((p) => p.backupId).length)).toBeGreaterThan(0.9);
  expect(positions.filter((p) => p.assistant).length).toBeGreaterThanOrEqual(5);
  expect(positions.filter((p) => (p.holders?.length ?? 0) > 1).length).toBeGreaterThan(0);
  const away = org.people.filter((p) => p.awayUntil && p.awayUntil >= '2027-01-15').length;
  expect(away / org.people.length).toBeGreaterThan(0.015);
  expect(away / org.people.length).toBeLessThan(0.025);

  // Spans: managers of managers have 3–12 reports; some teams have 20–50 people.
  const reports = new Map<string, string[]>();
  for (const p of positions)
    if (p.reportsTo) reports.set(p.reportsTo, [...(reports.get(p.reportsTo) ?? []), p.id]);
  for (const [manager, list] of reports) {
    const managesManagers = list.some((id) => reports.has(id));
    if (managesManagers) expect(list.length, manager).toBeLessThanOrEqual(12);
    expect(list.length, manager).toBeGreaterThanOrEqual(3);
    expect(list.length, manager).toBeLessThanOrEqual(50);
  }
  expect([...reports.values()].filter((l) => l.length >= 20).length).toBeGreaterThan(0);
  expect(new Set(org.units.map((u) => u.type))).toEqual(
    new Set(['company', 'division', 'department', 'team']),
  );
  expect(org.units.every((u) => /^#[0-9a-f]{6}$/i.test(u.color ?? ''))).toBe(true);

  // Topics: bilingual words, services, and RACI with one Accountable and 1–3 Responsible.
  const letters = new Map<string, string[]>();
  for (const p of positions) {
    for (const r of p.responsibilities ?? [])
      letters.set(r.topicId, [...(letters.get(r.topicId) ?? []), r.role]);
  }
  for (const t of org.topics) {
    const roles = letters.get(t.id) ?? [];
    expect(
      roles.filter((r) => r === 'A'),
      t.id,
    ).toHaveLength(1);
    expect(roles.filter((r) => r === 'R').length, t.id).toBeGreaterThanOrEqual(1);
    expect(Object.keys(t.keywords as object).sort()).toEqual(['en', 'fr']);
    expect(Object.keys(t.name as object).sort()).toEqual(['en', 'fr']);
  }
  expect(
    org.topics.filter((t) => t.service?.responseTime).length / org.topics.length,
  ).toBeGreaterThan(0.4);
  expect(org.topics.filter((t) => t.onboarding).length).toBeGreaterThanOrEqual(10);
}

describe('generateOrg', () => {
  it('is deterministic for a seed and different for another seed', () => {
    expect(JSON.stringify(generateOrg({ people: 1000, seed: 1 }))).toBe(JSON.stringify(small));
    const other = generateOrg({ people: 1000, seed: 2 });
    expect(other.people.map((p) => p.name)).not.toEqual(small.people.map((p) => p.name));
    expect(other.positions.map((p) => p.reportsTo)).not.toEqual(
      small.positions.map((p) => p.reportsTo),
    );
  });

  it.each([
    ['1k', small, 1000],
    ['10k', big, 10_000],
  ])('makes a valid organisation at %s with zero errors and zero warnings', (_, org, people) => {
    const { data, problems } = validateOrg(JSON.parse(JSON.stringify(org)));
    expect(problems).toEqual([]);
    expect(data).toBeDefined();
    checkStructure(org, people);
  });

  it.each([
    ['1k', small],
    ['10k', big],
  ])('is as rich as the sample at %s', (_, org) => {
    checkRichness(org);
  });

  it('keeps the sample topics (with their words) first, so benchmark queries find them', () => {
    expect(small.topics.slice(0, 3).map((t) => t.id)).toEqual([
      'payslip',
      'payroll-setup',
      'bank-details',
    ]);
    expect(small.topics.find((t) => t.id === 'laptop-broken')?.synonyms).toBeDefined();
    expect(small.topics.some((t) => t.id === 'payslip-1')).toBe(true);
  });

  it('makes at least 100 people even when asked for fewer', () => {
    expect(generateOrg({ people: 10, seed: 3 }).people).toHaveLength(100);
  });
});
