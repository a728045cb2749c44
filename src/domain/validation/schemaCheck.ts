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

const PARSE_OPTIONS = { reportInput: true } as const;

export interface SchemaResult {
  /** The parsed file, when every part of it passed the schema. */
  data?: unknown;
}

export function checkSchema(input: Record<string, unknown>, out: ProblemCollector): SchemaResult {
  const data: Record<string, unknown> = {};
  let ok = true;
  const shape = orgFileSchema.shape as Record<string, z.ZodType>;
  for (const [key, schema] of Object.entries(shape)) {
    const value = input[key];
    const recordSchema = RECORD_SCHEMAS[key];
    if (recordSchema !== undefined && Array.isArray(value)) {
      const list: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const path = `${key}[${i}]`;
        const item: unknown = value[i];
        const result = recordSchema.safeParse(item, PARSE_OPTIONS);
        if (result.success) {
          list.push(result.data);
          checkContent(result.data, path, out);
        } else {
          ok = false;
          reportZodIssues(result.error.issues, path, out);
        }
        if (isRecord(item)) checkUnknownFields(recordSchema, item, path, out);
      }
      data[key] = list;
      continue;
    }
    const result = schema.safeParse(value, PARSE_OPTIONS);
    if (result.success) {
      if (result.data !== undefined) data[key] = result.data;
      if (key === 'organisation') checkContent(result.data, key, out);
    } else {
      ok = false;
      reportZodIssues(result.error.issues, '$', out, [key]);
    }
    if (isRecord(value)) checkUnknownFields(schema, value, key, out);
  }
  checkUnknownFields(orgFileSchema, input, '$', out, false);
  return ok ? { data } : {};
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

/** Compares the keys of a raw object with its schema, going down into nested objects and lists. */
function checkUnknownFields(
  schema: z.ZodType,
  value: Record<string, unknown>,
  path: string,
  out: ProblemCollector,
  deep = true,
): void {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) return;
  const shape = s.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(value)) {
    const fieldSchema = shape[key];
    if (fieldSchema === undefined) {
      const known = Object.keys(shape);
      out.warning('unknown-field', joinPath(path, [key]), () => {
        const guess = closest(key, known);
        return {
          en: `Unknown field ${q(key)}: it is ignored.${guess ? ` Did you mean "${guess}"?` : ''}`,
          fr: `Champ inconnu ${qfr(key)} : il est ignoré.${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''}`,
        };
      });
      continue;
    }
    if (!deep) continue;
    const inner = unwrap(fieldSchema);
    const child = value[key];
    if (inner instanceof z.ZodObject && isRecord(child)) {
      checkUnknownFields(inner, child, joinPath(path, [key]), out);
    } else if (inner instanceof z.ZodArray && Array.isArray(child)) {
      const element = unwrap(inner.element as z.ZodType);
      if (!(element instanceof z.ZodObject)) continue;
      for (let i = 0; i < child.length; i++) {
        const item: unknown = child[i];
        if (isRecord(item)) checkUnknownFields(element, item, joinPath(path, [key, i]), out);
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
