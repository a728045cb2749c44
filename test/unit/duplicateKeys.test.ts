/**
 * Duplicate keys in JSON (the parser keeps the last silently) and duplicate CSV headings (one
 * column's cells overwrote the other's): both are reported, JSON with line and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrgText } from '../../src/domain/parseOrgFile';
import { scanJsonText } from '../../src/domain/validation/jsonDuplicates';
import { readTable } from './importTable';
import { analyseImport } from '../../src/import/pipeline';
import { runValidateCli } from '../../scripts/validate';
import { smallOrg } from '../fixtures/import/smallOrg';

const ORG = `{
  "formatVersion": 1,
  "organisation": { "name": "Acme" },
  "people": [{ "id": "ana", "name": "Ana" }],
  "positions": [{ "id": "ceo", "title": "CEO", "holders": ["ana"] }],
  "people": [{ "id": "bob", "name": "Bob" }]
}`;

describe('duplicate JSON keys', () => {
  it('refuses an org file with a second "people" array, at its line and column', () => {
    const result = parseOrgText(ORG);
    expect(result.data).toBeUndefined();
    const dup = result.problems.find((p) => p.code === 'duplicate-key');
    expect(dup).toMatchObject({ path: 'people', severity: 'error', line: 6, column: 3 });
    expect(dup?.message.en).toContain('line 4, column 3');
    expect(dup?.message.fr).toContain('ligne 4, colonne 3');
  });

  it('finds them at any depth, through escapes, strings that look like JSON, and wide objects', () => {
    const wide = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ');
    const text =
      JSON.stringify({ a: '{"x": 1, "x": 2}', b: 'quote \\" and "' }).slice(0, -1) +
      `, "list": [{}, {"t": 1, "\\u0074": 2}], "wide": {${wide}, "k7": 0}, "a": 3}`;
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    const { duplicates } = scanJsonText(text, { maxDepth: 64 });
    expect(duplicates.map((d) => [d.path, d.key])).toEqual([
      ['list[1].t', 't'],
      ['wide.k7', 'k7'],
      ['a', 'a'],
    ]);
    expect(text.slice(duplicates[2]!.offset, duplicates[2]!.offset + 3)).toBe('"a"');
    expect(text.slice(duplicates[2]!.firstOffset, duplicates[2]!.firstOffset + 3)).toBe('"a"');
  });

  it('finds none in any JSON a serializer writes, and measures depth as the parser nests', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(8), (value, limit) => {
        const text = JSON.stringify(value);
        const scan = scanJsonText(text, { maxDepth: limit });
        let depth = 0;
        const measure = (v: unknown, d: number): void => {
          if (v !== null && typeof v === 'object') {
            depth = Math.max(depth, d + 1);
            for (const x of Object.values(v)) measure(x, d + 1);
          }
        };
        measure(value, 0);
        expect(scan.tooDeepAt !== undefined).toBe(depth > limit);
        if (scan.tooDeepAt === undefined) expect(scan.duplicates).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('are errors in the admin import, for org files and flat JSON lists', () => {
    const org = analyseImport({ text: ORG, fileName: 'org.json', current: smallOrg() });
    expect(org.data).toBeUndefined();
    expect(org.problems.map((p) => p.code)).toContain('duplicate-key');
    const list = analyseImport({
      text: '[{"name": "Ana Roux", "email": "ana@x.example", "email": "ana@y.example"}]',
      fileName: 'people.json',
      current: smallOrg(),
    });
    expect(list.format).toBe('json-list');
    expect(list.data).toBeUndefined();
    expect(list.problems.find((p) => p.code === 'duplicate-key')).toMatchObject({
      path: '[0].email',
      line: 1,
      column: 49,
    });
  });

  it('the CLI prints file:line:column for them', () => {
    const out: string[] = [];
    const code = runValidateCli(['org.json'], {
      readFile: () => ORG,
      fileSize: () => ORG.length,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^org\.json:6:3: people: error: The key "people" is written twice/);
  });
});

describe('duplicate CSV headings', () => {
  it('keeps both columns apart and warns', () => {
    const { table, problems } = readTable(
      'Name,Email,Title,email\nAna Roux,ana@x.example,CEO,ana@y.example\n',
    );
    expect(table.headings).toEqual(['Name', 'Email', 'Title', 'email (2)']);
    expect(table.rows[0]).toMatchObject({ Email: 'ana@x.example', 'email (2)': 'ana@y.example' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'duplicate-heading',
      severity: 'warning',
      path: 'row 1, column 4',
    });
    expect(problems[0]!.message.en).toContain('Columns 2 and 4');
  });

  it('shows the warning in the import report', () => {
    const a = analyseImport({
      text: 'Name,Title,Title\nAna Roux,CEO,Chief\n',
      fileName: 'people.csv',
      current: smallOrg(),
    });
    expect(a.problems.map((p) => p.code)).toContain('duplicate-heading');
    expect(a.flat?.headings).toEqual(['Name', 'Title', 'Title (2)']);
  });
});
