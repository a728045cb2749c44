import { describe, expect, it } from 'vitest';
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
