import { FORMAT_VERSION } from '../../src/domain/schema';
import { describe, expect, it } from 'vitest';
import { orgFileSchema } from '../../src/domain/schema';
import { validateOrg } from '../../src/domain/validate';
import { hasErrors } from '../../src/domain/problems';
import { MAX_PROBLEMS_LISTED } from '../../src/domain/limits';
import { expectBilingual, findProblem, smallOrg } from './validationHelpers';

const pos = (org: ReturnType<typeof smallOrg>, id: string) => {
  const p = org.positions?.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('validateOrg on a valid file', () => {
  it('returns the data exactly as orgFileSchema.parse would, with no problems', () => {
    const raw = smallOrg();
    const result = validateOrg(raw);
    expect(result.problems).toEqual([]);
    // The fixture is a format 1 file: it is read through the migration chain.
    expect(result.data).toEqual(orgFileSchema.parse({ ...raw, formatVersion: FORMAT_VERSION }));
  });

  it('applies defaults for missing lists', () => {
    const result = validateOrg({ formatVersion: FORMAT_VERSION, organisation: { name: 'X' } });
    expect(result.data).toEqual({
      formatVersion: FORMAT_VERSION,
      organisation: { name: 'X' },
      units: [],
      positions: [],
      people: [],
      topics: [],
    });
  });

  it('keeps the data when there are only warnings', () => {
    const raw = smallOrg();
    delete pos(raw, 'cio').reportsTo;
    const result = validateOrg(raw);
    expect(result.problems.map((p) => p.code)).toEqual(['several-roots']);
    expect(result.data).toBeDefined();
  });
});

describe('validateOrg errors', () => {
  it('rejects things that are not an org object', () => {
    for (const input of [null, undefined, 0, 'text', [], true]) {
      const result = validateOrg(input);
      expect(result.data).toBeUndefined();
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ path: '$', code: 'not-an-org-file' });
      expectBilingual(result.problems);
    }
  });

  it('explains a wrong or missing formatVersion', () => {
    const wrong = smallOrg();
    (wrong as Record<string, unknown>).formatVersion = '2';
    const p = findProblem(validateOrg(wrong).problems, 'format-version', 'formatVersion');
    expect(p.message.en).toContain('version "2"');
    expect(p.message.fr).toContain('version "2"');
    const newer = smallOrg();
    (newer as Record<string, unknown>).formatVersion = FORMAT_VERSION + 1;
    const tooNew = validateOrg(newer);
    expect(tooNew.data).toBeUndefined();
    const t = findProblem(tooNew.problems, 'format-too-new', 'formatVersion');
    expect(t.message.en).toContain(`format version ${FORMAT_VERSION + 1}`);
    expect(t.message.en).toContain(`1 to ${FORMAT_VERSION}`);
    expect(t.message.fr).toContain(`format version ${FORMAT_VERSION + 1}`);
    const missing = smallOrg();
    delete (missing as Record<string, unknown>).formatVersion;
    expect(
      findProblem(validateOrg(missing).problems, 'format-version', 'formatVersion').message.en,
    ).toContain('no "formatVersion"');
  });

  it('reports every problem at once, not just the first', () => {
    const raw = smallOrg();
    (raw.positions![0] as Record<string, unknown>).title = 5;
    (raw.positions![1] as Record<string, unknown>).id = 'bad id';
    pos(raw, 'pay-lead').reportsTo = 'hr-9';
    raw.people![0]!.name = '';
    const { problems, data } = validateOrg(raw);
    expect(data).toBeUndefined();
    findProblem(problems, 'wrong-type', 'positions[0].title');
    findProblem(problems, 'invalid-format', 'positions[1].id');
    findProblem(problems, 'empty', 'people[0].name');
    const unknown = findProblem(problems, 'unknown-reference', 'positions[4].reportsTo');
    expect(unknown.message.en).toBe('Position "pay-lead" reports to "hr-9", which does not exist.');
    expect(unknown.message.fr).toBe(
      'Le poste «\u00a0pay-lead\u00a0» est rattaché à «\u00a0hr-9\u00a0», qui n’existe pas.',
    );
    expectBilingual(problems);
  });

  it('still checks the references of a record that fails the schema', () => {
    const raw = smallOrg();
    const p = pos(raw, 'pay-lead') as Record<string, unknown>;
    p.title = 5;
    p.reportsTo = 'nobody';
    const { problems } = validateOrg(raw);
    findProblem(problems, 'wrong-type', 'positions[4].title');
    findProblem(problems, 'unknown-reference', 'positions[4].reportsTo');
  });

  it('hints when a reference names a record of another kind', () => {
    const raw = smallOrg();
    pos(raw, 'cio').reportsTo = 'p-ana';
    const p = findProblem(validateOrg(raw).problems, 'unknown-reference', 'positions[7].reportsTo');
    expect(p.message.en).toContain('is the id of a person, not of a position');
  });

  it('hints at the right id when only the case differs', () => {
    const raw = smallOrg();
    pos(raw, 'cio').reportsTo = 'CEO';
    const p = findProblem(validateOrg(raw).problems, 'unknown-reference', 'positions[7].reportsTo');
    expect(p.message.en).toContain('Did you mean "ceo"? Ids are case-sensitive.');
    expect(p.message.fr).toContain('Vouliez-vous dire «\u00a0ceo\u00a0» ?');
  });

  it('checks duplicate ids per kind only', () => {
    const raw = smallOrg();
    raw.people![0]!.id = 'ceo'; // a person may share an id with a position
    raw.positions![0]!.holders = ['ceo'];
    raw.topics!.push({ ...raw.topics![0]!, name: 'Again' });
    const { problems } = validateOrg(raw);
    expect(problems.filter((p) => p.code === 'duplicate-id').map((p) => p.path)).toEqual([
      `topics[${raw.topics!.length - 1}].id`,
    ]);
  });

  it('reports each reporting loop once, naming its members, and self-loops', () => {
    const raw = smallOrg();
    pos(raw, 'ceo').reportsTo = 'helpdesk-agent';
    pos(raw, 'ap-clerk').reportsTo = 'ap-clerk';
    const cycles = validateOrg(raw).problems.filter((p) => p.code === 'cycle');
    expect(cycles.map((p) => p.path)).toEqual([
      'positions[0].reportsTo',
      'positions[11].reportsTo',
    ]);
    expect(cycles[0]!.message.en).toContain(
      '"ceo" → "helpdesk-agent" → "helpdesk-lead" → "cio" → "ceo"',
    );
    expect(cycles[1]!.message.en).toBe('Position "ap-clerk" reports to itself.');
    expectBilingual(cycles);
  });

  it('reports unit parent loops', () => {
    const raw = smallOrg();
    raw.units![0]!.parentId = 'payroll';
    const p = findProblem(validateOrg(raw).problems, 'cycle', 'units[0].parentId');
    expect(p.message.en).toContain('"acme" → "payroll" → "hr" → "acme"');
  });

  it('yields the data of a file with only broken reporting lines when asked (viewing)', () => {
    const raw = smallOrg();
    pos(raw, 'ceo').reportsTo = 'helpdesk-agent';
    pos(raw, 'ap-clerk').reportsTo = 'nobody';
    const strict = validateOrg(raw);
    expect(strict.data).toBeUndefined();
    const lenient = validateOrg(raw, { drawBrokenReportingLines: true });
    expect(lenient.data?.positions.find((p) => p.id === 'ap-clerk')?.reportsTo).toBe('nobody');
    expect(lenient.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(
      expect.arrayContaining(['cycle', 'unknown-reference']),
    );
    // Any other error (here an unknown unit, and a unit loop) still withholds the data.
    pos(raw, 'ap-clerk').unitId = 'nowhere';
    expect(validateOrg(raw, { drawBrokenReportingLines: true }).data).toBeUndefined();
    const unitLoop = smallOrg();
    unitLoop.units![0]!.parentId = 'payroll';
    expect(validateOrg(unitLoop, { drawBrokenReportingLines: true }).data).toBeUndefined();
  });

  it('translates nested and union schema errors with readable paths', () => {
    const raw = smallOrg() as Record<string, unknown>;
    const positions = raw.positions as Array<Record<string, unknown>>;
    positions[2]!.responsibilities = [{ topicId: 'leave', role: 'X' }];
    positions[3]!.title = { EN: 'Partner' };
    positions[4]!.holders = ['p-eve', 7];
    (raw.people as Array<Record<string, unknown>>)[0]!.awayUntil = '2025-13-01';
    (raw.units as Array<Record<string, unknown>>)[0]!.color = 'blue';
    const { problems } = validateOrg(raw);
    expect(
      findProblem(problems, 'invalid-value', 'positions[2].responsibilities[0].role').message.en,
    ).toContain('R, A, C, I');
    expect(findProblem(problems, 'invalid-key', 'positions[3].title.EN').message.en).toContain(
      'language code',
    );
    findProblem(problems, 'wrong-type', 'positions[4].holders[1]');
    expect(findProblem(problems, 'invalid-format', 'people[0].awayUntil').message.en).toContain(
      'YYYY-MM-DD',
    );
    expect(findProblem(problems, 'invalid-format', 'units[0].color').message.en).toContain(
      '#rrggbb',
    );
    expectBilingual(problems);
  });
});

