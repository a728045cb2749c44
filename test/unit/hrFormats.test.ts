/**
 * Real HR exports as they come (test/fixtures/hr/, written by generate.ts there): each is read
 * by the one function the admin page and the CLI share, its columns and quirks detected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../src/import/detect';
import { decodeText } from '../../src/import/formats/decodeText';
import { detectDelimiter } from '../../src/import/formats/delimiter';
import { readImportBytes } from '../../src/import/formats/readFile';
import { analyseImport } from '../../src/import/pipeline';

const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/hr', name)));

function detect(name: string) {
  const read = readImportBytes(bytesOf(name), name);
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const mapping = detectMapping(read.table!);
  return { read, mapping };
}

/** Name of each person's manager, through the seats. */
function managerNames(data: NonNullable<ReturnType<typeof analyseImport>['data']>) {
  const person = new Map(data.people.map((p) => [p.id, p.name]));
  const seat = new Map(data.positions.map((p) => [p.id, p]));
  const out = new Map<string, string | undefined>();
  for (const p of data.positions) {
    const holder = p.holders?.[0];
    if (holder === undefined) continue;
    const up = p.reportsTo === undefined ? undefined : seat.get(p.reportsTo)?.holders?.[0];
    out.set(person.get(holder)!, up === undefined ? undefined : person.get(up));
  }
  return out;
}

describe('encodings and delimiters', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, Windows-1252', () => {
    const text = 'Matricule;Prénom;Nom\n1;Élodie;Lefèvre\n';
    const utf16le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const utf16be = utf16le.slice().map((_, i, a) => a[i ^ 1]!);
    const cases: [Uint8Array, string, boolean][] = [
      [new Uint8Array(Buffer.from(text)), 'utf-8', false],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]), 'utf-8', true],
      [new Uint8Array([0xff, 0xfe, ...utf16le]), 'utf-16le', true],
      [utf16le, 'utf-16le', false],
      [new Uint8Array([0xfe, 0xff, ...utf16be]), 'utf-16be', true],
      [utf16be, 'utf-16be', false],
      [new Uint8Array(Buffer.from(text, 'latin1')), 'windows-1252', false],
    ];
    for (const [bytes, encoding, bom] of cases) {
      const d = decodeText(bytes);
      expect([d.encoding, d.bom, d.text]).toEqual([encoding, bom, text]);
    }
    // The user's choice wins over the guess.
    expect(decodeText(new Uint8Array(Buffer.from(text)), 'windows-1252').text).toContain('PrÃ©nom');
  });

  it('detects the delimiter, ignoring those inside quotes (and quoted newlines)', () => {
    expect(detectDelimiter('a;b;c\n"x,y";2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('A|B|C\n1|"two\nlines, here"|3\n')).toBe('|');
    expect(detectDelimiter('name,title\n"Doe; Jane",CEO\n')).toBe(',');
  });
});

