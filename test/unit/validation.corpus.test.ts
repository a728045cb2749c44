/**
 * The bad-file corpus (test/fixtures/bad): each file gives its expected problem, with a path and
 * a message in both languages, through the same entry point as the app and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { parseOrgText } from '../../src/domain/parseOrgFile';
import { MAX_ORG_FILE_BYTES } from '../../src/domain/limits';
import { hasErrors, type Problem } from '../../src/domain/problems';
import { expectBilingual, findProblem, readFixture } from './validationHelpers';

const parseFixture = (name: string) => parseOrgText(readFixture(`bad/${name}`));

interface Expected {
  code: string;
  path: string;
  /** Words the English message must contain. */
  says?: string;
  line?: number;
}

const ERRORS: Record<string, Expected[]> = {
  'empty.json': [{ code: 'empty-file', path: '$', says: 'empty', line: 1 }],
  'not-json.txt': [{ code: 'json-syntax', path: '$', says: 'line 1, column 1', line: 1 }],
  'truncated.json': [{ code: 'json-syntax', path: '$', says: 'Unexpected end of file' }],
  'wrong-types.json': [
    { code: 'wrong-type', path: 'positions[1].title', says: 'it is a number' },
    { code: 'wrong-type', path: 'people[0].languages', says: 'should be a list' },
    { code: 'missing-field', path: 'people[1].name', says: 'Required field "name" is missing' },
    { code: 'wrong-type', path: 'topics[0].onboarding', says: 'true or false' },
    { code: 'invalid-value', path: 'units[0].type', says: 'company, division, department, team' },
  ],
  'unknown-manager.json': [
    {
      code: 'unknown-reference',
      path: 'positions[4].reportsTo',
      says: 'Position "pay-lead" reports to "hr-9", which does not exist.',
    },
  ],
  'unknown-refs.json': [
    { code: 'unknown-reference', path: 'units[2].parentId', says: '"human-resources"' },
    { code: 'unknown-reference', path: 'positions[3].unitId', says: '"legal"' },
    { code: 'unknown-reference', path: 'positions[4].dottedLineTo[1]', says: '"coo"' },
    { code: 'unknown-reference', path: 'positions[5].holders[0]', says: '"p-zoe"' },
    { code: 'unknown-reference', path: 'positions[7].backupId', says: '"it-deputy"' },
    {
      code: 'unknown-reference',
      path: 'positions[10].responsibilities[1].topicId',
      says: '"travel"',
    },
    { code: 'unknown-reference', path: 'topics[1].unitId', says: '"people-ops"' },
  ],
  'duplicate-ids.json': [
    {
      code: 'duplicate-id',
      path: 'positions[12].id',
      says: '"cio" (positions[7] and positions[12])',
    },
    { code: 'duplicate-id', path: 'people[3].id', says: '"p-ana"' },
  ],
  'cycle.json': [
    {
      code: 'cycle',
      path: 'positions[0].reportsTo',
      says: '"ceo" → "helpdesk-agent" → "helpdesk-lead" → "cio" → "ceo"',
    },
  ],
};

const WARNINGS: Record<string, Expected[]> = {
  'several-roots.json': [{ code: 'several-roots', path: 'positions', says: '"ceo", "cio", "cfo"' }],
  'html-in-text.json': [
    { code: 'html-in-text', path: 'positions[0].purpose.en', says: '<b>Leads</b>' },
    { code: 'html-in-text', path: 'positions[0].purpose.fr', says: '<b>Dirige</b>' },
    { code: 'html-in-text', path: 'topics[0].description', says: '<script>' },
  ],
  'javascript-url.json': [
    { code: 'unsafe-url', path: 'people[0].chat', says: 'javascript:' },
    { code: 'unsafe-url', path: 'topics[1].links[0].url', says: 'javascript:' },
    { code: 'unsafe-url', path: 'units[1].contact.url', says: 'data:' },
    { code: 'unsafe-url', path: 'units[3].contact.chat', says: 'vbscript:' },
  ],
};

function check(problems: Problem[], expected: Expected[]): void {
  for (const e of expected) {
    const p = findProblem(problems, e.code, e.path);
    if (e.says) expect(p.message.en).toContain(e.says);
    if (e.line !== undefined) expect(p.line).toBe(e.line);
  }
  expectBilingual(problems);
}

