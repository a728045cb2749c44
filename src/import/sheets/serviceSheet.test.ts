import { describe, expect, it } from 'vitest';
import { applyEdit, draftOf, recordOf } from '../../domain/editing/draft';
import type { OrgData, Topic } from '../../domain/types';
import { guardCsvCell } from '../csvCell';
import { serviceSheetRows } from './serviceSheet';
import { importSheets } from './sheetEdit';
import { SERVICE_HEADINGS, type ServiceHeading } from './sheetHeadings';
import { EN, FR } from './testHeadings';

const data: OrgData = {
  formatVersion: 2,
  organisation: { name: 'Acme' },
  units: [{ id: 'it', name: 'IT' }],
  positions: [],
  people: [],
  topics: [
    {
      id: 'laptop',
      name: { en: 'Laptop', fr: 'Ordinateur portable' },
      unitId: 'it',
      keywords: ['computer', 'pc'],
      service: {
        responseTime: { en: '1 day', fr: '1 jour' },
        steps: [{ en: 'Fill the form', fr: 'Remplir le formulaire' }, 'Wait'],
        request: { url: 'https://it.example/laptop', email: 'it@example.com' },
      },
    },
    { id: 'pay', name: 'Pay' },
  ],
} as unknown as OrgData;
const draft = draftOf(data);
const col = (h: ServiceHeading) => SERVICE_HEADINGS.indexOf(h);
const run = (rows: string[][], name = 'Services') =>
  importSheets(draft, [{ name, rows }], [EN, FR], 'en');
const topicAfter = (result: ReturnType<typeof run>, id: string) =>
  recordOf(applyEdit(draft, result.edit!).draft, 'topics', id) as Topic;
const errors = (result: ReturnType<typeof run>) =>
  result.problems.filter((p) => p.severity === 'error');