describe('HR exports', () => {
  it('Workday (UTF-8 BOM, quoted newline): Employee ID, Manager ID, Work Email, Company', () => {
    const { read, mapping } = detect('workday-workers.csv');
    expect(read.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(mapping.columns).toMatchObject({
      id: 'Employee ID',
      manager: 'Manager ID',
      name: 'Legal Name',
      title: 'Business Title',
      email: 'Work Email',
      phone: 'Business Phone',
      organisation: 'Company',
    });
    expect(read.table!.rows[5]!['Business Title']).toBe('Senior Software Engineer\n(Platform)');
  });

  it('French payroll (Windows-1252, ";"): Nom + Prénom make the full name', () => {
    const { read, mapping } = detect('paie-fr-cp1252.csv');
    expect(read.encoding?.encoding).toBe('windows-1252');
    expect(read.delimiter).toBe(';');
    expect(mapping.columns).toMatchObject({
      id: 'Matricule',
      firstName: 'Prénom',
      lastName: 'Nom',
      manager: 'Matricule du responsable',
      email: 'Courriel',
      unit: 'Service',
    });
    expect(mapping.columns.name).toBeUndefined();
    const a = analyseImport({ bytes: bytesOf('paie-fr-cp1252.csv'), fileName: 'paie.csv' });
    const first = a.data!.people[0]!;
    expect(first.name).toMatch(/^\p{L}+ [\p{Lu}' ]+$/u);
    expect(first.name).toBe(`${read.table!.rows[0]!['Prénom']} ${read.table!.rows[0]!['Nom']}`);
  });

  it('ADP (UTF-16 with BOM, tab): Associate ID, Reports To Associate ID', () => {
    const { read, mapping } = detect('adp-utf16-bom.txt');
    expect([read.encoding?.encoding, read.encoding?.bom, read.delimiter]).toEqual([
      'utf-16le',
      true,
      '\t',
    ]);
    expect(mapping.columns).toMatchObject({
      id: 'Associate ID',
      manager: 'Reports To Associate ID',
      title: 'Job Title Description',
      unit: 'Home Department Description',
    });
  });

  it('BambooHR (UTF-16 without BOM): Employee #, Supervisor ID', () => {
    const { read, mapping } = detect('bamboohr-utf16-nobom.csv');
    expect([read.encoding?.encoding, read.encoding?.how]).toEqual(['utf-16le', 'guessed']);
    expect(mapping.columns).toMatchObject({ id: 'Employee #', manager: 'Supervisor ID' });
  });

  it('HiBob XLSX: title rows skipped, the data sheet picked, "Reports to" matched by display name', () => {
    const { read, mapping } = detect('hibob-people.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.sheetNames).toEqual(['Filters', 'People']);
    expect(read.sheet).toBe('People');
    expect(read.table!.headings[0]).toBe('Employee ID');
    expect(mapping).toMatchObject({ managerMatch: 'column', managerKey: 'Display name' });
    const a = analyseImport({ bytes: bytesOf('hibob-people.xlsx'), fileName: 'hibob.xlsx' });
    expect(a.data?.people).toHaveLength(48);
    expect(a.data!.positions.filter((p) => p.reportsTo === undefined)).toHaveLength(1);
  });

  it('SuccessFactors XLS: USERID, MANAGER with NO_MANAGER at the top (proposed)', () => {
    const { read, mapping } = detect('successfactors-users.xls');
    expect(read.format).toBe('xls');
    expect(mapping.columns).toMatchObject({ id: 'USERID', manager: 'MANAGER' });
    expect(mapping.topMarkers).toEqual(['NO_MANAGER']);
  });

  it('Personio ODS: "Supervisor" holds e-mails, matched by e-mail', () => {
    const { read, mapping } = detect('personio-employees.ods');
    expect(read.format).toBe('ods');
    expect(mapping).toMatchObject({ managerMatch: 'email' });
    expect(mapping.columns.manager).toBe('Supervisor');
  });

  it('SCIM, Graph and Google directory JSON: the manager wherever it sits', () => {
    const scim = analyseImport({ bytes: bytesOf('scim-users.json'), fileName: 'u.json' });
    const graph = analyseImport({ bytes: bytesOf('graph-users.json'), fileName: 'g.json' });
    const google = analyseImport({ bytes: bytesOf('google-users.json'), fileName: 'w.json' });
    expect([scim.format, graph.format, google.format]).toEqual(['scim', 'graph', 'google']);
    expect(google.flat?.mapping.columns.manager).toBe('relations[manager].value');
    expect(graph.flat?.mapping.columns.manager).toBe('manager.id');
    for (const a of [scim, graph, google]) {
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const managers = managerNames(a.data!);
      expect([...managers.values()].filter((m) => m === undefined)).toHaveLength(1);
    }
    expect(scim.flat?.mapping.columns.location).not.toBe('meta.location');
  });

  it('LDIF from Active Directory: manager DNs, base64 and folded lines, non-people left out', () => {
    const { read, mapping } = detect('ad-export.ldif');
    expect(read.format).toBe('ldif');
    expect(read.problems.map((p) => p.code)).toEqual(['ldif-entries-skipped']);
    expect(mapping).toMatchObject({ managerMatch: 'column', managerKey: 'dn' });
    expect(mapping.columns.id).toBe('employeeID');
    const a = analyseImport({ bytes: bytesOf('ad-export.ldif'), fileName: 'ad.ldif' });
    expect(a.data?.people).toHaveLength(22);
    expect(a.data!.positions.filter((p) => p.reportsTo === undefined)).toHaveLength(1);
  });

  it('a file with no manager column is refused loudly until confirmed', () => {
    const bytes = bytesOf('payroll-pipe-no-manager.txt');
    const a = analyseImport({ bytes, fileName: 'payroll.txt' });
    expect(a.data).toBeUndefined();
    expect(a.problems.map((p) => p.code)).toContain('no-manager-column');
    const ok = analyseImport({
      bytes,
      fileName: 'payroll.txt',
      mapping: { ...a.flat!.mapping, noReportingLines: true },
    });
    expect(ok.data?.people).toHaveLength(20);
  });
});

describe('organograms: ~5,000 posts in 150 organisations', () => {
  const senior = bytesOf('organogram-senior.csv');
  const a = analyseImport({ bytes: senior, fileName: 'organogram.csv' });

  it('proposes XX tops, self-reports, ids scoped by organisation, vacancies and team mailboxes', () => {
    const m = a.flat!.mapping;
    expect(m.columns).toMatchObject({
      id: 'Post Unique Reference',
      manager: 'Reports to Senior Post',
      email: 'Contact E-mail',
      phone: 'Contact Phone',
      organisation: 'Organisation',
      grade: 'Grade (or equivalent)',
    });
    expect(m).toMatchObject({ topMarkers: ['XX'], selfIsTop: true, scopeIds: true });
    expect(m.vacancyMarkers).toEqual(expect.arrayContaining(['N/D', 'Vacant', 'Eliminated']));
    expect(a.flat!.findings.duplicateIds).toBeGreaterThan(4000);
    expect(a.flat!.findings.duplicateIdsScoped).toBe(2);
    expect(a.flat!.findings.organisations).toBe(150);
  });

  it('sets aside the duplicates, dangling managers and the loop, and applies the rest', () => {
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.flat!.setAside.map((s) => s.code).sort()).toEqual([
      'cycle',
      'cycle',
      'duplicate-id',
      'duplicate-id',
      'unknown-manager',
      'unknown-manager',
      'unknown-manager',
    ]);
    const loop = a.flat!.setAside.filter((s) => s.code === 'cycle');
    expect(loop[0]!.reason.en).toMatch(/^Rows \d+, \d+ report to each other/);
    // Every row is placed or listed: nothing dropped unlisted.
    expect(a.data!.positions.length + a.flat!.setAside.length).toBe(a.flat!.rowCount);
    // One tree per organisation (plus the post reporting to itself).
    const tops = a.data!.positions.filter((p) => p.reportsTo === undefined);
    expect(tops).toHaveLength(151);
    expect(
      new Set(a.data!.units.filter((u) => u.parentId === undefined).map((u) => u.id)).size,
    ).toBe(150);
    const vacant = a.data!.positions.filter((p) => (p.holders ?? []).length === 0);
    const vacancies = a.flat!.findings.vacancies.reduce((n, v) => n + v.rows, 0);
    expect(vacant.length).toBeGreaterThan(vacancies - 7);
    expect(vacant.length).toBeLessThanOrEqual(vacancies);
    expect(a.data!.people.some((p) => p.name === 'N/D' || p.name === 'Vacant')).toBe(false);
  });

  it('keeps team mailboxes as the unit or seat channel, not the person', () => {
    const people = a.data!.people;
    expect(people.some((p) => p.email?.startsWith('private.office@'))).toBe(false);
    expect(a.data!.units.some((u) => u.contact?.email?.startsWith('strategy@'))).toBe(true);
  });
});
