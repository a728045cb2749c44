/**
 * Property tests: validation never throws, whatever it is given, and its verdict agrees with the
 * schema. Over 10,000 mutations of a valid org (deleted fields, changed types, swapped and
 * duplicated ids, cycles, hostile strings) plus arbitrary values and texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgFileSchema } from '../../src/domain/schema';
import { parseOrgText } from '../../src/domain/parseOrgFile';
import { hasErrors } from '../../src/domain/problems';
import { validateOrg, type ValidationResult } from '../../src/domain/validate';
import { withoutForbiddenChars } from '../../src/domain/validation/content';
import { locateJsonError } from '../../src/domain/validation/jsonSyntax';
import { readFixture } from './validationHelpers';

const SMALL_TEXT = readFixture('valid/small-org.json');
const SMALL = JSON.parse(SMALL_TEXT) as Record<string, unknown>;

/**
 * A cut-down copy of the small org (5 positions) for the 10,000 mutations: every kind of
 * reference is still there, and each run costs a fraction of a millisecond.
 */
function tinyOrg(): Record<string, unknown> {
  type Rec = Record<string, unknown> & { id: string };
  const org = structuredClone(SMALL) as Record<string, Rec[]>;
  const keep = (list: Rec[], ids: string[]) => list.filter((r) => ids.includes(r.id));
  const units = keep(org.units!, ['acme', 'hr', 'it']);
  const topics = keep(org.topics!, ['leave', 'laptop']);
  const positions = keep(org.positions!, ['ceo', 'hr-head', 'hr-partner', 'cio', 'helpdesk-lead']);
  for (const p of positions) {
    p.responsibilities = ((p.responsibilities ?? []) as Array<{ topicId: string }>).filter((r) =>
      ['leave', 'laptop'].includes(r.topicId),
    );
    if (p.id === 'helpdesk-lead') p.backupId = 'cio';
    if (p.id === 'hr-head') p.dottedLineTo = ['cio'];
  }
  const people = keep(org.people!, ['p-ana', 'p-chloe', 'p-dan', 'p-gina', 'p-hugo']);
  return { ...org, units, topics, positions, people };
}
const TINY = tinyOrg();

/**
 * Plain checks rather than `expect` in the hot loop: tens of thousands of calls. An
 * `internal-error` is what a crash inside validation becomes (validateOrg catches it so the app
 * never breaks), so it fails the property: none of these inputs is a throwing Proxy.
 */
function expectWellFormed(result: ValidationResult): void {
  const crash = result.problems.find((p) => p.code === 'internal-error');
  if (crash) throw new Error(`validation crashed: ${crash.message.en}`);
  if ((result.data !== undefined) === hasErrors(result.problems)) {
    throw new Error(
      `data present with errors, or missing without: ${JSON.stringify(result.problems)}`,
    );
  }
  for (const p of result.problems) {
    if (!p.path || !p.message.en || !p.message.fr || !p.code) {
      throw new Error(`malformed problem ${JSON.stringify(p)}`);
    }
  }
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every (container, key) in the value, found iteratively. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        stack.push(item);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        stack.push(item);
      }
    }
  }
  return out;
}

const HOSTILE = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(25_000),
  '\u202Eevil',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\uFFFE\uFFFF',
  '\ud800',
  'a@b.example?bcc=x@evil.example',
  'ceo',
  'p-ana',
  'payslip',
  'hr',
  'EN',
];

