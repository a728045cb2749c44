/**
 * Property tests over generated mutations of a valid org file: the import pipeline never throws
 * and always answers with data or with errors, and a rejected import never changes stored data.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { applyImport } from '../../src/db/importRepository';
import { readImportText } from '../../src/import/formats/readFile';
import { buildTable } from './importTable';
import { exportPeopleCsv } from '../../src/import/exportCsv';
import { hasErrors } from '../../src/domain/problems';
import { validateOrg } from '../../src/domain/validate';
import { analyseImport } from '../../src/import/pipeline';
import { useAdminStore } from '../../src/store/adminStore';
import { useOrgStore } from '../../src/store/orgStore';
import { smallOrg, tinyOrg } from '../fixtures/import/smallOrg';
import { freshDb } from './freshDb';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside `root`. */
function paths(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: Json, path: (string | number)[]) => {
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object')
      for (const k of Object.keys(v)) walk(v[k] as Json, [...path, k]);
  };
  walk(root, []);
  return out;
}

function deepNest(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const hostile: Json[] = [
  null,
  '',
  0,
  -1,
  1e308,
  true,
  [],
  {},
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(25_000),
  '\u202Eevil',
  'a\u0000b\u001f',
  '\uFFFE\uFFFF',
  'a@b.example?bcc=x@evil.example',
  '\tlead\r\n',
  "'=SUM(A1)",
  deepNest(80),
  JSON.parse('{"__proto__":{"polluted":true}}') as Json,
  { constructor: { prototype: { polluted: true } } },
  'p-ceo',
  'alice',
  't-pay',
  'u-hr',
  'a',
  'x',
  't',
  'u',
  '2026-13-45',
  { en: 'x', 'not a tag': 'y' },
];

type Mutation =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'rename'; at: number; key: string }
  | { op: 'selfReport'; at: number }
  | { op: 'dangle'; at: number; key: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom(...hostile),
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    ),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('rename' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'reportTo', 'id', ''),
  }),
  // Shapes a random path rarely makes: a position reporting to itself, a reference to nothing.
  fc.record({ op: fc.constant('selfReport' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('dangle' as const),
    at: fc.nat(),
    key: fc.constantFrom('reportsTo', 'unitId', 'backupId', 'holders', 'dottedLineTo'),
  }),
);

/** The `at`-th position of the file, when it still has a list of positions. */
function positionAt(root: Json, at: number): Record<string, Json> | undefined {
  const list =
    root !== null && typeof root === 'object' && !Array.isArray(root) ? root.positions : undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const p = list[at % list.length];
  return p !== null && typeof p === 'object' && !Array.isArray(p) ? p : undefined;
}

/** A deep copy that keeps an own `__proto__` key (JSON.parse makes it an own property). */
const copy = (v: Json): Json =>
  v !== null && typeof v === 'object' ? (JSON.parse(JSON.stringify(v)) as Json) : v;

function mutate(base: Json, mutations: Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    if (m.op === 'selfReport' || m.op === 'dangle') {
      const p = positionAt(root, m.at);
      if (p && m.op === 'selfReport') p.reportsTo = p.id ?? null;
      else if (p && m.op === 'dangle') {
        p[m.key] = m.key === 'holders' || m.key === 'dottedLineTo' ? ['nowhere'] : 'nowhere';
      }
      continue;
    }
    const all = paths(root);
    const path = all[m.at % all.length] as (string | number)[];
    if (path.length === 0) {
      if (m.op === 'set') root = copy(m.value);
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as never)[k], root) as
      Json[] | Record<string, Json>;
    const key = path[path.length - 1] as string | number;
    const current = (parent as Record<string | number, Json>)[key] as Json;
    // A copy: a later mutation inside a shared hostile constant would change it for every later
    // run (and could even make it circular).
    if (m.op === 'set') (parent as Record<string | number, Json>)[key] = copy(m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent)) parent.push(structuredClone(current));
    } else if (!Array.isArray(parent)) {
      delete parent[key as string];
      Object.defineProperty(parent, m.key, {
        value: current,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

/**
 * What a crash inside the pipeline becomes (it catches everything so the page never breaks):
 * none of these inputs may produce it.
 */
function expectNoCrash(problems: readonly { code: string; message: { en: string } }[]): void {
  const crash = problems.find((p) => p.code === 'internal-error');
  if (crash) throw new Error(`crashed: ${crash.message.en}`);
}

const base = smallOrg() as unknown as Json;
const tiny = tinyOrg() as unknown as Json;
const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

describe('import pipeline properties', () => {
  it('validation never throws over 10,000 mutated files, and only valid data gets through', () => {
    fc.assert(
      fc.property(mutationsArb, (mutations) => {
        const input = mutate(tiny, mutations);
        const result = validateOrg(input);
        expect(Array.isArray(result.problems)).toBe(true);
        expectNoCrash(result.problems);
        if (result.data) expect(hasErrors(result.problems)).toBe(false);
        else expect(hasErrors(result.problems)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  });

  it('the text pipeline (JSON and CSV) never throws', () => {
    fc.assert(
      fc.property(mutationsArb, fc.nat(), (mutations, cut) => {
        const text = JSON.stringify(mutate(base, mutations)) ?? '';
        // Whole, truncated, and as a CSV people list.
        for (const t of [text, text.slice(0, cut % (text.length + 1))]) {
          const a = analyseImport({ text: t, fileName: 'm.json', current: smallOrg() });
          expectNoCrash(a.problems);
          expect(a.data === undefined || !hasErrors(a.problems)).toBe(true);
          expect(a.data !== undefined || hasErrors(a.problems)).toBe(true);
        }
        const csv = exportPeopleCsv(smallOrg()).slice(0, cut % 400) + text.slice(0, 200);
        // Read as the import reads it: a cut that leaves JSON first is read as an org file.
        const read = readImportText(csv, 'm.csv');
        if (read.table) expect(Array.isArray(buildTable(read.table).problems)).toBe(true);
        const a = analyseImport({ text: csv, fileName: 'm.csv', current: smallOrg() });
        expectNoCrash(a.problems);
        expect(a.data === undefined || !hasErrors(a.problems)).toBe(true);
        expect(a.data !== undefined || hasErrors(a.problems)).toBe(true);
        if (a.data) expect(a.summary).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe('rejected imports never change stored data', () => {
  beforeAll(async () => {
    await freshDb();
    const meta = await applyImport({ data: smallOrg(), fileName: 'base.json', text: 'base' });
    useOrgStore.getState().setData(smallOrg(), meta);
  });
  afterAll(() => db.close());

  it('holds over a sample of mutated files applied through the admin store', async () => {
    const snapshot = async () => ({
      versions: await db.versions.toArray(),
      current: await db.meta.get('current'),
    });
    const before = await snapshot();
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (mutations) => {
        const text = JSON.stringify(mutate(base, mutations)) ?? '';
        const store = useAdminStore.getState();
        await store.analyseText(text, 'mutated.json');
        const analysis = useAdminStore.getState().analysis;
        expectNoCrash(analysis?.problems ?? []);
        if (analysis?.applicable) return; // accepted files may be applied; not this property
        rejected++;
        await useAdminStore.getState().apply();
        expect(await snapshot()).toEqual(before);
        expect(useOrgStore.getState().meta?.versionId).toBe(
          before.current?.key === 'current' ? before.current.versionId : -1,
        );
      }),
      { numRuns: 150 },
    );
    expect(rejected).toBeGreaterThan(20);
  });
});
