import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs, runValidateCli, type CliIo } from '../../scripts/validate';
import { fixturePath, readFixture } from './validationHelpers';
import { validateOrg } from '../../src/domain/validate';
import { analyseImport } from '../../src/import/pipeline';

function run(
  argv: string[],
  files: Record<string, string> = {},
  sizes: Record<string, number> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    fileSize: (path) => sizes[path] ?? files[path]?.length ?? 0,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const code = runValidateCli(argv, io);
  return { code, out, err };
}

describe('npm run validate', () => {
  it('prints path: severity: message when there is no text position', () => {
    const { out } = run(['org.json'], { 'org.json': '[]' });
    expect(out[0]).toMatch(/^\$: error: This is not an org file/);
  });

  it('exits 0 on a valid file and says so', () => {
    const { code, out } = run(['org.json'], { 'org.json': readFixture('valid/small-org.json') });
    expect(code).toBe(0);
    expect(out).toEqual(['org.json: no problems found']);
  });

  it('prints one compiler-like line per problem and a summary, exit 1 on errors', () => {
    const { code, out } = run(['org.json'], { 'org.json': readFixture('bad/unknown-refs.json') });
    expect(code).toBe(1);
    expect(out).toContain(
      'org.json:152:7: positions[3].unitId: error: Position "hr-partner" is in unit "legal", which does not exist.',
    );
    expect(out.at(-1)).toBe('org.json: 7 errors, 1 warning');
    expect(out).toHaveLength(9);
  });

  it('exits 0 with warnings only', () => {
    const { code, out } = run(['org.json'], { 'org.json': readFixture('bad/several-roots.json') });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^org\.json:90:3: positions: warning: 3 positions report to no one/);
    expect(out.at(-1)).toBe('org.json: 0 errors, 1 warning');
  });

  it('speaks French with --lang fr', () => {
    const { out } = run(['org.json', '--lang', 'fr'], {
      'org.json': readFixture('bad/unknown-manager.json'),
    });
    expect(out).toEqual([
      'org.json:175:7: positions[4].reportsTo: erreur: Le poste «\u00a0pay-lead\u00a0» est rattaché à «\u00a0hr-9\u00a0», qui n’existe pas.',
      'org.json: 1 erreur, 0 avertissement',
    ]);
  });

  it('gives file:line:column for JSON syntax errors', () => {
    const { code, out } = run(['org.json'], {
      'org.json': '{\n  "formatVersion": 1,\n  "a": tru\n}',
    });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^org\.json:3:11: error: The file is not valid JSON/);
  });

  it('refuses an oversized file by its size, without reading it', () => {
    const { code, out } = run(['big.json'], {}, { 'big.json': 60 * 1024 * 1024 });
    expect(code).toBe(1);
    expect(out[0]).toContain('The file is too large: 60 MB, and the limit is 50 MB');
  });

  it('exits 2 on an unreadable file or without a file', () => {
    const missing = run(['missing.json']);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^missing\.json: cannot read the file/);
    expect(run([]).code).toBe(2);
  });

  it('prints machine-readable JSON with --json', () => {
    const { out } = run(['org.json', '--json'], { 'org.json': readFixture('bad/cycle.json') });
    const report = JSON.parse(out.join('\n')) as {
      errors: number;
      problems: Array<{ code: string }>;
    };
    expect(report.errors).toBe(1);
    expect(report.problems[0]?.code).toBe('cycle');
  });

  it('parses options in both --name value and --name=value forms', () => {
    const args = parseArgs(['a.json', '--lang=fr', '--csv', 'p.csv', '--json']);
    expect(args.files).toEqual(['a.json']);
    expect(Object.fromEntries(args.options)).toEqual({ lang: 'fr', csv: 'p.csv', json: 'true' });
  });

  it('works as a real command with exit codes', () => {
    // node --import tsx rather than npx: same code path, a second less per run.
    const cli = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], {
        encoding: 'utf8',
      });
    const bad = cli(fixturePath('bad/cycle.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /cycle\.json:\d+:\d+: positions\[0\]\.reportsTo: error: Reporting loop/,
    );
    expect(cli('no/such/file.json').status).toBe(2);
  }, 60_000);
});

describe('npm run validate with the admin page import choice', () => {
  const people =
    'id,name,title,managerId,department\n1,Ada Lovelace,Director,,Board\n2,Alan Turing,Engineer,1,Research\n';
  const org = readFixture('valid/small-org.json');

  it('checks the file alone by default ("Start my organisation") and laid over --add-to', () => {
    expect(run(['people.csv'], { 'people.csv': people }).out.at(-1)).toBe(
      'people.csv: no problems found',
    );
    const alone = analyseImport({ text: people, fileName: 'people.csv', mode: 'start' });
    const current = validateOrg(JSON.parse(org)).data!;
    const added = analyseImport({ text: people, fileName: 'people.csv', mode: 'add', current });
    // The choice changes the report; the CLI follows it exactly (the page's own pipeline).
    expect(added.problems.length).not.toBe(alone.problems.length);
    const r = run(['people.csv', '--add-to', 'current.json'], {
      'people.csv': people,
      'current.json': org,
    });
    const errors = added.problems.filter((p) => p.severity === 'error').length;
    const warnings = added.problems.length - errors;
    expect(r.out.at(-1)).toBe(
      `people.csv: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
    expect(r.out.slice(0, -1)).toHaveLength(added.problems.length);
  });

  it('lays an org file over --add-to with the same report as the page', () => {
    const incoming = JSON.stringify({ ...JSON.parse(org), positions: [] });
    const current = validateOrg(JSON.parse(org)).data!;
    const page = analyseImport({ text: incoming, fileName: 'next.json', mode: 'add', current });
    const r = run(['next.json', '--add-to', 'current.json'], {
      'next.json': incoming,
      'current.json': org,
    });
    expect(r.out).toHaveLength(page.problems.length + 1);
    expect(r.code).toBe(page.problems.some((p) => p.severity === 'error') ? 1 : 0);
  });

  it('refuses a current data file that has errors or is missing (exit 2), naming it', () => {
    const bad = run(['people.csv', '--add-to', 'current.json'], {
      'people.csv': people,
      'current.json': readFixture('bad/cycle.json'),
    });
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--add-to current\.json: the current data has \d+ errors?/);
    expect(run(['people.csv', '--add-to'], { 'people.csv': people }).code).toBe(2);
    expect(run(['people.csv', '--add-to', 'nope.json'], { 'people.csv': people }).code).toBe(2);
  });

  it("takes the short form's details, refused by the same rule as the page's", () => {
    const hostile = run(['people.csv', '--help-email', 'help@acme.example?bcc=spy@evil.example'], {
      'people.csv': people,
    });
    expect(hostile.code).toBe(1);
    expect(hostile.out[0]).toMatch(/^organisation: error: Check the organisation details/);
    const wrongDate = run(['people.csv', '--data-date', '2026-02-30'], { 'people.csv': people });
    expect(wrongDate.code).toBe(1);
    const fine = run(
      [
        'people.csv',
        '--org-name-en',
        'Acme',
        '--data-date',
        '2026-02-28',
        '--owner-email',
        'hr@acme.example',
      ],
      { 'people.csv': people },
    );
    expect(fine.out.at(-1)).toBe('people.csv: no problems found');
  });
});
