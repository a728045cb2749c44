import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCount } from '../../src/domain/diff';
import { exportOrgJson } from '../../src/domain/exportOrgJson';
import { MAX_JSON_DEPTH, MAX_ORG_FILE_BYTES } from '../../src/domain/limits';
import { analyseImportAsync } from '../../src/import/importClient';
import type { ColumnMapping } from '../../src/import/mapping';
import { analyseImport } from '../../src/import/pipeline';
import { smallOrg } from '../fixtures/import/smallOrg';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/import', name), 'utf8');
const codes = (a: { problems: { code: string }[] }) => a.problems.map((p) => p.code);

describe('import pipeline', () => {
  it('accepts an org file and diffs it against the current data', () => {
    const next = smallOrg();
    next.people.push({ id: 'erin', name: 'Erin' });
    next.positions[3] = { ...next.positions[3]!, holders: ['erin'] };
    const stages: string[] = [];
    const a = analyseImport(
      { text: JSON.stringify(next), fileName: 'org.json', current: smallOrg() },
      (p) => stages.push(p.stage),
    );
    expect(a.format).toBe('org');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.data).toBeDefined();
    expect(a.summary?.people.added).toBe(1);
    expect(a.summary?.positions.changed).toBe(1);
    expect(stages).toContain('validate');
    expect(stages).toContain('diff');
  });

  it('shows no changes when the exported current data is imported again', () => {
    const current = smallOrg();
    const a = analyseImport({ text: exportOrgJson(current), fileName: 'x.json', current });
    expect(a.summary && changeCount(a.summary)).toBe(0);
  });

  it('reports JSON syntax errors with line and column', () => {
    const a = analyseImport({
      text: '{\n  "formatVersion": 1,\n  "units": [,]\n}',
      fileName: 'bad.json',
    });
    expect(a.data).toBeUndefined();
    expect(a.problems[0]).toMatchObject({ code: 'json-syntax', line: 3, severity: 'error' });
    expect(a.problems[0]?.column).toBeGreaterThan(1);
    expect(a.problems[0]?.message.fr).toContain('ligne 3');
  });

  it('refuses empty, oversized and deeply nested files with a clear message', () => {
    expect(codes(analyseImport({ text: '  ', fileName: 'e.json' }))).toEqual(['empty-file']);
    const big = 'x'.repeat(MAX_ORG_FILE_BYTES + 1);
    const tooBig = analyseImport({ text: big, fileName: 'big.csv' });
    expect(codes(tooBig)).toEqual(['file-too-large']);
    expect(tooBig.problems[0]?.message.en).toMatch(/limit is 50 MB/);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(codes(analyseImport({ text: deep, fileName: 'deep.json' }))).toEqual(['json-too-deep']);
    expect(MAX_JSON_DEPTH).toBeLessThan(100_000);
  });

  it('ignores __proto__, constructor and prototype keys', () => {
    const org = smallOrg() as unknown as Record<string, unknown>;
    const text = JSON.stringify(org).replace(
      '"formatVersion":1',
      '"formatVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    const a = analyseImport({ text, fileName: 'proto.json' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('maps CSV people lists and locates their problems by row and column', () => {
    const ok = analyseImport({ text: fixture('d3-id-parentId.csv'), fileName: 'people.csv' });
    expect(ok.format).toBe('csv');
    expect(ok.flat?.mapping.columns.manager).toBe('parentId');
    expect(ok.flat?.rowCount).toBe(6);
    expect(ok.data?.people).toHaveLength(6);
    // Rows with a manager not in the file, or a repeated id, are set aside; the rest applies.
    const bad = analyseImport({ text: fixture('bad-unknown-manager.csv'), fileName: 'bad.csv' });
    expect(bad.data?.people.map((p) => p.name)).toEqual(['Quentin Faure', 'Rose Girard']);
    expect(bad.flat?.setAside.map((s) => [s.rowNumber, s.code])).toEqual([
      [4, 'unknown-manager'],
      [5, 'duplicate-id'],
    ]);
    expect(bad.flat?.setAside[0]?.cells).toEqual(['3', '99', 'Samuel Petit', 'Analyst']);
  });

  it('flags unsafe links in CSV cells as warnings', () => {
    const a = analyseImport({ text: fixture('hostile.csv'), fileName: 'hostile.csv' });
    const unsafe = a.problems.filter((p) => p.code === 'unsafe-url');
    expect(unsafe.length).toBeGreaterThan(0);
    expect(unsafe[0]?.path).toBe('row 2, column chat');
  });

  it('asks for a mapping when names cannot be found', () => {
    const a = analyseImport({ text: fixture('custom-headings.csv'), fileName: 'c.csv' });
    expect(codes(a)).toContain('mapping-incomplete');
    expect(a.flat?.gaps).toEqual(['name']);
    const mapped = analyseImport({
      text: fixture('custom-headings.csv'),
      fileName: 'c.csv',
      mapping: JSON.parse(fixture('custom-mapping.json')) as ColumnMapping,
    });
    expect(mapped.data?.people).toHaveLength(2);
  });

  it('maps SCIM JSON lists', () => {
    const a = analyseImport({ text: fixture('scim-users.json'), fileName: 'scim.json' });
    expect(a.format).toBe('scim');
    expect(a.data?.positions.find((p) => p.id === 'pos-u3')?.reportsTo).toBe('pos-u2');
  });

  it('falls back to the main thread when workers are unavailable', async () => {
    const progress: number[] = [];
    const a = await analyseImportAsync(
      { text: JSON.stringify(smallOrg()), fileName: 'org.json' },
      (p) => progress.push(p.fraction),
    );
    expect(a.applicable).toBe(true);
    expect(a).not.toHaveProperty('data');
    expect(progress.at(-1)).toBe(1);
  });
});

describe('JSON syntax error locations', () => {
  it.each([
    ['{"a":1,}', 1, 8],
    ['{"a" 1}', 1, 6],
    ['[1,2', 1, 5],
    ['{\n"a":"b\n"}', 2, 7],
    ['"x" y', 1, 5],
    ['{"a": 01}', 1, 8],
  ])('%j → line %i column %i', (text, line, column) => {
    const a = analyseImport({ text, fileName: 'x.json' });
    expect(a.problems[0]).toMatchObject({ code: 'json-syntax', line, column });
  });
});
