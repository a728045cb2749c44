/**
 * Schema validation, list by list and chunk by chunk (see `CHUNK`): every bad record is reported
 * with a path like `positions[3].title`, valid records still get their content checked, and the
 * parsed data is assembled exactly as `orgFileSchema.parse` would return it (a property test
 * checks this).
 * Unknown fields are warnings (they are ignored), with a "did you mean" for near misses.
 */
import { z } from 'zod';
import {
  orgFileSchema,
  organisationEntrySchema,
  personSchema,
  positionSchema,
  topicSchema,
  unitSchema,
} from '../schema';
import type { ProblemCollector } from './collector';
import { isRecord, joinPath, q, qfr } from './describe';
import { reportZodIssues, type ZodIssue } from './zodIssues';
import { checkContent } from './content';
import { compileFastParse, FAIL, type FastParse } from './fastParse';

const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  units: unitSchema,
  positions: positionSchema,
  people: personSchema,
  topics: topicSchema,
  organisations: organisationEntrySchema,
};

/**
 * One record of a list, checked as `checkList` checks each of its records (schema, text and
 * links, unknown fields), with paths under `path` (`positions[3]`). The editor's live checks
 * call it for the records an edit touched.
 */
export function checkRecord(
  key: string,
  record: unknown,
  path: string,
  out: ProblemCollector,
): void {
  const schema = RECORD_SCHEMAS[key];
  if (!schema) return;
  const fast = FAST_PARSE[key]?.(record);
  if (fast !== undefined && fast !== FAIL) checkContent(fast, path, out);
  else {
    const result = schema.safeParse(record);
    if (result.success) checkContent(result.data, path, out);
    else reportZodIssues(result.error.issues, path, out, record);
  }
  if (isRecord(record)) checkUnknownFields(schema, record, path, out);
}

/** The fast path per list (see `fastParse.ts`); zod decides for any chunk it cannot pass. */
const FAST_PARSE: Record<string, FastParse> = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([key, schema]) => [key, compileFastParse(schema)]),
);

const LIST_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([key, schema]) => [key, z.array(schema)]),
);

/**
 * Records are parsed a chunk at a time: one zod call per chunk costs about what a whole-file
 * parse does (per-call overhead is spread), a hostile list of millions of broken records never
 * holds more than one chunk's issues in memory, and issues map back to `positions[i]` paths.
 */
const CHUNK = 1_000;

export interface SchemaResult {
  /** The parsed file, exactly as `orgFileSchema.parse` returns it, when it passed the schema. */
  data?: unknown;
}

export function checkSchema(input: Record<string, unknown>, out: ProblemCollector): SchemaResult {
  checkUnknownFields(orgFileSchema, input, '$', out, false);
  const data: Record<string, unknown> = {};
  let ok = true;
  for (const [key, schema] of Object.entries(orgFileSchema.shape as Record<string, z.ZodType>)) {
    const value = input[key];
    const listSchema = LIST_SCHEMAS[key];
    const recordSchema = RECORD_SCHEMAS[key];
    if (listSchema && recordSchema && Array.isArray(value)) {
      const parsed = checkList(key, value, listSchema, recordSchema, out);
      if (parsed) data[key] = parsed;
      else ok = false;
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      if (result.data !== undefined) data[key] = result.data;
      if (key === 'organisation') checkContent(result.data, key, out);
    } else {
      ok = false;
      reportZodIssues(result.error.issues, '$', out, input, [key]);
    }
    if (isRecord(value)) checkUnknownFields(schema, value, key, out);
  }
  return ok ? { data } : {};
}

