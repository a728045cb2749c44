/**
 * Issue "Trusted with hostile and messy input", item 5: text that escapes its box. Control
 * characters XML forbids are removed with a warning (they broke the SVG and PNG exports); bidi
 * controls are kept and warned about (the views isolate every data text); an endless word is
 * refused by the schema's length caps with a message that says the limit.
 */
import { describe, expect, it } from 'vitest';
import { withoutForbiddenChars } from '../../src/domain/validation/content';
import { validateOrg } from '../../src/domain/validate';
import { expectBilingual, findProblem, smallOrg } from './validationHelpers';

describe('control and bidi characters in data text', () => {
  it('removes C0 controls, U+FFFE/U+FFFF and lone surrogates, with a warning per field', () => {
    const org = smallOrg();
    org.people![0]!.name = 'Ana\u0000 Bell\u0007o\uFFFE';
    org.positions![0]!.title = 'Head\uD800 of\u001F HR\uFFFF';
    const { data, problems } = validateOrg(org);
    expect(data?.people[0]?.name).toBe('Ana Bello');
    expect(data?.positions[0]?.title).toBe('Head of HR');
    const warning = findProblem(problems, 'control-character', 'people[0].name');
    expect(warning.severity).toBe('warning');
    findProblem(problems, 'control-character', 'positions[0].title');
    expectBilingual(problems);
  });

  it('keeps tabs, line feeds, carriage returns and emoji (surrogate pairs)', () => {
    const org = smallOrg();
    org.people![0]!.name = 'Ana 👩🏽‍💼 Bello';
    org.topics![0]!.description = 'Line one\r\nLine\ttwo';
    const { data, problems } = validateOrg(org);
    expect(data?.people[0]?.name).toBe('Ana 👩🏽‍💼 Bello');
    expect(data?.topics[0]?.description).toBe('Line one\r\nLine\ttwo');
    expect(problems.filter((p) => p.code === 'control-character')).toEqual([]);
  });

  it('warns on a right-to-left override and keeps the text as written', () => {
    const org = smallOrg();
    org.people![0]!.name = 'Eve \u202Etxet desrever';
    const { data, problems } = validateOrg(org);
    expect(data?.people[0]?.name).toBe('Eve \u202Etxet desrever');
    expect(findProblem(problems, 'bidi-control', 'people[0].name').severity).toBe('warning');
  });

  it('cleans text in nested records and lists (channels, keywords)', () => {
    const org = smallOrg();
    org.topics![0]!.keywords = ['pay\u0008slip', 'salary'];
    const { data, problems } = validateOrg(org);
    expect(data?.topics[0]?.keywords).toEqual(['payslip', 'salary']);
    findProblem(problems, 'control-character', 'topics[0].keywords[0]');
  });

  it('the export helper drops what XML forbids and nothing else', () => {
    expect(withoutForbiddenChars('a\u0000b\u000Bc\uFFFFd\te\nf é 😀')).toBe('abcd\te\nf é 😀');
  });
});

describe('huge values', () => {
  it('a name over its cap is refused with the limit named', () => {
    const org = smallOrg();
    org.people![0]!.name = 'x'.repeat(20_001);
    const { data, problems } = validateOrg(org);
    expect(data).toBeUndefined();
    const p = findProblem(problems, 'too-long', 'people[0].name');
    expect(p.message.en).toContain('(20001 characters): the limit is 500 characters');
    expect(p.message.fr).toContain('la limite est de 500 caractères');
  });

  it('every text has a cap: a title of 20,001 characters is refused', () => {
    const org = smallOrg();
    org.positions![0]!.title = 'y'.repeat(20_001);
    const { problems } = validateOrg(org);
    expect(findProblem(problems, 'too-long', 'positions[0].title').severity).toBe('error');
  });
});
