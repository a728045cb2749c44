import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateOrg } from '../../data/generator';
import {
  orgFileSchema,
  personSchema,
  positionSchema,
  topicSchema,
  unitSchema,
} from '../../src/domain/schema';
import { compileFastParse, FAIL } from '../../src/domain/validation/fastParse';

const SCHEMAS = {
  units: unitSchema,
  positions: positionSchema,
  people: personSchema,
  topics: topicSchema,
};

/** The fast path must give zod's result exactly (same keys in the same order), or FAIL. */
function agreesWithZod(schema: z.ZodType, value: unknown): void {
  const fast = compileFastParse(schema)(value);
  const zod = schema.safeParse(value);
  if (fast === FAIL) return;
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toEqual(zod.data);
}

describe('fast parse of records', () => {
  it('gives zod’s result for every record of a generated organisation and of the sample', () => {
    const sample = JSON.parse(readFileSync('data/sample-org.json', 'utf8')) as Record<
      string,
      unknown[]
    >;
    for (const org of [generateOrg({ people: 2_000, seed: 3 }), sample]) {
      const o = org as unknown as Record<string, unknown[]>;
      for (const [key, schema] of Object.entries(SCHEMAS)) {
        let passed = 0;
        for (const record of o[key] ?? []) {
          agreesWithZod(schema, record);
          if (compileFastParse(schema)(record) !== FAIL) passed++;
        }
        // The point of it: well-formed records take the fast path.
        expect(passed).toBe((o[key] ?? []).length);
      }
    }
    expect(orgFileSchema.safeParse(sample).success).toBe(true);
  });

  it('fails, for zod to decide, on records zod refuses', () => {
    const unit = compileFastParse(unitSchema);
    expect(unit({ id: 'u', name: 'U' })).toEqual({ id: 'u', name: 'U', type: 'department' });
    expect(unit({ id: 'u', name: { fr: 'V', en: 'U' }, x: 1 })).toEqual({
      id: 'u',
      name: { fr: 'V', en: 'U' },
      type: 'department',
    });
    expect(unit({ id: '-u', name: 'U' })).toBe(FAIL);
    expect(unit({ id: 'u', name: 'U', type: 'squad' })).toBe(FAIL);
    expect(unit({ id: 'u', name: { en: 'U', EN: 'x' } })).toBe(FAIL);
    expect(unit({ id: 'u', name: {} })).toBe(FAIL);
    expect(unit({ id: 'u', name: 'U', parentId: undefined })).toBe(FAIL);
    expect(unit({ id: 'u', name: 'U', color: '#12345' })).toBe(FAIL);
    expect(compileFastParse(personSchema)({ id: 'p', name: 'P', awayUntil: '2026-02-30' })).toBe(
      FAIL,
    );
    expect(compileFastParse(personSchema)({ id: 'p', name: '' })).toBe(FAIL);
  });

  it('agrees with zod on arbitrary records', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', 'x'.repeat(501), 'en', 'fr', 'pt-BR', 'EN', '2026-02-28', '2026-02-30'),
      fc.dictionary(fc.constantFrom('en', 'fr', 'EN', 'x'), fc.string({ maxLength: 5 }), {
        maxKeys: 3,
      }),
    );
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(text, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('email', 'name', 'topicId', 'role', 'x'), text, { maxKeys: 3 }),
    );
    const keys = [
      'id',
      'name',
      'title',
      'type',
      'parentId',
      'holders',
      'responsibilities',
      'languages',
      'awayUntil',
      'askMeAbout',
      'contact',
      'maintainer',
      'assistant',
      'keywords',
      'unknown',
    ];
    const record = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }).map((r) => ({
      id: 'a1',
      ...r,
    }));
    fc.assert(
      fc.property(record, fc.constantFrom(...Object.values(SCHEMAS)), (r, schema) => {
        agreesWithZod(schema, r);
      }),
      { numRuns: 3_000 },
    );
  });
});
