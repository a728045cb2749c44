/**
 * Schema validation, record by record: each unit, position, person and topic is parsed on its
 * own, so one bad record doesn't hide the others' problems, paths come out as `positions[3].title`,
 * and the parsed data is assembled exactly as `orgFileSchema.parse` would return it.
 * Unknown fields are warnings (they are ignored), with a "did you mean" for near misses.
 */
import { z } from 'zod';
import { orgFileSchema, personSchema, positionSchema, topicSchema, unitSchema } from '../schema';
import type { ProblemCollector } from './collector';
import { isRecord, joinPath, q, qfr } from './describe';
import { reportZodIssues } from './zodIssues';
import { checkContent } from './content';

const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  units: unitSchema,
  positions: positionSchema,
  people: personSchema,
  topics: topicSchema,
};

export interface SchemaResult {
  /** The parsed file, when every part of it passed the schema. */
  data?: unknown;
}

export function checkSchema(input: Record<string, unknown>, out: ProblemCollector): SchemaResult {
  checkUnknownFields(orgFileSchema, input, '$', out, false);
  // Fast path: a whole-file parse is about twice as fast as record by record (no per-call
  // overhead), and most files are valid. Only a failing file is parsed again record by record.
  const whole = orgFileSchema.safeParse(input);
  if (whole.success) {
    const data = whole.data as Record<string, unknown>;
    for (const key of Object.keys(orgFileSchema.shape)) {
      const value = data[key];
      if (RECORD_SCHEMAS[key] !== undefined && Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) checkContent(value[i], `${key}[${i}]`, out);
      } else if (key === 'organisation') checkContent(value, key, out);
      const raw = input[key];
      if (RECORD_SCHEMAS[key] !== undefined && Array.isArray(raw)) {
        for (let i = 0; i < raw.length; i++) {
          const item: unknown = raw[i];
          if (isRecord(item)) checkUnknownFields(RECORD_SCHEMAS[key], item, `${key}[${i}]`, out);
        }
      } else if (isRecord(raw))
        checkUnknownFields(orgFileSchema.shape[key as 'organisation'], raw, key, out);
    }
    return { data };
  }
  const before = out.errorCount;
  checkRecordByRecord(input, out);
  // Both passes use the same schemas, so this can't happen; if it ever did, the file must still
  // be refused with a reason rather than silently.
  if (out.errorCount === before) reportZodIssues(whole.error.issues, '$', out, input);
  return {};
}

/** Parses each record on its own so that valid records still get their content checked. */
function checkRecordByRecord(input: Record<string, unknown>, out: ProblemCollector): void {
  const shape = orgFileSchema.shape as Record<string, z.ZodType>;
  for (const [key, schema] of Object.entries(shape)) {
    const value = input[key];
    const recordSchema = RECORD_SCHEMAS[key];
    if (recordSchema !== undefined && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const path = `${key}[${i}]`;
        const item: unknown = value[i];
        const result = recordSchema.safeParse(item);
        if (result.success) checkContent(result.data, path, out);
        else reportZodIssues(result.error.issues, path, out, item);
        if (isRecord(item)) checkUnknownFields(recordSchema, item, path, out);
      }
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      if (key === 'organisation') checkContent(result.data, key, out);
    } else {
      reportZodIssues(result.error.issues, '$', out, input, [key]);
    }
    if (isRecord(value)) checkUnknownFields(schema, value, key, out);
  }
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
          fr: `Champ inconnu ${qfr(key)} : il est ignoré.${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''}`,
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