describe('service catalogue sheet round trip', () => {
  it('exports every topic with EN/FR columns, lists one item per line; unchanged changes nothing', () => {
    const rows = serviceSheetRows(data, EN);
    expect(rows[0]?.[col('nameFr')]).toBe('Name (French)');
    const laptop = rows[1]!;
    expect(laptop[col('topicId')]).toBe('laptop');
    expect(laptop[col('nameFr')]).toBe('Ordinateur portable');
    expect(laptop[col('keywordsEn')]).toBe('computer\npc');
    expect(laptop[col('stepsEn')]).toBe('Fill the form\nWait');
    expect(laptop[col('stepsFr')]).toBe('Remplir le formulaire\n');
    expect(laptop[col('requestUrl')]).toBe('https://it.example/laptop');
    expect(rows[2]?.[col('nameEn')]).toBe('Pay');
    const back = run(rows.map((r) => r.map((c) => guardCsvCell(c))));
    expect(back.problems).toEqual([]);
    expect(back.changedCells).toBe(0);
    expect(back.edit).toBeUndefined();
  });

  it('turns the changed cells into one edit, keeping the other languages and fields', () => {
    const rows = serviceSheetRows(data, FR);
    rows[1]![col('responseTimeFr')] = '2 jours';
    rows[1]![col('stepsFr')] = 'Remplir le formulaire\nAttendre';
    rows[2]![col('nameFr')] = 'Paie';
    rows[2]![col('costEn')] = 'Free';
    const result = run(rows);
    expect(errors(result)).toEqual([]);
    expect(result.changedCells).toBe(4);
    expect(result.edit?.changes.map((c) => c.id)).toEqual(['laptop', 'pay']);
    const laptop = topicAfter(result, 'laptop');
    expect(laptop.service?.responseTime).toEqual({ en: '1 day', fr: '2 jours' });
    expect(laptop.service?.steps).toEqual([
      { en: 'Fill the form', fr: 'Remplir le formulaire' },
      { en: 'Wait', fr: 'Attendre' },
    ]);
    expect(laptop.service?.request?.email).toBe('it@example.com');
    const pay = topicAfter(result, 'pay');
    expect(pay.name).toEqual({ en: 'Pay', fr: 'Paie' });
    expect(pay.service).toEqual({ cost: { en: 'Free' } });
  });

  it('one bad cell refuses the whole file: its valid changes are not applied either', () => {
    const rows = serviceSheetRows(data, EN);
    rows[2]![col('costEn')] = 'Free'; // a valid change
    rows[1]![col('requestUrl')] = 'javascript:alert(1)'; // and a bad cell
    const result = run(rows);
    expect(errors(result).map((p) => p.code)).toEqual(['unsafe-link']);
    expect(result.edit).toBeUndefined();
  });

  it('emptying every cell of a service removes it; keywords become per language', () => {
    const rows = serviceSheetRows(data, EN);
    for (const h of [
      'responseTimeEn',
      'responseTimeFr',
      'stepsEn',
      'stepsFr',
      'requestUrl',
      'requestEmail',
    ] as const)
      rows[1]![col(h)] = '';
    rows[1]![col('keywordsFr')] = 'ordinateur\n\nportable';
    const laptop = topicAfter(run(rows), 'laptop');
    expect(laptop.service).toBeUndefined();
    expect(laptop.keywords).toEqual({ en: ['computer', 'pc'], fr: ['ordinateur', 'portable'] });
  });

  it('refuses hostile cells: formulas, javascript: and mailto:?bcc= links, bad e-mails, bidi, control and huge cells', () => {
    const cases: [ServiceHeading, string, string][] = [
      ['nameEn', '=HYPERLINK("https://evil.example","Pay")', 'formula'],
      ['costEn', '@SUM(1+1)*cmd|" /C calc"!A0', 'formula'],
      ['requestUrl', 'javascript:alert(document.cookie)', 'unsafe-link'],
      ['requestUrl', ' JaVa\tScript:alert(1)', 'unsafe-link'],
      ['requestUrl', 'mailto:hr@example.com?bcc=spy@evil.example', 'unsafe-link'],
      ['requestChat', 'data:text/html,<script>alert(1)</script>', 'unsafe-link'],
      ['requestEmail', 'hr@example.com?bcc=spy@evil.example', 'bad-email'],
      ['requestEmail', 'mailto:hr@example.com', 'bad-email'],
      ['nameEn', 'Pay\u202Eyap', 'bidi-controls'],
      ['descriptionFr', 'Paie\u0000', 'control-characters'],
      ['descriptionEn', 'x'.repeat(20_001), 'too-long'],
      ['requestPhone', '1'.repeat(101), 'too-long'],
      ['keywordsEn', 'k'.repeat(501), 'too-long'],
      ['unitId', 'nowhere', 'unknown-unit'],
    ];
    for (const [heading, cell, code] of cases) {
      const rows = serviceSheetRows(data, EN);
      rows[2]![col(heading)] = cell;
      const result = run(rows);
      expect(result.edit, `${heading} ${cell.slice(0, 30)}`).toBeUndefined();
      expect(errors(result)).toEqual([
        expect.objectContaining({
          code,
          sheet: 'Services',
          cell: `${String.fromCharCode(65 + col(heading))}3`,
          row: 3,
          heading: EN[heading],
        }),
      ]);
    }
    // A guarded literal (as our CSV writes it) is text, and a plain https link is kept.
    const rows = serviceSheetRows(data, EN);
    rows[2]![col('nameEn')] = "'=not a formula";
    rows[2]![col('requestChat')] = 'https://chat.example/pay';
    const pay = topicAfter(run(rows), 'pay');
    expect(pay.name).toEqual({ en: '=not a formula' });
    expect(pay.service?.request?.chat).toBe('https://chat.example/pay');
  });

  it('refuses duplicate rows, duplicate columns, unknown topics and a nameless topic', () => {
    const rows = serviceSheetRows(data, EN);
    rows.push([...rows[2]!]);
    rows.push(['ghost', '', 'Ghost']);
    rows[1]![col('nameEn')] = '';
    rows[1]![col('nameFr')] = '';
    rows[0]!.push(EN.costEn);
    const result = run(rows);
    expect(result.edit).toBeUndefined();
    expect(errors(result)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'duplicate-topic', row: 4, firstRow: 3 }),
        expect.objectContaining({ code: 'unknown-topic', cell: 'A5', value: 'ghost' }),
        expect.objectContaining({ code: 'no-name', row: 2 }),
        expect.objectContaining({ code: 'duplicate-column', row: 1 }),
      ]),
    );
  });

  it('ignores extra columns with a warning, and reads a sheet with only some columns', () => {
    const result = run([
      ['Identifiant du sujet', 'Notes', 'Coût (français)'],
      ['pay', 'ask Ana', 'Gratuit'],
    ]);
    expect(errors(result)).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unknown-column', cell: 'B1' }),
    ]);
    expect(topicAfter(result, 'pay').service).toEqual({ cost: { fr: 'Gratuit' } });
  });

  it('a workbook with a RACI sheet and a catalogue sheet is one edit; an unknown sheet is skipped', () => {
    const withRaci: OrgData = {
      ...data,
      positions: [{ id: 'boss', title: 'Boss', responsibilities: [{ topicId: 'pay', role: 'A' }] }],
    };
    const d = draftOf(withRaci);
    const services = serviceSheetRows(withRaci, EN);
    services[2]![col('costEn')] = 'Free';
    const result = importSheets(
      d,
      [
        {
          name: 'RACI',
          rows: [
            [EN.topicId, 'Boss (boss)'],
            ['pay', 'R'],
          ],
        },
        { name: 'Services', rows: services },
        { name: 'Notes', rows: [['whatever']] },
      ],
      [EN, FR],
      'en',
    );
    expect(errors(result)).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-sheet', sheet: 'Notes' }),
    );
    expect(result.edit?.changes.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'positions:boss',
      'topics:pay',
    ]);
    expect(result.changedCells).toBe(2);
    // Nothing recognisable at all is an error.
    const none = importSheets(d, [{ name: 'Notes', rows: [['x']] }], [EN, FR], 'en');
    expect(none.problems).toContainEqual(expect.objectContaining({ code: 'no-known-sheet' }));
  });
});
