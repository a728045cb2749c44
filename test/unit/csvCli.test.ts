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

describe('npm run validate on an HR export without a manager column', () => {
  const hrDir = resolve('test/fixtures/hr');
  function runHr(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = runValidateCli(argv, {
      readFile: (p) => readFileSync(resolve(hrDir, p), 'utf8'),
      readBytes: (p) => new Uint8Array(readFileSync(resolve(hrDir, p))),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('says so loudly and exits 1; --no-reporting-lines accepts it and exits 0', () => {
    const loud = runHr(['payroll-pipe-no-manager.txt']);
    expect(loud.code).toBe(1);
    expect(loud.err).toContain(
      'NO MANAGER COLUMN: every reporting line would be lost. Give the column (--mapping) or --no-reporting-lines',
    );
    expect(loud.out).toContain('error: No column says who reports to whom');
    expect(loud.out).toMatch(/payroll-pipe-no-manager\.txt: 1 error, 0 warnings$/);

    const confirmed = runHr(['payroll-pipe-no-manager.txt', '--no-reporting-lines']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.err).toContain(
      'no manager column: imported without reporting lines (--no-reporting-lines)',
    );
    expect(confirmed.out).not.toContain('No column says who reports to whom');
    expect(confirmed.out).toMatch(/payroll-pipe-no-manager\.txt: 0 errors, 1 warning$/);
  });

  it('in French too', () => {
    const loud = runHr(['payroll-pipe-no-manager.txt', '--lang', 'fr']);
    expect(loud.code).toBe(1);
    expect(loud.err).toContain('AUCUNE COLONNE DE RESPONSABLE');
  });
});
