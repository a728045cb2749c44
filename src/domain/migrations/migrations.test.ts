import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, orgFileSchema } from '../schema';
import { validateOrg } from '../validate';
import { migrateOrgFile, STEPS, type JsonObject } from './index';
import { v1ToV2 } from './v1ToV2';

const fixture = (name: string): JsonObject =>
  JSON.parse(
    readFileSync(resolve(__dirname, '../../../test/fixtures/v1', name), 'utf8'),
  ) as JsonObject;

describe('migration chain', () => {
  it('has one step per version, in order, up to the current format', () => {
    expect(STEPS.map((s) => [s.from, s.to])).toEqual(
      Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it('v1 → v2 keeps every field of the v1 sample and of the small v1 fixture, in meaning and order', () => {
    for (const name of ['sample-org.json', 'small-org.json']) {
      const v1 = fixture(name);
      const before = JSON.stringify(v1);
      const v2 = v1ToV2.migrate(v1);
      expect(JSON.stringify(v1)).toBe(before); // the input is never changed
      expect(v2.formatVersion).toBe(2);
      const { formatVersion: _a, ...rest1 } = v1;
      const { formatVersion: _b, ...rest2 } = v2;
      expect(rest2).toEqual(rest1);
      expect(Object.keys(v2)).toEqual(Object.keys(v1));
    }
  });

  it('a v1 file validates to the same data, field by field, as the v2 file written by hand', () => {
    const v1 = fixture('sample-org.json');
    const viaChain = validateOrg(v1);
    expect(viaChain.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const direct = orgFileSchema.parse({ ...v1, formatVersion: FORMAT_VERSION });
    expect(viaChain.data).toEqual(direct);
    const data = viaChain.data!;
    const raw = v1 as { positions: { id: string; reportsTo?: string; holders?: string[] }[] };
    for (const p of raw.positions) {
      const got = data.positions.find((x) => x.id === p.id)!;
      expect(got.reportsTo).toBe(p.reportsTo);
      expect(got.holders).toEqual(p.holders);
    }
  });

  it('says when the file is newer than the app, naming both versions', () => {
    const result = migrateOrgFile({ formatVersion: FORMAT_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('format-too-new');
    expect(result.problem.message.en).toContain(String(FORMAT_VERSION + 1));
    expect(result.problem.message.en).toContain(`1 to ${FORMAT_VERSION}`);
  });

  it('leaves a missing or odd version to the schema, unchanged', () => {
    for (const formatVersion of [undefined, '1', 0, 1.5, -3]) {
      const file = { formatVersion, organisation: { name: 'X' } };
      const result = migrateOrgFile(file);
      expect(result).toEqual({ ok: true, value: file, from: undefined, migrated: false });
    }
  });

  it('turns a step that throws into a problem and does not touch the input', () => {
    const file = { formatVersion: 1, organisation: { name: 'X' } };
    const original = v1ToV2.migrate;
    (v1ToV2 as { migrate: (f: JsonObject) => JsonObject }).migrate = () => {
      throw new Error('boom');
    };
    try {
      const result = migrateOrgFile(file);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.code).toBe('migration-failed');
        expect(result.problem.message.en).toContain('boom');
      }
      expect(file).toEqual({ formatVersion: 1, organisation: { name: 'X' } });
    } finally {
      (v1ToV2 as { migrate: (f: JsonObject) => JsonObject }).migrate = original;
    }
  });
});
