/**
 * JSON people lists as directories export them, flattened to dotted headings:
 * - SCIM 2.0 `/Users` (a `ListResponse` with `Resources`; the enterprise extension's
 *   `manager.value` is the manager's SCIM `id`);
 * - Microsoft Graph / Entra ID `users?$expand=manager` (`{ value: [...] }`, `manager.id`);
 * - Google Workspace Directory `users.list` (`{ users: [...] }`, `relations` of type
 *   `manager` holding the manager's e-mail);
 * - any other array of objects (`[...]`, `{ people | employees | data | items: [...] }`).
 *
 * Arrays of typed entries (`emails`, `phoneNumbers`, `relations`, `externalIds`) are flattened
 * both by position (`emails[0].value`, the primary first) and by type
 * (`relations[manager].value`, `phones[work].value`), so the manager is found wherever it sits.
 */
import { emptyRow, isForbiddenKey, type FlatTable } from './table';

export type JsonListKind = 'scim' | 'graph' | 'google' | 'json-list';

export interface JsonListRead {
  kind: JsonListKind;
  table: FlatTable;
}

const LIST_KEYS = [
  'Resources',
  'resources',
  'value',
  'users',
  'people',
  'employees',
  'data',
  'items',
];

function recordsOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input as unknown[];
  if (input === null || typeof input !== 'object') return undefined;
  const o = input as Record<string, unknown>;
  // An org file is not a people list.
  if ('formatVersion' in o || 'positions' in o) return undefined;
  for (const key of LIST_KEYS) {
    const list = o[key];
    if (Array.isArray(list)) return list as unknown[];
  }
  return undefined;
}

function kindOf(input: unknown, records: readonly unknown[]): JsonListKind {
  const o = (input !== null && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const first = (records.find((r) => r !== null && typeof r === 'object') ?? {}) as Record<
    string,
    unknown
  >;
  const schemas = [o.schemas, first.schemas].flat().filter((s) => typeof s === 'string');
  if (schemas.some((s) => String(s).startsWith('urn:ietf:params:scim')) || 'userName' in first)
    return 'scim';
  if ('@odata.context' in o || 'userPrincipalName' in first) return 'graph';
  if (o.kind === 'admin#directory#users' || 'primaryEmail' in first) return 'google';
  return 'json-list';
}

function flatten(value: unknown, prefix: string, out: Record<string, string>, depth: number): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const objects = value.filter((v) => v !== null && typeof v === 'object') as Record<
      string,
      unknown
    >[];
    const primary = objects.find((v) => v.primary === true);
    const first: unknown = primary ?? (value as unknown[])[0];
    if (first !== undefined) flatten(first, `${prefix}[0]`, out, depth + 1);
    for (const entry of objects) {
      const type = typeof entry.type === 'string' ? entry.type.trim() : '';
      if (type === '' || !/^[\w .-]{1,40}$/.test(type) || isForbiddenKey(type)) continue;
      const key = `${prefix}[${type}]`;
      // The first entry of a type wins (two "work" phones: the first one).
      if (!Object.keys(out).some((k) => k.startsWith(key))) flatten(entry, key, out, depth + 1);
    }
    return;
  }
  if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (isForbiddenKey(key) || key.startsWith('@odata')) continue;
      flatten(
        (value as Record<string, unknown>)[key],
        prefix ? `${prefix}.${key}` : key,
        out,
        depth + 1,
      );
    }
    return;
  }
  if (
    prefix !== '' &&
    (typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      typeof value === 'bigint')
  )
    out[prefix] = String(value).trim();
}

/** A people list, or undefined when the JSON is not one (an org file, a single object). */
export function readJsonList(input: unknown): JsonListRead | undefined {
  const records = recordsOf(input);
  if (records === undefined) return undefined;
  const headings = new Set<string>();
  const rows = records.map((record) => {
    const r = emptyRow();
    if (record !== null && typeof record === 'object') flatten(record, '', r, 0);
    for (const h of Object.keys(r)) headings.add(h);
    return r;
  });
  return {
    kind: kindOf(input, records),
    table: { headings: [...headings], rows, firstRowNumber: 1 },
  };
}
