/**
 * `JSON.parse` for files from anywhere, without the checks around it: a byte order mark is
 * dropped and so are `__proto__`, `constructor` and `prototype` keys (no later merge or spread
 * can pollute a prototype). Throws as `JSON.parse` does. `safeJsonParse` adds the rest (depth,
 * duplicate keys, problems with a line and column); the org file worker draws a first visit's
 * picture from this alone, before the check (`app/orgFileHandlers.ts`), so it loads no zod.
 */

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const dropForbiddenKeys = (key: string, value: unknown): unknown =>
  FORBIDDEN_KEYS.has(key) ? undefined : value;

/**
 * The reviver makes parsing 2–3× slower, so it runs only when a forbidden key could be there:
 * when one of the words appears, or when any `\u` escape could spell one.
 */
const mayHaveForbiddenKeys = (text: string): boolean =>
  text.includes('proto') || text.includes('constructor') || text.includes('\\u');

export const withoutBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

export function parseJsonValue(text: string): unknown {
  const json = withoutBom(text);
  return mayHaveForbiddenKeys(json) ? JSON.parse(json, dropForbiddenKeys) : JSON.parse(json);
}