describe('validateOrg warnings', () => {
  it('flags positions without unit, people without position and self backups', () => {
    const raw = smallOrg();
    delete pos(raw, 'ap-clerk').unitId;
    pos(raw, 'ap-clerk').holders = [];
    pos(raw, 'cfo').backupId = 'cfo';
    pos(raw, 'pay-lead').dottedLineTo = ['cfo', 'pay-lead'];
    const { problems, data } = validateOrg(raw);
    expect(data).toBeDefined();
    findProblem(problems, 'position-without-unit', 'positions[11]');
    findProblem(problems, 'person-without-position', 'people[11]');
    findProblem(problems, 'backup-self', 'positions[10].backupId');
    findProblem(problems, 'dotted-line-self', 'positions[4].dottedLineTo');
    expectBilingual(problems);
  });

  it('applies the RACI rule to every topic', () => {
    const raw = smallOrg();
    pos(raw, 'cio').responsibilities = [
      { topicId: 'laptop', role: 'A' },
      { topicId: 'accounts', role: 'R' },
    ];
    pos(raw, 'helpdesk-lead').responsibilities = [{ topicId: 'laptop', role: 'A' }];
    pos(raw, 'helpdesk-agent').responsibilities = [];
    raw.topics!.push({ id: 'parking', name: 'Parking' });
    const { problems } = validateOrg(raw);
    const raci = problems.filter((p) => p.code.startsWith('raci-'));
    expect(raci.map((p) => `${p.code} ${p.path}`)).toEqual([
      'raci-several-accountable topics[2]', // laptop: A twice, R none
      'raci-no-responsible topics[2]',
      'raci-no-accountable topics[3]', // accounts: R only
      'raci-no-accountable topics[6]', // parking: nothing at all
      'raci-no-responsible topics[6]',
    ]);
    expect(raci[0]!.message.en).toContain('"cio", "helpdesk-lead"');
    expectBilingual(raci);
  });

  it('flags unsafe link schemes but accepts plain chat handles and safe links', () => {
    const raw = smallOrg();
    raw.people![0]!.chat = ' java\tscript:alert(1)';
    raw.people![1]!.chat = '@bob';
    raw.people![2]!.chat = 'https://chat.example/chloe';
    raw.people![3]!.chat = 'mailto:dan@acme.example';
    raw.units![1]!.contact!.url = 'intranet/hr';
    const { problems } = validateOrg(raw);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'not-a-link units[1].contact.url',
      'unsafe-url people[0].chat',
    ]);
    expectBilingual(problems);
  });

  it('flags e-mail fields and mailto: links that carry headers or several addresses', () => {
    const raw = smallOrg();
    raw.people![0]!.email = 'a@b.example?bcc=x@evil.example';
    raw.people![1]!.email = 'a@b.example,x@evil.example';
    raw.people![2]!.email = 'chloe@acme.example';
    raw.people![3]!.chat = 'mailto:dan@acme.example&subject=hi';
    raw.people![4]!.chat = 'mailto:x@acme.example?body=pay';
    raw.units![1]!.contact!.email = 'hr@acme.example x@evil.example';
    raw.organisation.maintainer = { email: 'ops@acme.example;x@evil.example' };
    const { problems, data } = validateOrg(raw);
    expect(data).toBeDefined(); // warnings: the data is still usable
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'invalid-email organisation.maintainer.email',
      'invalid-email units[1].contact.email',
      'invalid-email people[0].email',
      'invalid-email people[1].email',
      'mailto-headers people[3].chat',
      'mailto-headers people[4].chat',
    ]);
    expectBilingual(problems);
  });

  it('flags HTML in any text, including localized maps and lists', () => {
    const raw = smallOrg();
    raw.topics![0]!.keywords = { en: ['<img src=x onerror=alert(1)>'], fr: ['paie'] };
    raw.people![0]!.name = 'Ana <i>Martin</i>';
    raw.people![1]!.name = 'Bob < Alice > Carol'; // not a tag
    const { problems } = validateOrg(raw);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'html-in-text people[0].name',
      'html-in-text topics[0].keywords.en[0]',
    ]);
  });

  it('warns about unknown fields with a suggestion', () => {
    const raw = smallOrg() as Record<string, unknown>;
    (raw.positions as Array<Record<string, unknown>>)[1]!.reportTo = 'ceo';
    (raw.units as Array<Record<string, unknown>>)[1]!.contact = { emial: 'x@y.z' };
    raw.extra = true;
    const { problems, data } = validateOrg(raw);
    expect(data).toBeDefined();
    expect(findProblem(problems, 'unknown-field', 'positions[1].reportTo').message.en).toContain(
      'Did you mean "reportsTo"?',
    );
    expect(findProblem(problems, 'unknown-field', 'units[1].contact.emial').message.fr).toContain(
      '«\u00a0email\u00a0»',
    );
    findProblem(problems, 'unknown-field', 'extra');
  });
});

