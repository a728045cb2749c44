import { describe, expect, it } from 'vitest';
import type { FlatTable } from './formats/table';
import type { ColumnMapping } from './mapping';
import { findings, isHeadcountRow, proposeQuirks } from './quirks';

const columns = {
  id: 'Id',
  name: 'Name',
  manager: 'Manager',
  fte: 'FTE',
  email: 'Email',
} satisfies ColumnMapping['columns'];

const table: FlatTable = {
  headings: ['Id', 'Name', 'Manager', 'FTE', 'Email'],
  firstRowNumber: 2,
  rows: [
    { Id: '1', Name: 'Ada', Manager: 'XX', FTE: '1', Email: 'ada@example.org' },
    { Id: '2', Name: 'Vacant', Manager: '1', FTE: '1', Email: '' },
    // Junior staff: no id, no name or a vacancy word, an FTE.
    { Id: '', Name: '', Manager: '1', FTE: '3.5', Email: '' },
    { Id: '', Name: 'Vacant', Manager: '1', FTE: '2', Email: '' },
    { Id: '', Name: 'Vacant', Manager: '2', FTE: '1', Email: '' },
    { Id: '3', Name: 'Bo', Manager: '3', FTE: '1', Email: 'team@example.org' },
    { Id: '4', Name: 'Cy', Manager: '1', FTE: '', Email: 'team@example.org' },
  ],
};

describe('findings', () => {
  it('counts headcount rows by the markers of the mapping it is given', () => {
    const bare: ColumnMapping = { columns, managerMatch: 'id' };
    const withMarkers: ColumnMapping = { ...bare, vacancyMarkers: ['Vacant'] };
    // Asked without markers first (detection), then with them (the mapping step): the second
    // answer must not be the first one's.
    expect(findings(table, bare).headcountRows).toBe(1);
    expect(findings(table, withMarkers).headcountRows).toBe(3);
    expect(findings(table, bare).headcountRows).toBe(1);
    // The same rows as `isHeadcountRow`, the rule the builder applies.
    const byRule = (m: ColumnMapping) => table.rows.filter((r) => isHeadcountRow(r, m)).length;
    expect(byRule(bare)).toBe(1);
    expect(byRule(withMarkers)).toBe(3);
  });

  it('lists vacancy names, markers, self reports and shared mailboxes', () => {
    const f = findings(table, { columns, managerMatch: 'id' });
    expect(f.vacancies).toEqual([{ value: 'Vacant', rows: 3 }]);
    expect(f.topMarkers).toEqual([{ value: 'XX', rows: 1 }]);
    expect(f.selfReports).toBe(1);
    expect(f.teamEmails).toEqual([{ value: 'team@example.org', rows: 2 }]);
    expect(proposeQuirks(table, { columns, managerMatch: 'id' })).toEqual({
      topMarkers: ['XX'],
      selfIsTop: true,
      vacancyMarkers: ['Vacant'],
      teamEmails: ['team@example.org'],
    });
  });

  it('counts again for other columns', () => {
    const { fte: _fte, ...noFteColumns } = columns;
    const noFte: ColumnMapping = { columns: noFteColumns, managerMatch: 'id' };
    expect(findings(table, noFte).headcountRows).toBe(0);
    // Without an FTE column the unnamed row is a vacancy too.
    expect(findings(table, noFte).vacancies).toEqual([
      { value: 'Vacant', rows: 3 },
      { value: '', rows: 1 },
    ]);
  });
});
