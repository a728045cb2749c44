import { describe, expect, it } from 'vitest';
import { buildTable, readTable } from './importTable';
import { exportOrgJson } from '../../src/domain/exportOrgJson';
import { exportPeopleCsv } from '../../src/import/exportCsv';
import { diffOrg, isEmptyDiff } from '../../src/domain/diff';
import { orgFileSchema } from '../../src/domain/schema';
import { smallOrg } from '../fixtures/import/smallOrg';

describe('export', () => {
  it('writes the org file so that re-importing it changes nothing', () => {
    const data = smallOrg();
    const again = orgFileSchema.parse(JSON.parse(exportOrgJson(data)));
    expect(isEmptyDiff(diffOrg(data, again))).toBe(true);
  });

  it('writes a people CSV that the CSV import maps back by itself', () => {
    const csv = exportPeopleCsv(smallOrg());
    expect(csv.split('\n')[0]).toBe('id,name,title,managerId,email,phone,chat,unit,location');
    const { table, problems } = readTable(csv);
    expect(problems).toEqual([]);
    const result = buildTable(table);
    expect(result.problems).toEqual([]);
    expect(result.setAside).toEqual([]);
    const data = orgFileSchema.parse(result.input);
    expect(data.people.map((p) => [p.id, p.name, p.email])).toEqual(
      smallOrg().people.map((p) => [p.id, p.name, p.email]),
    );
    const title = (id: string) => data.positions.find((p) => p.holders?.[0] === id)?.title;
    expect(title('bob')).toBe('HR Director');
    const boss = (id: string) =>
      data.positions.find((p) => p.holders?.[0] === id)?.reportsTo?.replace('pos-', '');
    // Dan's seat reports to a vacant one: his manager is the next holder up.
    expect([boss('alice'), boss('bob'), boss('carol'), boss('dan')]).toEqual([
      undefined,
      'alice',
      'bob',
      'alice',
    ]);
    // Exporting the imported data again gives the same CSV.
    const twice = buildTable(readTable(exportPeopleCsv(data)).table, result.mapping);
    expect(isEmptyDiff(diffOrg(data, orgFileSchema.parse(twice.input)))).toBe(true);
  });

  it('writes the org file one record per line, well under the import limit at 100k', () => {
    const data = smallOrg();
    const text = exportOrgJson(data);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('{');
    expect(lines).toContain(`    ${JSON.stringify(data.people[0])},`);
    // Within a few bytes per record of compact JSON (indented JSON is about 1.5× bigger).
    const records = data.units.length + data.positions.length + data.people.length;
    expect(text.length).toBeLessThanOrEqual(JSON.stringify(data).length + 8 * records + 200);
  });

  it('guards spreadsheet formulas in the CSV and reads them back unchanged', () => {
    const data = smallOrg();
    data.people[0] = { ...data.people[0]!, name: '=HYPERLINK("http://evil.example","x")' };
    data.people[1] = { ...data.people[1]!, name: '@SUM(A1)', phone: '+33 1 23 45 67 89' };
    data.people[2] = { ...data.people[2]!, name: '-2+3+cmd|x', phone: '-' };
    const csv = exportPeopleCsv(data);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain(',+33 1 23 45 67 89,'); // a phone number stays as it is
    expect(csv).toContain("'-2+3+cmd|x");
    const { table } = readTable(csv);
    expect(table.rows.map((r) => [r.name, r.phone])).toEqual(
      data.people.map((p) => [p.name, p.phone ?? '']),
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    const data = smallOrg();
    data.people[0] = { id: 'alice', name: 'Martin, "Alice"\nJr' };
    const { table } = readTable(exportPeopleCsv(data));
    expect(table.rows[0]?.name).toBe('Martin, "Alice"\nJr');
  });
});
