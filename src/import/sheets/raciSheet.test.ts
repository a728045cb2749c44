import { describe, expect, it } from 'vitest';
import { applyEdit, draftOf } from '../../domain/editing/draft';
import { roleOf } from '../../domain/editing/operations';
import type { OrgData } from '../../domain/types';
import { guardCsvCell } from '../csvCell';
import { cellAddress, readCell } from './cells';
import { headingPositionId, raciSheetRows } from './raciSheet';
import { importRaciSheet } from './sheetEdit';
import { EN, FR } from './testHeadings';

const data: OrgData = {
  formatVersion: 2,
  organisation: { name: 'Acme' },
  units: [{ id: 'hr', type: 'department', name: 'HR', contact: { email: 'hr@acme.example' } }],
  positions: [
    { id: 'boss', title: 'Boss', responsibilities: [{ topicId: 'pay', role: 'A' }] },
    {
      id: 'clerk',
      title: { en: 'Clerk', fr: 'Commis' },
      reportsTo: 'boss',
      responsibilities: [
        { topicId: 'pay', role: 'R' },
        { topicId: 'leave', role: 'A' },
      ],
    },
  ],
  people: [],
  topics: [
    { id: 'pay', unitId: 'hr', name: { en: 'Pay', fr: 'Paie' } },
    // Its Responsible is HR's shared contact (format 2).
    { id: 'leave', unitId: 'hr', name: '=cmd|calc', responsibleChannel: { unitId: 'hr' } },
    { id: 'badge', name: 'Badge' },
  ],
} as unknown as OrgData;

const draft = draftOf(data);
const run = (rows: string[][], name = 'RACI') =>
  importRaciSheet(draft, { name, rows }, [EN, FR], 'en');
const exported = () => raciSheetRows(data, EN, 'en');
const letterOf = (result: ReturnType<typeof run>, positionId: string, topicId: string) => {
  const after = applyEdit(draft, result.edit!).draft;
  const i = after.at.positions.get(positionId)!;
  return roleOf(after.data.positions[i], topicId);
};

