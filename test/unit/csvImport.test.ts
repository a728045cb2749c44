import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMapping, mappingGaps, readMappingJson } from '../../src/import/columnMapping';
import {
  flatJsonRecords,
  flatToOrg,
  jsonTable,
  locateFlatProblem,
  parseCsvTable,
  toId,
} from '../../src/import/csvImport';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { orgFileSchema } from '../../src/domain/schema';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/import', name), 'utf8');

function importCsv(name: string) {
  const { table, problems } = parseCsvTable(fixture(name));
  const mapping = detectMapping(table.headings, table.rows);
  const result = flatToOrg(table, mapping, { orgName: name });
  return { table, mapping, parseProblems: problems, ...result };
}

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

describe('CSV import of flat people lists', () => {
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
    const { table } = parseCsvTable(fixture('custom-headings.csv'));
    expect(mappingGaps(detectMapping(table.headings, table.rows))).toContain('name');
    const mapping = readMappingJson(JSON.parse(fixture('custom-mapping.json')));
    expect(mapping).toBeDefined();
    const r = flatToOrg(table, mapping!, { orgName: 'x' });
    expect(managers(r.input)).toEqual({ a1: null, a2: 'a1' });
  });

  it('reports unknown managers and duplicate ids at their row and column', () => {
    const r = importCsv('bad-unknown-manager.csv');
    expect(r.problems.map((p) => [p.code, p.path, p.severity])).toEqual([
      ['duplicate-id', 'row 5, column id', 'error'],
      ['unknown-manager', 'row 4, column parentId', 'error'],
    ]);
    expect(r.problems[1]?.message.en).toContain('99');
    expect(r.problems[1]?.message.fr).toContain('99');
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
    const r = importCsv('d3-id-parentId.csv');
    const located = locateFlatProblem(
      {
        path: 'people[3].email',
        severity: 'warning',
        code: 'x',
        message: { en: 'x', fr: 'x' },
      },
      r.table,
      r.mapping,
      r.rowIndexes,
    );
    expect(located.path).toBe('row 5, column email');
  });
});

describe('JSON flat lists', () => {
  it('maps SCIM users with enterprise manager objects', () => {
    const records = flatJsonRecords(JSON.parse(fixture('scim-users.json')));
    expect(records).toHaveLength(3);
    const table = jsonTable(records!);
    const mapping = detectMapping(table.headings, table.rows);
    expect(mapping.columns.manager).toBe(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value',
    );
    expect(mapping.columns.name).toBe('name.formatted');
    expect(mapping.columns.email).toBe('emails[0].value');
    expect(mapping.columns.unit).toBe(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.department',
    );
    const r = flatToOrg(table, mapping, { orgName: 'scim' });
    expect(r.problems).toEqual([]);
    expect(managers(r.input)).toEqual({ u1: null, u2: 'u1', u3: 'u2' });
    const data = orgFileSchema.parse(r.input);
    expect(data.people[0]?.phone).toBe('+33 1 23 45 67 89');
  });

  it('maps a plain array with managerId', () => {
    const table = jsonTable(flatJsonRecords(JSON.parse(fixture('flat-people.json')))!);
    const mapping = detectMapping(table.headings, table.rows);
    const r = flatToOrg(table, mapping, { orgName: 'flat' });
    expect(managers(r.input)).toEqual({ p1: null, p2: 'p1', p3: 'p1' });
  });

  it('does not treat an org file as a flat list', () => {
    expect(flatJsonRecords({ formatVersion: 1, positions: [] })).toBeUndefined();
    expect(flatJsonRecords('text')).toBeUndefined();
  });

  it('makes valid ids from any value', () => {
    expect(toId(' E 001 ')).toBe('E-001');
    expect(toId('_x')).toBe('x_x');
    expect(toId('jane@example.com')).toBe('jane-example.com');
  });
});
