import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../src/import/detect';
import { readImportText } from '../../src/import/formats/readFile';
import { mappingGaps, readMappingJson } from '../../src/import/mapping';
import { analyseImport } from '../../src/import/pipeline';
import { toId } from '../../src/import/slug';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { orgFileSchema } from '../../src/domain/schema';
import { buildList, buildTable, readTable } from './importTable';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/import', name), 'utf8');

/** A fixture of test/fixtures/import through the import's read, detect and build steps. */
const importCsv = (name: string) => buildList(fixture(name), name);

/** Manager (person id) of each person id, through positions. */
function managers(input: unknown): Record<string, string | null> {
  const data = orgFileSchema.parse(input);
  const index = buildOrgIndex(data);
  const out: Record<string, string | null> = {};
  for (const p of data.positions) {
    const holder = p.holders?.[0] as string;
    const boss = p.reportsTo ? index.positionById.get(p.reportsTo)?.holders?.[0] : undefined;
    out[holder] = boss ?? null;
  }
  return out;
}

describe('people lists (CSV) read, mapped and built', () => {
  it('maps d3-org-chart id/parentId lists', () => {
    const r = importCsv('d3-id-parentId.csv');
    expect(r.mapping.columns).toMatchObject({
      id: 'id',
      manager: 'parentId',
      name: 'name',
      title: 'positionName',
      unit: 'department',
      email: 'email',
      phone: 'phone',
      location: 'office',
    });
    expect(r.mapping.managerMatch).toBe('id');
    expect(r.problems).toEqual([]);
    expect(r.setAside).toEqual([]);
    const data = orgFileSchema.parse(r.input);
    expect(data.people).toHaveLength(6);
    expect(data.units.map((u) => u.name)).toEqual(['Executive', 'Finance', 'Human Resources']);
    expect(data.people.find((p) => p.id === '5')?.name).toBe('Emma "Em" Roux');
    expect(managers(r.input)).toEqual({
      '1': null,
      '2': '1',
      '3': '1',
      '4': '2',
      '5': '3',
      '6': '3',
    });
    // Units nest under the unit of their most senior member's manager.
    expect(data.units.find((u) => u.name === 'Finance')?.parentId).toBe('u-executive');
  });

  it('maps pid lists with semicolons', () => {
    const r = importCsv('pid.csv');
    expect(r.mapping.columns.manager).toBe('pid');
    expect(r.mapping.columns.unit).toBe('team');
    expect(managers(r.input)).toEqual({ ceo: null, cto: 'ceo', dev1: 'cto', dev2: 'cto' });
  });

  it('matches managers by e-mail from a "Manager\'s Email" column, case-insensitively', () => {
    const r = importCsv('reports-to-email.csv');
    expect(r.mapping.columns).toMatchObject({
      id: 'Employee ID',
      name: 'Full Name',
      title: 'Job Title',
      manager: "Manager's Email",
      email: 'Email',
      unit: 'Department',
      location: 'Location',
    });
    expect(r.mapping.managerMatch).toBe('email');
    expect(r.problems).toEqual([]);
    expect(managers(r.input)).toEqual({
      'E-100': null,
      'E-101': 'E-100',
      'E-102': 'E-101',
      'E-103': 'E-101',
    });
  });

  it('reads "Reports To" and first/last names', () => {
    const r = importCsv('reports-to.csv');
    expect(r.mapping.columns).toMatchObject({
      id: 'Employee Number',
      firstName: 'First Name',
      lastName: 'Last Name',
      manager: 'Reports To',
    });
    const data = orgFileSchema.parse(r.input);
    expect(data.people.map((p) => p.name)).toEqual(['Laura Moreau', 'Marc Blanc', 'Nadia Rossi']);
    expect(managers(r.input)).toEqual({ '100': null, '101': '100', '102': '101' });
  });

  it('uses a mapping file for unknown headings', () => {
    const { table } = readTable(fixture('custom-headings.csv'));
    expect(mappingGaps(detectMapping(table))).toContain('name');
    const mapping = readMappingJson(JSON.parse(fixture('custom-mapping.json')));
    expect(mapping).toBeDefined();
    const r = buildTable(table, mapping);
    expect(managers(r.input)).toEqual({ a1: null, a2: 'a1' });
  });

  it('sets aside unknown managers and duplicate ids, at their row, with the value', () => {
    const r = importCsv('bad-unknown-manager.csv');
    expect(r.setAside.map((a) => [a.code, a.rowNumber])).toEqual([
      ['unknown-manager', 4],
      ['duplicate-id', 5],
    ]);
    const unknown = r.setAside.find((a) => a.code === 'unknown-manager');
    expect(unknown?.reason.en).toContain('99');
    expect(unknown?.reason.fr).toContain('99');
  });

  it('ignores __proto__ and constructor headings, keeps hostile text as plain data', () => {
    const r = importCsv('hostile.csv');
    expect(r.table.headings).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const data = orgFileSchema.parse(r.input);
    expect(data.people[0]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(data.people[0]?.chat).toBe('javascript:alert(1)');
  });

  it('locates validation problems back to CSV rows and columns', () => {
    // Row 5 (the 4th person) has an e-mail that is not an address: a validation warning on
    // people[3].email, shown at the row and column it came from.
    const lines = fixture('d3-id-parentId.csv').trimEnd().split('\n');
    const cells = lines[4]!.split(',');
    cells[lines[0]!.split(',').indexOf('email')] = 'not-an-email';
    lines[4] = cells.join(',');
    const a = analyseImport({ text: lines.join('\n'), fileName: 'd3.csv' });
    expect(a.problems.find((p) => p.code === 'invalid-email')?.path).toBe('row 5, column email');
  });
});

describe('JSON people lists', () => {
  it('maps SCIM users with enterprise manager objects', () => {
    const { table, format } = readTable(fixture('scim-users.json'), 'scim-users.json');
    expect(format).toBe('scim');
    expect(table.rows).toHaveLength(3);
    const mapping = detectMapping(table);
    expect(mapping.columns.manager).toBe(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value',
    );
    expect(mapping.columns.name).toBe('name.formatted');
    expect(mapping.columns.email).toBe('emails[0].value');
    expect(mapping.columns.unit).toBe(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.department',
    );
    const r = buildTable(table, mapping);
    expect(r.problems).toEqual([]);
    expect(r.setAside).toEqual([]);
    expect(managers(r.input)).toEqual({ u1: null, u2: 'u1', u3: 'u2' });
    const data = orgFileSchema.parse(r.input);
    expect(data.people[0]?.phone).toBe('+33 1 23 45 67 89');
  });

  it('maps a plain array with managerId', () => {
    const r = buildList(fixture('flat-people.json'), 'flat-people.json');
    expect(managers(r.input)).toEqual({ p1: null, p2: 'p1', p3: 'p1' });
  });

  it('does not treat an org file as a flat list', () => {
    for (const text of ['{"formatVersion": 1, "positions": []}', '"text"']) {
      const read = readImportText(text, 'file.json');
      expect(read.format).toBe('org');
      expect(read.table).toBeUndefined();
    }
  });

  it('makes valid ids from any value, with no organisation scope and room for one', () => {
    expect(toId(' E 001 ')).toBe('E-001');
    expect(toId('_x')).toBe('x_x');
    expect(toId('jane@example.com')).toBe('jane-example.com');
    expect(toId('   ')).toBe('');
    // ':' is the scope's separator (`<organisation>:<id>`): a cell cannot write it.
    expect(toId('other-org:7')).toBe('other-org-7');
    expect(toId('9'.repeat(500))).toHaveLength(160);
    // One rule for every builder: the same cell gives the same seat id in a built file.
    const built = buildList('id,name,manager\nacme:1,Ana,\n2,Ben,acme:1\n');
    expect(built.input.positions.map((p) => [p.id, p.reportsTo])).toEqual([
      ['pos-acme-1', undefined],
      ['pos-2', 'pos-acme-1'],
    ]);
  });
});
