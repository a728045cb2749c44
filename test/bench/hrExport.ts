/**
 * A large HR export for the import bench, shaped like a Workday "Workers" report: one row per
 * worker with the manager's employee id, department, company, e-mail, phone, location and FTE,
 * plus quirks real exports carry (a blank manager on the top row, one seat in about a thousand
 * written as a person named "Vacant"). Deterministic: the same size gives the same rows.
 *
 * `nextMonth` is the same export a month later (1 % of the workers retitled, 10 hired), which is
 * what HR imports over data already stored: the diff then has real work to do.
 */
import { utils, write } from '@e965/xlsx';

export const HR_HEADINGS = [
  'Employee ID',
  'Legal Name',
  'Business Title',
  'Supervisory Organization',
  'Manager ID',
  'Work Email',
  'Business Phone',
  'Company',
  'Location',
  'FTE',
] as const;

const FIRST = ['Amelia', 'Oliver', 'Priya', 'Kwame', 'Sofia', 'Liam', 'Chen', 'Fatima', 'Noah'];
const LAST = ['Smith', 'Okafor', 'Patel', 'Nguyen', 'García', 'Brown', "O'Neill", 'Tanaka'];
const DEPTS = ['Finance', 'People', 'Engineering', 'Sales', 'Support', 'Legal', 'Marketing'];
const TITLES = ['Analyst', 'Specialist', 'Engineer', 'Coordinator', 'Advisor', 'Associate'];
const CITIES = ['London', 'Paris', 'Lyon', 'Manchester', 'Montréal'];

type Row = string[];

/** `size` workers: a CEO, then each worker under one of the earlier ones (about 8 reports each). */
export function hrRows(size: number): Row[] {
  const rows: Row[] = [];
  for (let n = 0; n < size; n++) {
    const id = `W${String(100000 + n)}`;
    const vacant = n > 0 && n % 997 === 0;
    const first = FIRST[n % FIRST.length]!;
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
    const name = vacant ? 'Vacant' : `${first} ${last} ${n}`;
    const manager = n === 0 ? '' : `W${String(100000 + Math.floor((n - 1) / 8))}`;
    const dept = n === 0 ? 'Executive' : DEPTS[Math.floor((n - 1) / 8) % DEPTS.length]!;
    const title = n === 0 ? 'Chief Executive Officer' : `${dept} ${TITLES[n % TITLES.length]!}`;
    const email = vacant ? '' : `${first}.${n}@example.com`.toLowerCase();
    rows.push([
      id,
      name,
      title,
      dept,
      manager,
      email,
      vacant ? '' : `+44 20 7946 ${String(n % 10000).padStart(4, '0')}`,
      'Wayfinder Ltd',
      CITIES[n % CITIES.length]!,
      n % 13 === 0 ? '0.8' : '1',
    ]);
  }
  return rows;
}

/** The export a month later: 1 % retitled, 10 new workers under the CEO's reports. */
export function nextMonth(rows: readonly Row[]): Row[] {
  const out = rows.map((r, i) =>
    i % 100 === 50 ? [...r.slice(0, 2), `${r[2]} (acting)`, ...r.slice(3)] : r,
  );
  for (let i = 0; i < 10; i++) {
    out.push([
      `W9${String(i).padStart(5, '0')}`,
      `New Hire ${i}`,
      'Engineer',
      'Engineering',
      'W100001',
      `new.hire.${i}@example.com`,
      '',
      'Wayfinder Ltd',
      'London',
      '1',
    ]);
  }
  return out;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** As Workday writes CSV: UTF-8 with a BOM, commas, CRLF. */
export function toCsv(rows: readonly Row[]): string {
  const lines = [HR_HEADINGS.join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same rows as an .xlsx workbook (one sheet "Workers"). */
export function toXlsx(rows: readonly Row[]): Uint8Array {
  const sheet = utils.aoa_to_sheet([[...HR_HEADINGS], ...rows]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Workers');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
