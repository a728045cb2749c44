/**
 * A fast path for well-formed records, compiled from the zod schemas themselves (they stay the
 * single source of truth): `compileFastParse(schema)` returns a function that gives the record
 * exactly as `schema.parse` would (unknown keys stripped, defaults applied, keys in schema order),
 * or `FAIL` when the record is not plainly valid. On `FAIL` the caller runs zod, which decides and
 * words the problems. Zod costs 10–20 µs per record; this costs about 1 µs (100k people: seconds).
 *
 * Only what can be checked exactly is compiled (objects, records with string keys and their
 * refinements, strings with length/regex/format checks, enums, literals, booleans, arrays,
 * optional, default, unions of those); anything else is handed to zod for that value, so the
 * result is always zod's.
 */
import type { z } from 'zod';

export const FAIL: unique symbol = Symbol('fail');
export type FastParse = (value: unknown) => unknown;

/** Thrown when the fast path cannot tell (e.g. a key present with the value `undefined`). */
class Unsure extends Error {}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: string;
  pattern?: RegExp | undefined;
}
/** A check as zod runs it: it pushes issues onto the payload (refinements are such checks). */
interface CheckRun {
  _zod: { def: CheckDef; check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp | undefined;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** zod itself, for one value. */
function byZod(schema: z.ZodType): FastParse {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

type StringTest = (s: string) => boolean;

function stringTest(check: CheckDef): StringTest | undefined {
  const { check: kind, minimum, maximum, format, pattern } = check;
  if (kind === 'min_length' && typeof minimum === 'number') return (s) => s.length >= minimum;
  if (kind === 'max_length' && typeof maximum === 'number') return (s) => s.length <= maximum;
  if (kind === 'string_format' && (format === 'regex' || format === 'date') && pattern) {
    const re = new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', ''));
    return (s) => re.test(s);
  }
  return undefined;
}

function compileString(def: Def, schema: z.ZodType): FastParse {
  const tests: StringTest[] = [];
  // A string format type (e.g. z.iso.date()) carries its own check in its def.
  if (def.format !== undefined) {
    const own = stringTest({ check: 'string_format', format: def.format, pattern: def.pattern });
    if (!own) return byZod(schema);
    tests.push(own);
  }
  for (const c of def.checks ?? []) {
    const test = stringTest(c._zod.def);
    if (!test) return byZod(schema);
    tests.push(test);
  }
  return (value) => {
    if (typeof value !== 'string') return FAIL;
    for (const test of tests) if (!test(value)) return FAIL;
    return value;
  };
}

function compileObject(def: Def): FastParse {
  const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
    const fieldDef = defOf(field);
    return {
      key,
      optional: fieldDef.type === 'optional',
      // A default's value comes from zod (it may be computed); only asked when the field is absent.
      fallback: fieldDef.type === 'default' ? byZod(field) : undefined,
      parse: compile(
        fieldDef.type === 'optional' && fieldDef.innerType ? fieldDef.innerType : field,
      ),
    };
  });
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return FAIL;
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Unsure();
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const v = input[field.key];
      if (v === undefined) {
        if (Object.hasOwn(input, field.key)) throw new Unsure();
        if (field.fallback) out[field.key] = field.fallback(undefined);
        else if (!field.optional) return FAIL;
        continue;
      }
      const parsed = field.parse(v);
      if (parsed === FAIL) return FAIL;
      out[field.key] = parsed;
    }
    return out;
  };
}

/** `z.record(string key, value)`, with its refinements run as zod runs them. */
function compileRecord(def: Def, schema: z.ZodType): FastParse {
  if (!def.keyType || !def.valueType || defOf(def.keyType).type !== 'string') return byZod(schema);
  const key = compile(def.keyType);
  const value = compile(def.valueType);
  const checks = (def.checks ?? []) as unknown as CheckRun[];
  if (checks.some((c) => c._zod.def.check !== 'custom')) return byZod(schema);
  return (input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return FAIL;
    if (Object.getPrototypeOf(input) !== Object.prototype) throw new Unsure();
    if (Object.getOwnPropertySymbols(input).length > 0) throw new Unsure();
    const record = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(record)) {
      const v = record[k];
      if (v === undefined || k === '__proto__') throw new Unsure();
      if (key(k) === FAIL) return FAIL;
      const parsed = value(v);
      if (parsed === FAIL) return FAIL;
      out[k] = parsed;
    }
    for (const check of checks) {
      const payload = { value: out, issues: [] as unknown[] };
      if (check._zod.check(payload) instanceof Promise) throw new Unsure();
      if (payload.issues.length > 0) return FAIL;
    }
    return out;
  };
}

function compile(schema: z.ZodType): FastParse {
  const def = defOf(schema);
  const plain = (def.checks ?? []).length === 0;
  switch (def.type) {
    case 'string':
      return compileString(def, schema);
    case 'boolean':
      return plain ? (v) => (typeof v === 'boolean' ? v : FAIL) : byZod(schema);
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return plain ? (v) => (allowed.has(v) ? v : FAIL) : byZod(schema);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return plain ? (v) => (allowed.has(v) ? v : FAIL) : byZod(schema);
    }
    case 'object':
      return plain ? compileObject(def) : byZod(schema);
    case 'record':
      return compileRecord(def, schema);
    case 'array': {
      if (!plain || !def.element) return byZod(schema);
      const element = compile(def.element);
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const v = element(value[i]);
          if (v === FAIL) return FAIL;
          out[i] = v;
        }
        return out;
      };
    }
    case 'optional': {
      if (!def.innerType) return byZod(schema);
      const inner = compile(def.innerType);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'union': {
      // zod keeps the first option that passes: an exact FAIL from each option keeps that order.
      const options = (def.options ?? []).map(compile);
      if (!plain || options.length === 0) return byZod(schema);
      return (value) => {
        for (const option of options) {
          const v = option(value);
          if (v !== FAIL) return v;
        }
        return FAIL;
      };
    }
    default:
      return byZod(schema);
  }
}

/**
 * The fast parse of one record schema. Its result is zod's parse result, or `FAIL` when zod must
 * decide (the record is invalid, or the fast path could not be sure).
 */
export function compileFastParse(schema: z.ZodType): FastParse {
  const parse = compile(schema);
  return (value) => {
    try {
      return parse(value);
    } catch (e) {
      if (e instanceof Unsure) return FAIL;
      throw e;
    }
  };
}