const mutation = fc.record({
  op: fc.constantFrom(
    'delete',
    'set',
    'hostile',
    'swapIds',
    'cycle',
    'selfReport',
    'dangling',
    'duplicate',
    'wrap',
  ),
  a: fc.nat(),
  b: fc.nat(),
  // Simple values keep generation cheap; arbitrary JSON is covered by the tests above.
  value: fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
    fc.constant([]),
    fc.constant({}),
    fc.constant(['ceo', 5]),
    fc.constant({ en: 'x', fr: 3 }),
  ),
  hostile: fc.constantFrom(...HOSTILE),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(org: Record<string, unknown>, m: Mutation): void {
  const all = slots(org);
  const slot = all[m.a % all.length];
  const lists = ['units', 'positions', 'people', 'topics'] as const;
  const list = org[lists[m.b % lists.length]!];
  const records = Array.isArray(list) ? (list as unknown[]) : [];
  const asRecord = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  const r1 = asRecord(records[m.a % Math.max(1, records.length)]);
  const r2 = asRecord(records[m.b % Math.max(1, records.length)]);
  if (!slot) return;
  const set = (v: unknown) => {
    (slot.parent as Record<string | number, unknown>)[slot.key] = v;
  };
  switch (m.op) {
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
      break;
    case 'set':
      // A copy: fc.constant hands out the same array/object every time, so setting a slot
      // inside it later would change it for every later run, or make it contain itself
      // (`slots()` would then never end: the worker ran out of memory on CI).
      set(structuredClone(m.value));
      break;
    case 'hostile':
      set(m.hostile);
      break;
    case 'wrap':
      set([(slot.parent as Record<string | number, unknown>)[slot.key]]);
      break;
    case 'swapIds':
      if (r1 && r2) [r1.id, r2.id] = [r2.id, r1.id];
      break;
    case 'cycle':
      // Make a position report to one of its (possibly indirect) reports, or to itself.
      if (r1 && r2 && lists[m.b % lists.length] === 'positions') r1.reportsTo = r2.id;
      else if (r1) r1.parentId = r1.id;
      break;
    case 'selfReport':
      // Rare by chance (a cycle of one needs the same record picked twice): made on purpose.
      if (r1) {
        r1.reportsTo = r1.id;
        r1.parentId = r1.id;
        r1.backupId = r1.id;
      }
      break;
    case 'dangling':
      if (r1) {
        const field = ['reportsTo', 'unitId', 'parentId', 'backupId', 'holders', 'dottedLineTo'][
          m.b % 6
        ]!;
        r1[field] = field === 'holders' || field === 'dottedLineTo' ? ['nowhere'] : 'nowhere';
      }
      break;
    case 'duplicate':
      if (r1) records.push({ ...r1 });
      break;
  }
}

describe('validation never throws', () => {
  it('on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }),
        (v) => {
          expectWellFormed(validateOrg(v));
        },
      ),
      { numRuns: 1_000 },
    );
  }, 120_000);

  it('on arbitrary JSON values, also as the lists of an org', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('units', 'positions', 'people', 'topics', 'organisation'),
        (v, key) => {
          expectWellFormed(validateOrg(v));
          expectWellFormed(validateOrg({ ...SMALL, [key]: v }));
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);

  it('on 10,000 mutations of a valid org, and agrees with the schema', () => {
    expect(validateOrg(TINY).problems.filter((p) => p.severity === 'error')).toEqual([]);
    let rejected = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const org = structuredClone(TINY);
        for (const m of mutations) apply(org, m);
        const result = validateOrg(org);
        expectWellFormed(result);
        for (const p of result.problems) seen.add(p.code);
        if (result.data === undefined) {
          rejected++;
          return;
        }
        // Data is kept only for schema-valid files, and then it is exactly the schema's output
        // (compared as JSON: a deep toEqual on every run would dominate the test's time).
        const zod = orgFileSchema.safeParse(org);
        if (!zod.success) throw new Error('validateOrg kept data that the schema rejects');
        // …with the characters XML forbids removed from every data string (a warning says so;
        // `$schema` is not data and is left as written).
        const cleaned = JSON.stringify(zod.data, (key, value: unknown) =>
          typeof value === 'string' && key !== '$schema' ? withoutForbiddenChars(value) : value,
        );
        if (JSON.stringify(result.data) !== cleaned) {
          throw new Error('validateOrg data differs from orgFileSchema.parse');
        }
      }),
      { numRuns: 10_000 },
    );
    expect(rejected).toBeGreaterThan(1_000); // the mutations do break things
    // The generators reach the rare shapes, not only broken types.
    for (const code of [
      'cycle',
      'unknown-reference',
      'duplicate-id',
      'backup-self',
      'dotted-line-self',
      'too-long',
      'empty',
      'wrong-type',
      'control-character',
      'bidi-control',
    ]) {
      expect(seen, code).toContain(code);
    }
  }, 240_000); // ~5 s of CPU; generous for a 2-core machine shared by many test runs

  it('locates the problems of 300 mutated files inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (mutations, pretty) => {
          const org = structuredClone(SMALL);
          for (const m of mutations) apply(org, m);
          const text = JSON.stringify(org, null, pretty ? 2 : undefined);
          const result = parseOrgText(text);
          expectWellFormed(result);
          const lines = text.split('\n');
          for (const p of result.problems) {
            if (p.line === undefined) continue;
            const line = lines[p.line - 1];
            if (line === undefined || p.column === undefined || p.column > line.length) {
              throw new Error(`bad location ${p.path} ${p.line}:${p.column}`);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('on arbitrary and damaged texts, and locates every syntax error', () => {
    const damaged = fc
      .tuple(fc.nat(SMALL_TEXT.length), fc.nat(SMALL_TEXT.length), fc.string({ maxLength: 3 }))
      .map(
        ([a, b, insert]) =>
          SMALL_TEXT.slice(0, Math.min(a, b)) + insert + SMALL_TEXT.slice(Math.max(a, b)),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), damaged, fc.json()), (text) => {
        const result = parseOrgText(text);
        expectWellFormed(result);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