/** Parses one list of records; its parsed records, or undefined if any failed. */
function checkList(
  key: string,
  list: readonly unknown[],
  listSchema: z.ZodType,
  recordSchema: z.ZodType,
  out: ProblemCollector,
): unknown[] | undefined {
  const parsed: unknown[] = [];
  let ok = true;
  for (let start = 0; start < list.length; start += CHUNK) {
    const chunk = list.slice(start, start + CHUNK);
    const fast = fastChunk(key, chunk);
    const result = fast ? { success: true as const, data: fast } : listSchema.safeParse(chunk);
    if (result.success) {
      const records = result.data as unknown[];
      for (let k = 0; k < records.length; k++) {
        checkContent(records[k], `${key}[${start + k}]`, out);
        if (ok) parsed.push(records[k]);
      }
    } else {
      ok = false;
      const failed = new Set<number>();
      for (const issue of result.error.issues) {
        const k = issue.path[0];
        if (typeof k !== 'number') {
          reportZodIssues([issue], key, out, chunk);
          continue;
        }
        failed.add(k);
        const own = { ...issue, path: issue.path.slice(1) } as ZodIssue;
        reportZodIssues([own], `${key}[${start + k}]`, out, chunk[k]);
      }
      // The valid records of a failing chunk still get their text and links checked.
      for (let k = 0; k < chunk.length; k++) {
        if (failed.has(k)) continue;
        const one = recordSchema.safeParse(chunk[k]);
        if (one.success) checkContent(one.data, `${key}[${start + k}]`, out);
      }
    }
    for (let k = 0; k < chunk.length; k++) {
      const item: unknown = chunk[k];
      if (isRecord(item)) checkUnknownFields(recordSchema, item, `${key}[${start + k}]`, out);
    }
  }
  return ok ? parsed : undefined;
}

/** The chunk parsed by the fast path, or undefined when a record needs zod. */
function fastChunk(key: string, chunk: readonly unknown[]): unknown[] | undefined {
  const parse = FAST_PARSE[key];
  if (!parse) return undefined;
  const out: unknown[] = new Array(chunk.length);
  for (let k = 0; k < chunk.length; k++) {
    const v = parse(chunk[k]);
    if (v === FAIL) return undefined;
    out[k] = v;
  }
  return out;
}

/** The object schema inside optional/default/describe wrappers, or the element of an array. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = s.def as { type: string; innerType?: z.ZodType };
    if (
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') &&
      def.innerType
    )
      s = def.innerType;
    else break;
  }
  return s;
}

interface ShapeInfo {
  known: string[];
  knownSet: Set<string>;
  /** Field → object schema to check inside it, and whether the field is a list of them. */
  nested: Map<string, { schema: z.ZodType; list: boolean }>;
}
const shapeCache = new WeakMap<z.ZodType, ShapeInfo | null>();

function shapeInfo(schema: z.ZodType): ShapeInfo | null {
  let info = shapeCache.get(schema);
  if (info !== undefined) return info;
  const s = unwrap(schema);
  info = null;
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    const nested = new Map<string, { schema: z.ZodType; list: boolean }>();
    for (const [key, field] of Object.entries(shape)) {
      const inner = unwrap(field);
      if (inner instanceof z.ZodObject) nested.set(key, { schema: inner, list: false });
      else if (inner instanceof z.ZodArray) {
        const element = unwrap(inner.element as z.ZodType);
        if (element instanceof z.ZodObject) nested.set(key, { schema: element, list: true });
      }
    }
    info = { known: Object.keys(shape), knownSet: new Set(Object.keys(shape)), nested };
  }
  shapeCache.set(schema, info);
  return info;
}

/** Compares the keys of a raw object with its schema, going down into nested objects and lists. */
function checkUnknownFields(
  schema: z.ZodType,
  value: Record<string, unknown>,
  path: string,
  out: ProblemCollector,
  deep = true,
): void {
  const info = shapeInfo(schema);
  if (!info) return;
  for (const key of Object.keys(value)) {
    if (!info.knownSet.has(key)) {
      const known = info.known;
      out.warning('unknown-field', joinPath(path, [key]), () => {
        const guess = closest(key, known);
        return {
          en: `Unknown field ${q(key)}: it is ignored.${guess ? ` Did you mean "${guess}"?` : ''}`,
          fr: `Champ inconnu ${qfr(key)} : il est ignoré.${guess ? ` Vouliez-vous dire «\u00a0${guess}\u00a0» ?` : ''}`,
        };
      });
      continue;
    }
    // Nested paths are plain concatenations: schema keys are identifiers, and the root call
    // (path "$") doesn't go deep.
    const nested = deep ? info.nested.get(key) : undefined;
    const child = value[key];
    if (nested === undefined) continue;
    if (!nested.list && isRecord(child)) {
      checkUnknownFields(nested.schema, child, `${path}.${key}`, out);
    } else if (nested.list && Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) {
        const item: unknown = child[i];
        if (isRecord(item)) checkUnknownFields(nested.schema, item, `${path}.${key}[${i}]`, out);
      }
    }
  }
}

/** The known field nearest to a misspelt one (case-insensitive, at most 2 edits). */
function closest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(k, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 100) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return prev[b.length] ?? limit;
}
