import { readFileSync } from 'node:fs';
import { read, utils, write, type CellObject, type WorkBook } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readXlsxCells } from './xlsxCells';
import { readSpreadsheet } from './spreadsheet';

/** What SheetJS gives for every sheet: the reference the fast reader must match exactly. */
function sheetJs(bytes: Uint8Array) {
  const wb = read(bytes, { type: 'array', dense: true, cellHTML: false, cellStyles: false });
  return {
    sheetNames: wb.SheetNames,
    sheets: wb.SheetNames.map((name) => {
      const ws = wb.Sheets[name]!;
      const ref = ws['!ref'];
      if (!ref) return undefined;
      const rows = utils.sheet_to_json<unknown[]>(ws, {
        header: 1,
        raw: false,
        defval: '',
        blankrows: true,
      });
      return {
        lastRow: utils.decode_range(ref).e.r,
        rows: rows.map((r) =>
          r.map((c) => (c === null || c === undefined ? '' : String(c as string))),
        ),
      };
    }),
  };
}

function fast(bytes: Uint8Array) {
  const f = readXlsxCells(bytes);
  return f && { sheetNames: f.sheetNames, sheets: f.sheetNames.map((n) => f.sheets.get(n)) };
}

const book = (sheets: Record<string, unknown[][]>): WorkBook => {
  const wb = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = utils.aoa_to_sheet(rows);
    utils.book_append_sheet(wb, ws, name);
  }
  return wb;
};

const bytesOf = (wb: WorkBook, opts: { bookSST?: boolean; compression?: boolean } = {}) =>
  new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', ...opts }) as ArrayBuffer);

const TEXT = [
  'plain',
  'Smith & Co <Ltd> "quoted" \'single\'',
  'Émilie Müller — 東京 😀',
  'two\nlines',
  'windows\r\nlines',
  '  spaced  ',
  '_x0041_ literal',
  '&amp; written out',
  '00123',
  '',
];
const NUMBERS = [0, 1, -7, 42, 0.1 + 0.2, 1 / 3, 1e21, 1.5e-7, 123456789012, -0.5, 2 ** 40];

describe('readXlsxCells', () => {
  for (const bookSST of [false, true]) {
    it(`reads text, numbers, booleans, errors and gaps as SheetJS does (${bookSST ? 'shared' : 'inline'} strings)`, () => {
      const rows: unknown[][] = [
        ['Employee ID', 'Name', 'Count', 'Active'],
        // SheetJS writes `_x0041_` as is in a formula-type string and reads it back as "A":
        // the fast reader declines those (tested below); shared strings are escaped.
        ...TEXT.filter((t) => bookSST || !t.includes('_x')).map((t, i) => [
          `E${i}`,
          t,
          NUMBERS[i % NUMBERS.length],
          i % 2 === 0,
        ]),
        [],
        ['E99', undefined, undefined, false],
        ...NUMBERS.map((n) => [n, String(n), n, true]),
      ];
      const wb = book({ Workers: rows });
      const ws = wb.Sheets.Workers!;
      ws['E3'] = { t: 'e', v: 0x2a } as CellObject; // #N/A
      ws['!ref'] = 'A1:E40';
      const bytes = bytesOf(wb, { bookSST });
      const mine = fast(bytes);
      expect(mine).toBeDefined();
      expect(mine).toEqual(sheetJs(bytes));
    });
  }

  it('reads a sheet that starts lower right, several sheets and a compressed file as SheetJS does', () => {
    const wb = book({ Empty: [], Title: [['Report']] });
    const data = utils.sheet_add_aoa({}, [['Staff list'], [], ['Id', 'Name'], ['1', 'Ann']], {
      origin: 'C3',
    });
    utils.book_append_sheet(wb, data, 'Data');
    for (const compression of [false, true]) {
      const bytes = bytesOf(wb, { compression, bookSST: compression });
      expect(fast(bytes)).toEqual(sheetJs(bytes));
      // The sheet chosen is the same: the first with two rows, the one asked for, else the first.
      expect(readSpreadsheet(bytes).sheet).toBe('Data');
      expect(readSpreadsheet(bytes, 'Title').sheet).toBe('Title');
    }
  });

  it('declines what it cannot read exactly (formatted numbers, dates): SheetJS reads those', () => {
    const wb = book({
      S: [
        ['Id', 'Start'],
        ['1', new Date(Date.UTC(2024, 0, 31))],
      ],
    });
    expect(readXlsxCells(bytesOf(wb))).toBeUndefined();
    const padded = book({ S: [['Id'], [123]] });
    (padded.Sheets.S!['A2'] as CellObject).z = '00000';
    const bytes = bytesOf(padded);
    expect(readXlsxCells(bytes)).toBeUndefined();
    // …and the import still sees the number as shown.
    expect(readSpreadsheet(bytes).table.rows[0]).toEqual({ Id: '00123' });
  });

  it('reads a formula-type string with escapes as SheetJS does (it decodes those twice)', () => {
    const rows = [
      ['Id', 'Name'],
      ['1', 'a_x0041_b'],
      ['2', 'caf&#233;'],
      ['3', 'x\r\ny'],
    ];
    const bytes = bytesOf(book({ S: rows }));
    expect(sheetJs(bytes).sheets[0]!.rows.slice(1)).toEqual([
      ['1', 'aAb'],
      ['2', 'café'],
      ['3', 'x\ny'],
    ]);
    expect(fast(bytes)).toEqual(sheetJs(bytes));
  });

  it('gives what SheetJS gives for the HR fixture, or declines it', () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/hr/hibob-people.xlsx'));
    const mine = fast(bytes);
    if (mine) expect(mine).toEqual(sheetJs(bytes));
    expect(readXlsxCells(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBeUndefined();
  });
});