describe('bad org files: errors (refused, no data)', () => {
  for (const [file, expected] of Object.entries(ERRORS)) {
    it(file, () => {
      const { data, problems } = parseFixture(file);
      expect(data).toBeUndefined();
      expect(hasErrors(problems)).toBe(true);
      check(problems, expected);
      // Nothing else: each fixture has exactly the problems it is about, plus consequences.
      expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(
        expected.length,
      );
    });
  }

  it('truncated.json gives a line and column near the end of the file', () => {
    const text = readFixture('bad/truncated.json');
    const [p] = parseOrgText(text).problems;
    expect(p?.line).toBe(text.trimEnd().split('\n').length);
    expect(p?.column).toBeGreaterThan(1);
  });

  it('a file over the size limit is refused with its size and the limit', () => {
    const big = `{"formatVersion":1,"organisation":{"name":"${'x'.repeat(MAX_ORG_FILE_BYTES)}"}}`;
    const { data, problems } = parseOrgText(big);
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    const p = findProblem(problems, 'file-too-large', '$');
    expect(p.message.en).toContain('50 MB');
    expect(p.message.fr).toContain('50 Mo');
    expectBilingual(problems);
  });

  it('a smaller limit can be given', () => {
    const text = readFixture('valid/small-org.json');
    expect(parseOrgText(text, { maxBytes: 1000 }).problems[0]?.code).toBe('file-too-large');
  });

  it('100k nested arrays give an error, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { problems } = parseOrgText(deep);
    expect(problems[0]).toMatchObject({ code: 'json-too-deep', line: 1 });
    expectBilingual(problems);
  });
});

describe('bad org files: warnings (accepted, shown as text)', () => {
  for (const [file, expected] of Object.entries(WARNINGS)) {
    it(file, () => {
      const { data, problems } = parseFixture(file);
      expect(data).toBeDefined();
      expect(hasErrors(problems)).toBe(false);
      check(problems, expected);
    });
  }

  it('proto-keys.json: __proto__, constructor and prototype keys do nothing', () => {
    const { data, problems } = parseFixture('proto-keys.json');
    expect(problems).toEqual([]);
    expect(data).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    const ceo = data!.positions[0]!;
    expect(Object.getPrototypeOf(ceo)).toBe(Object.prototype);
    expect(ceo.reportsTo).toBeUndefined();
    expect(Object.keys(ceo)).not.toContain('__proto__');
    expect(Object.keys(ceo)).not.toContain('prototype');
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a":}', 1, 6],
    ['{\n  "formatVersion": 1,\n  "a": tru\n}', 3, 11],
    ['[1,2,]', 1, 6],
    ['{"a":1}x', 1, 8],
    ['{"a" 1}', 1, 6],
    ['{\r\n "a": "\u0001"}', 2, 8],
  ])('%j → line %i, column %i', (text, line, column) => {
    const [p] = parseOrgText(text).problems;
    expect(p).toMatchObject({ code: 'json-syntax', line, column });
  });

  it.each(['{"formatVersion": 1', '{"a": "abc', '[', '{"a": [1, 2'])('%j is truncated', (text) => {
    const [p] = parseOrgText(text).problems;
    expect(p?.message.en).toContain('Unexpected end of file');
    expect(p?.message.fr).toContain('Fin de fichier inattendue');
  });

  it('accepts a UTF-8 byte order mark', () => {
    const text = `\uFEFF${readFixture('valid/small-org.json')}`;
    expect(parseOrgText(text).data).toBeDefined();
  });
});

describe('line and column of validation problems', () => {
  it('points at the key of the faulty field', () => {
    const text = readFixture('bad/unknown-manager.json');
    const [p] = parseOrgText(text).problems;
    const line = text.split('\n')[(p?.line ?? 0) - 1] ?? '';
    expect(line.slice((p?.column ?? 1) - 1)).toBe('"reportsTo": "hr-9",');
  });

  it('points at list items and, for a missing field, at its record', () => {
    const text = readFixture('bad/wrong-types.json');
    const lines = text.split('\n');
    const at = (path: string) => {
      const p = parseOrgText(text).problems.find((x) => x.path === path);
      return lines[(p?.line ?? 0) - 1]?.slice((p?.column ?? 1) - 1);
    };
    expect(at('people[0].languages')).toBe('"languages": "fr"');
    expect(at('people[1].name')).toBe('{');
    const refs = readFixture('bad/unknown-refs.json');
    const p = parseOrgText(refs).problems.find((x) => x.path === 'positions[4].dottedLineTo[1]');
    expect(refs.split('\n')[(p?.line ?? 0) - 1]?.trim()).toBe('"coo"');
  });

  it('handles one-line files, escaped keys and deep skipping', () => {
    const text =
      '{"formatVersion":1,"organisation":{"name":"x","languages":[["a",{"b":"]"}]]},' +
      '"positions":[{"id":"a","title":"A\\"}"},{"id":"b","title":"B","reportsTo":"zz","x\\"y":1}]}';
    const problems = parseOrgText(text).problems;
    const col = (path: string) => problems.find((x) => x.path === path)?.column ?? 0;
    expect(text.slice(col('positions[1].reportsTo') - 1)).toMatch(/^"reportsTo":"zz"/);
    expect(text.slice(col('positions[1]["x\\"y"]') - 1)).toMatch(/^"x\\"y":1/);
    expect(text.slice(col('organisation.languages[0]') - 1)).toMatch(/^\["a"/);
  });
});
