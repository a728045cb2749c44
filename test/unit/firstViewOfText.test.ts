/**
 * A first visit's picture drawn from the org file before its check (`firstViewOfText.ts`): the
 * same picture as from the checked data for files we did not write, nothing harmful drawn from
 * a file the check will refuse, and no picture (never a throw or a hang) when it cannot be drawn.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewOfText } from '../../src/app/firstViewOfText';
import { parseOrgText } from '../../src/domain/parseOrgFile';
import { MAX_ORG_FILE_BYTES } from '../../src/domain/limits';
import { DEFAULT_UNIT_TYPE, ORG_FILE_LISTS } from '../../src/domain/fileDefaults';
import { buildFirstView, type FirstViewRequest } from '../../src/layout/firstView';
import type { OrgData } from '../../src/domain/types';

const request: FirstViewRequest = {
  lang: 'fr',
  dark: false,
  today: '2026-12-03',
  window: { width: 1400, height: 900 },
};
const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');

afterEach(() => vi.restoreAllMocks());

/** A small file with `extra` merged into its one unit, position and person. */
function org(extra: { unit?: object; position?: object; person?: object; top?: object } = {}) {
  return JSON.stringify({
    formatVersion: 2,
    organisation: { name: 'Test Co' },
    units: [{ id: 'u', name: 'Finance', ...extra.unit }],
    positions: [
      {
        id: 'cfo',
        title: 'Chief Financial Officer',
        unitId: 'u',
        holders: ['p'],
        ...extra.position,
      },
      { id: 'ap', title: 'Accounts Payable', unitId: 'u', reportsTo: 'cfo' },
    ],
    people: [{ id: 'p', name: 'Ana Lima', ...extra.person }],
    ...extra.top,
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('first view before the check', () => {
  it.each([
    'data/eval/government-org.json',
    'data/eval/university-org.json',
    'data/sample-org.json',
  ])('%s: the same picture as from the checked data', (path) => {
    const text = read(path);
    const checked = parseOrgText(text);
    expect(checked.data).toBeDefined();
    const early = firstViewOfText(text, request);
    expect(early.view?.cards).toBeGreaterThan(1);
    expect(early.view).toEqual(buildFirstView(checked.data!, request));
  });

  it('gives a file that leaves things out the defaults the check gives it', () => {
    const text = JSON.stringify({
      formatVersion: 2,
      organisation: { name: 'Test Co' },
      units: [{ id: 'u', name: 'Finance' }],
    });
    const checked = parseOrgText(text).data!;
    // One home for both: the schema's defaults are `fileDefaults.ts`'s.
    expect(checked.units[0]!.type).toBe(DEFAULT_UNIT_TYPE);
    for (const list of ORG_FILE_LISTS.filter((l) => l !== 'units'))
      expect(checked[list]).toEqual([]);
    const withPeople = org();
    expect(firstViewOfText(withPeople, request).view).toEqual(
      buildFirstView(parseOrgText(withPeople).data!, request),
    );
  });

  it('hands the check the value it parsed, which the check then accepts as from the text', () => {
    const text = read('data/eval/university-org.json');
    const early = firstViewOfText(text, request);
    expect(early.parsed).toBeDefined();
    const reused = parseOrgText(text, { parsed: early.parsed! });
    expect(reused).toEqual(parseOrgText(text));
  });

  it('reads the data without changing it: drawn from a frozen copy, the same picture', () => {
    const text = read('data/eval/government-org.json');
    const frozen = deepFreeze(JSON.parse(text) as OrgData);
    expect(buildFirstView(frozen, request)).toEqual(firstViewOfText(text, request).view);
  });

  it('draws markup in names as text, and a colour that is not #rrggbb as none', () => {
    const text = org({
      unit: { name: '<img src=x onerror=alert(1)>', color: 'red" onload="alert(1)' },
      position: { title: '</text><script>alert(1)</script>' },
      person: { name: 'Ana\u0007 Lima' },
    });
    expect(parseOrgText(text).data).toBeUndefined(); // the colour: refused by the check
    const svg = firstViewOfText(text, request).view?.svg ?? '';
    expect(svg).toContain('Ana Lima');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('&lt;img src=x onerror=al');
    expect(svg).not.toMatch(/<script|<img|onload/);
    expect(svg).not.toContain(String.fromCharCode(7)); // a control character XML forbids
    const other = firstViewOfText(
      org({ unit: { color: 'url(https://evil.example/p.svg#a)' } }),
      request,
    );
    expect(other.view?.svg).not.toContain('evil.example');
  });

  it('drops prototype keys as the check does', () => {
    const text = org({ person: { ['__proto__']: { polluted: true } } }).replace(
      '"name":"Ana Lima"',
      '"name":"Ana Lima","__proto__":{"polluted":true}',
    );
    const { parsed, view } = firstViewOfText(text, request);
    const people = (parsed?.value as { people: object[] }).people;
    expect(Object.getPrototypeOf(people[0])).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(view?.cards).toBe(2);
  });

  it('draws reporting lines in a cycle, or to nobody, apart, and stops', () => {
    const text = org({ position: { reportsTo: 'ap' }, top: {} }).replace(
      '"reportsTo":"cfo"',
      '"reportsTo":"cfo"',
    );
    const cycle = firstViewOfText(text, request);
    expect(cycle.view?.cards).toBe(2);
    const dangling = firstViewOfText(org({ position: { reportsTo: 'nobody' } }), request);
    expect(dangling.view?.cards).toBe(2);
  });

  it('draws nothing from a file of wrong types, and says so only in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const top of [
      { people: [null] },
      { positions: [null, 5, 'x'] },
      { units: [{ id: 'u', name: { en: 5 } }] },
    ]) {
      const early = firstViewOfText(org({ top }), request);
      expect(early.view).toBeUndefined();
      expect(early.parsed).toBeDefined(); // the check reads it and says what is wrong
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(firstViewOfText(org({ top: { positions: 42 } }), request).view?.cards).toBe(0);
  });

  it('draws nothing from text that is no JSON, of an older format, or over the size limit', () => {
    expect(firstViewOfText('{"formatVersion": 2, "units": [', request)).toEqual({});
    const older = firstViewOfText(org().replace('"formatVersion":2', '"formatVersion":1'), request);
    expect(older.view).toBeUndefined();
    expect(firstViewOfText(org({ top: { formatVersion: '2' } }), request).view).toBeUndefined();
    expect(firstViewOfText('[]', request).view).toBeUndefined();
    const huge = org({ top: { note: 'x'.repeat(MAX_ORG_FILE_BYTES) } });
    expect(firstViewOfText(huge, request)).toEqual({});
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(firstViewOfText(`\ufeff${org()}`, request).view?.cards).toBe(2);
  });
});