describe('validateOrg robustness', () => {
  it('handles a 100k-level reporting chain and a 100k-long loop without recursion', () => {
    const n = 100_000;
    const positions = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      title: 'T',
      unitId: 'u',
      ...(i > 0 ? { reportsTo: `p${i - 1}` } : {}),
    }));
    const org = {
      formatVersion: 1,
      organisation: { name: 'Deep' },
      units: [{ id: 'u', name: 'U' }],
      positions,
    };
    const chain = validateOrg(org);
    expect(chain.problems).toEqual([]);
    positions[0]!.reportsTo = `p${n - 1}`;
    const loop = validateOrg(org);
    const cycles = loop.problems.filter((p) => p.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message.en).toContain('(99990 more in the loop)');
  }, 120_000);

  it('caps the listed problems and says how many more there are', () => {
    const positions = Array.from({ length: MAX_PROBLEMS_LISTED + 500 }, (_, i) => ({
      id: `p${i}`,
    }));
    const { problems } = validateOrg({ formatVersion: 1, organisation: { name: 'X' }, positions });
    expect(hasErrors(problems)).toBe(true);
    const last = problems.at(-1)!;
    expect(last.code).toBe('too-many-problems');
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(MAX_PROBLEMS_LISTED + 1);
    expectBilingual([last]);
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const result = validateOrg(hostile);
    expect(result.data).toBeUndefined();
    expect(result.problems[0]?.code).toBe('internal-error');
    const cyclic: Record<string, unknown> = { formatVersion: 1, organisation: { name: 'X' } };
    cyclic.positions = [cyclic];
    expect(() => validateOrg(cyclic)).not.toThrow();
  });
});
