/** Small helpers to talk about paths and values in plain language. */

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['positions', 3, 'reportsTo']` → `positions[3].reportsTo`; `[]` → `$`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      if (IDENT.test(k)) out += out === '' ? k : `.${k}`;
      else out += `[${JSON.stringify(k)}]`;
    }
  }
  return out === '' ? '$' : out;
}

/** Join a base path and a relative one. */
export function joinPath(base: string, rest: readonly PropertyKey[]): string {
  if (rest.length === 0) return base;
  const tail = formatPath(rest);
  if (base === '$') return tail;
  return tail.startsWith('[') ? base + tail : `${base}.${tail}`;
}

/** Quote a value from the file for a message, shortened so a hostile 1 MB id stays readable. */
export function show(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export const q = (value: unknown): string => `"${show(value)}"`;
export const qfr = (value: unknown): string => `«\u00a0${show(value)}\u00a0»`;

/** The kind of a value in words: what an HR person would call it. */
export function kindOf(value: unknown): { en: string; fr: string } {
  if (value === null) return { en: 'empty (null)', fr: 'vide (null)' };
  if (Array.isArray(value)) return { en: 'a list', fr: 'une liste' };
  switch (typeof value) {
    case 'string':
      return { en: 'text', fr: 'du texte' };
    case 'number':
    case 'bigint':
      return { en: 'a number', fr: 'un nombre' };
    case 'boolean':
      return { en: 'true/false', fr: 'vrai/faux' };
    case 'object':
      return { en: 'an object {…}', fr: 'un objet {…}' };
    case 'undefined':
      return { en: 'missing', fr: 'absent' };
    default:
      return { en: typeof value, fr: typeof value };
  }
}

/** A list of names for a message, at most `max` of them. */
export function listNames(names: readonly string[], max = 10): { en: string; fr: string } {
  const shown = names.slice(0, max).map((n) => show(n, 40));
  const more = names.length - shown.length;
  return {
    en: shown.map((n) => `"${n}"`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
    fr: shown.map((n) => `«\u00a0${n}\u00a0»`).join(', ') + (more > 0 ? ` et ${more} autres` : ''),
  };
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
