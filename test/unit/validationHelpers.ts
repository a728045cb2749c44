/** Shared helpers for the validation tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Problem } from '../../src/domain/problems';
import type { OrgFileInput } from '../../src/domain/types';

/** Tests run from the project root (vitest's root). */
export const fixturePath = (rel: string): string => resolve('test/fixtures', rel);

export const readFixture = (rel: string): string => readFileSync(fixturePath(rel), 'utf8');

/** A fresh copy of the small valid org, to mutate. */
export const smallOrg = (): OrgFileInput & Record<string, unknown> =>
  JSON.parse(readFixture('valid/small-org.json')) as OrgFileInput & Record<string, unknown>;

/** Every problem has both languages, non-empty and different from each other. */
export function expectBilingual(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.message.en.length, `${p.code} en`).toBeGreaterThan(10);
    expect(p.message.fr.length, `${p.code} fr`).toBeGreaterThan(10);
    expect(p.message.fr).not.toBe(p.message.en);
  }
}

/** The one problem with this code and path (fails with the full list otherwise). */
export function findProblem(problems: readonly Problem[], code: string, path: string): Problem {
  const found = problems.filter((p) => p.code === code && p.path === path);
  expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return found[0]!;
}
