import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrgData } from '../../src/domain/types';
import { analyseImport } from '../../src/import/pipeline';
import { nextSources, type FileSource } from '../../src/import/sources';

const src = (fileName: string, orgs: string[], extra: Partial<FileSource> = {}): FileSource => ({
  fileName,
  kind: 'people',
  organisations: orgs.map((id) => ({ id, name: id.toUpperCase() })),
  rows: 10,
  setAside: 0,
  scope: 'merge',
  importedAt: '2026-12-01T10:00:00.000Z',
  ...extra,
});

describe('sources side by side', () => {
  it('a file of another organisation is added beside; the same organisation replaces its file', () => {
    const a = src('dft.csv', ['dft'], { scope: 'replace' });
    const b = src('ho.csv', ['ho']);
    const both = nextSources(nextSources([], a), b);
    expect(both.map((s) => s.fileName)).toEqual(['dft.csv', 'ho.csv']);
    const again = nextSources(both, src('dft-2.csv', ['dft']));
    expect(again.map((s) => s.fileName)).toEqual(['ho.csv', 'dft-2.csv']);
  });

  it('a headcount file sits beside the posts file of its organisation', () => {
    const posts = src('senior.csv', ['dft', 'ho']);
    const junior = src('junior.csv', ['dft'], { kind: 'headcount' });
    expect(nextSources([posts], junior).map((s) => s.fileName)).toEqual([
      'senior.csv',
      'junior.csv',
    ]);
  });

  it('a file covering part of an earlier one leaves it the other organisations', () => {
    const out = nextSources([src('all.csv', ['dft', 'ho'])], src('ho.csv', ['ho']));
    expect(out[0]!.organisations.map((o) => o.id)).toEqual(['dft']);
  });

  it('"Start my organisation" leaves only the new file', () => {
    const out = nextSources([src('a.csv', ['a'])], src('b.csv', [], { scope: 'replace' }));
    expect(out.map((s) => s.fileName)).toEqual(['b.csv']);
  });
});

describe('next month over a first import laid over the demo', () => {
  // The bench's case: a Workday list with a Company column added over the demo data, whose
  // "Finance" unit (no organisation) the first import reuses by name. A month later the
  // company's seats must stay in that unit: only the retitled seat changes.
  const sample = () => JSON.parse(readFileSync(resolve('data/sample-org.json'), 'utf8')) as OrgData;
  const csv = (ceoTitle: string) =>
    [
      'Employee ID,Legal Name,Business Title,Supervisory Organization,Manager ID,Company',
      `W1,Ada Chief,${ceoTitle},Executive,,Wayfinder Ltd`,
      'W2,Ben Money,Controller,Finance,W1,Wayfinder Ltd',
      'W3,Cy Ledger,Accountant,Finance,W2,Wayfinder Ltd',
      'W4,Di Code,Engineer,Engineering,W1,Wayfinder Ltd',
    ].join('\n');

  it('changes only what the file changed', () => {
    const first = analyseImport({ text: csv('CEO'), fileName: 'workers.csv', current: sample() });
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const financeSeat = first.data!.positions.find((p) => p.id === 'pos-W2')!;
    const next = analyseImport({
      text: csv('Chief Executive'),
      fileName: 'workers.csv',
      current: first.data!,
    });
    expect(next.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(next.data!.positions.find((p) => p.id === 'pos-W2')!.unitId).toBe(financeSeat.unitId);
    expect(next.diff!.positions.changed.map((c) => [c.id, c.fields.map((f) => f.field)])).toEqual([
      ['pos-W1', ['title']],
    ]);
    expect(next.summary!.units).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});