describe('RACI sheet round trip', () => {
  it('exports topics × lettered positions, and an unchanged export changes nothing', () => {
    const rows = exported();
    expect(rows[0]).toEqual([
      'Topic id',
      'Topic',
      'Shared channel',
      'Boss (boss)',
      'Clerk (clerk)',
    ]);
    expect(rows[1]).toEqual(['pay', 'Pay', '', 'A', 'R']);
    expect(rows[2]).toEqual(['leave', '=cmd|calc', 'R', '', 'A']);
    expect(rows[3]).toEqual(['badge', 'Badge', '', '', '']);
    // As written to CSV (guarded) and read back.
    const back = run(rows.map((r) => r.map((c) => guardCsvCell(c))));
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.changedCells).toBe(0);
    expect(back.edit).toBeUndefined();
  });

  it('turns exactly the changed cells into one undoable edit', () => {
    const rows = exported();
    rows[1]![4] = 'c';
    rows[2]![3] = 'R';
    const result = run(rows);
    expect(result.changedCells).toBe(2);
    expect(result.edit?.changes.map((c) => c.id).sort()).toEqual(['boss', 'clerk']);
    expect(letterOf(result, 'clerk', 'pay')).toBe('C');
    expect(letterOf(result, 'boss', 'leave')).toBe('R');
    // Undo is the inverse edit: back to the letters of the draft.
    expect(result.edit?.label).toEqual({ key: 'importSheet', values: { sheet: 'RACI', count: 2 } });
  });

  it('round-trips the shared channel column: R gives the topic its unit’s shared contact, empty takes it away', () => {
    const rows = exported();
    rows[1]![2] = 'r';
    rows[2]![2] = '';
    const result = run(rows);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.changedCells).toBe(2);
    const after = applyEdit(draft, result.edit!).draft.data.topics;
    expect(after.find((t) => t.id === 'pay')?.responsibleChannel).toEqual({ unitId: 'hr' });
    expect(after.find((t) => t.id === 'leave')).not.toHaveProperty('responsibleChannel');
    // Its only R was the channel: the rule check says so, on the topic's row.
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'no-responsible', cell: 'A3' }),
    );
    // A sheet exported before the column existed still reads (and leaves channels alone).
    const old = exported().map((r) => [...r.slice(0, 2), ...r.slice(3)]);
    old[1]![2] = 'C';
    const legacy = run(old);
    expect(legacy.changedCells).toBe(1);
    expect(legacy.edit?.changes.map((c) => c.kind)).toEqual(['positions']);
  });

  it('reports a shared channel cell that is not R or empty, or that no shared contact can answer', () => {
    const rows = exported();
    rows[1]![2] = 'A';
    rows[3]![2] = 'R';
    const result = run(rows);
    expect(result.edit).toBeUndefined();
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'bad-channel',
          sheet: 'RACI',
          cell: 'C2',
          row: 2,
          column: 'C',
          heading: 'Shared channel',
          value: 'A',
        }),
        expect.objectContaining({ code: 'no-channel', cell: 'C4', heading: 'Shared channel' }),
      ]),
    );
  });

  it('reads French headings and a bare position id as a heading', () => {
    const result = run([
      ['Identifiant du sujet', 'clerk'],
      ['pay', 'I'],
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(letterOf(result, 'clerk', 'pay')).toBe('I');
    expect(headingPositionId('Head of (legal) (gc)')).toBe('gc');
  });

  it('reports bad cells, unknown topics and positions by sheet, cell and heading; nothing applies', () => {
    const rows = exported();
    rows[0]!.push('Ghost (ghost)');
    rows[1]![3] = 'X';
    rows.push(['nope', 'Nope', '', '', '']);
    const result = run(rows);
    expect(result.edit).toBeUndefined();
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown-position', cell: 'F1', heading: 'Ghost (ghost)' }),
        expect.objectContaining({
          code: 'bad-letter',
          sheet: 'RACI',
          cell: 'D2',
          row: 2,
          column: 'D',
          heading: 'Boss (boss)',
          value: 'X',
        }),
        expect.objectContaining({ code: 'unknown-topic', cell: 'A5', value: 'nope' }),
      ]),
    );
  });

  it('refuses hostile cells: formulas, javascript:, control and bidi characters, huge cells', () => {
    const cases: [string, string][] = [
      ['=HYPERLINK("javascript:alert(1)","R")', 'formula'],
      ['@SUM(A1)', 'formula'],
      ['+cmd|" /C calc"!A0', 'formula'],
      ['R\u202E', 'bidi-controls'],
      ['R\u0007', 'control-characters'],
      ['R'.repeat(30_000), 'too-long'],
    ];
    for (const [cell, code] of cases) {
      const rows = exported();
      rows[1]![3] = cell;
      const result = run(rows);
      expect(result.edit, cell.slice(0, 20)).toBeUndefined();
      expect(result.problems).toContainEqual(expect.objectContaining({ code, cell: 'D2' }));
    }
    // javascript: as a letter is just not a letter.
    const rows = exported();
    rows[1]![3] = 'javascript:alert(1)';
    expect(run(rows).problems).toContainEqual(expect.objectContaining({ code: 'bad-letter' }));
    // A guarded text is literal, not a formula.
    expect(readCell("'=1+1")).toEqual({ text: '=1+1' });
    expect(cellAddress(6, 27)).toBe('AB7');
  });

  it('refuses duplicate topic rows and duplicate columns, and a filled column without heading', () => {
    const rows = exported();
    rows.push(['pay', 'Pay again', '', 'A', 'R']);
    rows[0]!.push('Clerk again (clerk)');
    rows[1]![6] = 'R';
    const result = run(rows);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'duplicate-topic', cell: 'A5', firstRow: 2 }),
        expect.objectContaining({ code: 'duplicate-column', cell: 'F1' }),
        expect.objectContaining({ code: 'no-heading', cell: 'G2' }),
      ]),
    );
    expect(result.edit).toBeUndefined();
  });

  it('warns of RACI rule breaches the file leaves, by row, and still applies it', () => {
    const rows = exported();
    rows[1]![3] = 'A';
    rows[1]![4] = 'A'; // pay: two Accountable, no Responsible
    const result = run(rows);
    expect(result.edit).toBeDefined();
    const kinds = result.problems.filter((p) => p.cell === 'A2').map((p) => p.code);
    expect(kinds.sort()).toEqual(['no-responsible', 'several-accountable']);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('ignores empty rows and extra empty columns', () => {
    const rows = exported();
    rows.splice(2, 0, ['', '', '', '', '']);
    rows[0]!.push('', '');
    expect(run(rows).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
