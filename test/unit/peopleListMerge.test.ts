import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildList } from './importTable';
import { diffOrg, isEmptyDiff } from '../../src/domain/diff';
import { exportPeopleCsv } from '../../src/import/exportCsv';
import { mergePeopleList } from '../../src/import/peopleListMerge';
import { orgFileSchema } from '../../src/domain/schema';
import type { OrgData } from '../../src/domain/types';
import { validateOrg } from '../../src/domain/validate';

const sample = orgFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../data/sample-org.json'), 'utf8')),
);

/** Imports `csv` as a people list over `current`, as the admin page does. */
function importList(csv: string, current: OrgData) {
  const mapped = buildList(csv);
  const merged = mergePeopleList(mapped.input, current);
  merged.organisation = current.organisation;
  return validateOrg(merged);
}

const csvRows = (csv: string) => csv.trimEnd().split('\n');

describe('a people list over the current data', () => {
  it('re-importing the CSV export of the sample changes nothing (topics, RACI, vacancies kept)', () => {
    const result = importList(exportPeopleCsv(sample), sample);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const diff = diffOrg(sample, result.data!);
    expect(isEmptyDiff(diff), JSON.stringify(diff).slice(0, 2000)).toBe(true);
  });

  it('never changes the current data it is laid over, nor shares its seats', () => {
    const current = structuredClone(sample);
    const before = JSON.stringify(current);
    // One mid-level holder listed: the seats under them stay, every other seat is dropped, and
    // backups and dotted lines to dropped seats are removed from the merged copies only.
    const mid = current.positions.find(
      (p) =>
        p.reportsTo !== undefined &&
        (p.holders?.length ?? 0) === 1 &&
        current.positions.some((q) => q.reportsTo === p.id && (q.holders?.length ?? 0) === 0),
    )!;
    const csv = csvRows(exportPeopleCsv(current))
      .filter((line, i) => i === 0 || line.startsWith(`${mid.holders![0]},`))
      .join('\n');
    const mapped = buildList(csv);
    const merged = mergePeopleList(mapped.input, current);
    for (const seat of merged.positions) expect(current.positions).not.toContain(seat);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('someone who left leaves a vacant seat with its responsibilities', () => {
    const leaver = sample.positions.find(
      (p) => p.holders?.length === 1 && (p.responsibilities?.length ?? 0) > 0 && p.reportsTo,
    )!;
    const personId = leaver.holders![0]!;
    const csv = csvRows(exportPeopleCsv(sample))
      .filter((line) => !line.startsWith(`${personId},`))
      .join('\n');
    const result = importList(csv, sample);
    expect(result.data).toBeDefined();
    const seat = result.data!.positions.find((p) => p.id === leaver.id)!;
    expect(seat.holders ?? []).toEqual([]);
    expect(seat.responsibilities).toEqual(leaver.responsibilities);
    expect(result.data!.people.some((p) => p.id === personId)).toBe(false);
    expect(result.data!.topics).toEqual(sample.topics);
  });

  it('a newcomer in a new unit gets a new seat and unit; a changed title replaces translations', () => {
    const ceo = sample.positions.find((p) => p.reportsTo === undefined)!;
    const ceoHolder = ceo.holders![0]!;
    const lines = csvRows(exportPeopleCsv(sample));
    const renamed = lines.map((line) =>
      line.startsWith(`${ceoHolder},`) ? line.replace(/^([^,]*,[^,]*,)[^,]*/, '$1Big Boss') : line,
    );
    renamed.push(`new-hire,Nina Newcomer,Data scientist,${ceoHolder},nina@example.com,,,Data Lab,`);
    const result = importList(renamed.join('\n'), sample);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const data = result.data!;
    expect(data.positions.find((p) => p.id === ceo.id)?.title).toBe('Big Boss');
    const seat = data.positions.find((p) => p.holders?.includes('new-hire'))!;
    expect(seat.reportsTo).toBe(ceo.id);
    const unit = data.units.find((u) => u.id === seat.unitId)!;
    expect(unit.name).toBe('Data Lab');
    // Known people keep what the list has no column for.
    const known = sample.people.find((p) => p.languages !== undefined)!;
    expect(data.people.find((p) => p.id === known.id)?.languages).toEqual(known.languages);
  });
});
