/**
 * LDIF (RFC 2849), as `ldifde -f` (Active Directory) and `ldapsearch -L` (OpenLDAP) write it:
 * one entry per blank-line-separated block, `attr: value`, `attr:: base64`, long lines folded
 * with a leading space, `#` comments. `manager:` holds the manager's DN, matched against the
 * `dn` column. Entries that are not people (organisational units, groups, computers) are left
 * out and counted.
 */
import { emptyRow, isForbiddenKey, type FlatTable } from './table';

export interface LdifRead {
  table: FlatTable;
  /** Entries skipped because they are not people (ou, group, computer…). */
  skipped: number;
}

const PERSON_CLASSES = /^(person|user|inetorgperson|organizationalperson|posixaccount)$/i;

/** The file looks like LDIF: a `dn:` line (after an optional `version:` line and comments). */
export function looksLikeLdif(text: string): boolean {
  for (const line of text.split(/\r?\n/, 50)) {
    if (line.trim() === '' || line.startsWith('#') || /^version:\s*\d/i.test(line)) continue;
    return /^dn::?\s/i.test(line);
  }
  return false;
}

function decodeBase64(value: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return value;
  }
}

/** DNs compare without the spaces around `,` and `=` and without case (LDAP compares them so). */
export function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([,=+])\s*/g, '$1')
    .toLowerCase();
}

interface Entry {
  line: number;
  attrs: [string, string][];
}

function entries(text: string): Entry[] {
  const out: Entry[] = [];
  let current: Entry | undefined;
  let last: [string, string, boolean] | undefined; // name, value, base64
  const flush = () => {
    if (current && last) {
      current.attrs.push([last[0], last[2] ? decodeBase64(last[1]) : last[1]]);
    }
    last = undefined;
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.startsWith(' ') && last) {
      last[1] += line.slice(1);
      return;
    }
    flush();
    if (line.trim() === '') {
      if (current) out.push(current);
      current = undefined;
      return;
    }
    if (line.startsWith('#')) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9;.-]*)(::?|:<)\s?(.*)$/.exec(line);
    if (!m) return;
    const [, name = '', sep, value = ''] = m;
    if (!current) {
      if (/^version$/i.test(name)) return;
      current = { line: i + 1, attrs: [] };
    }
    if (sep === ':<') return; // a value from a URL: never fetched
    last = [name, value, sep === '::'];
  });
  flush();
  if (current) out.push(current);
  return out;
}

export function readLdif(text: string): LdifRead {
  const headings: string[] = [];
  const byLower = new Map<string, string>();
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  let skipped = 0;
  for (const entry of entries(text)) {
    const classes = entry.attrs
      .filter(([n]) => n.toLowerCase() === 'objectclass')
      .map(([, v]) => v);
    const changetype = entry.attrs.find(([n]) => n.toLowerCase() === 'changetype')?.[1];
    const isPerson =
      classes.length === 0
        ? entry.attrs.some(([n]) => /^(sn|givenname|mail|uid|samaccountname)$/i.test(n))
        : classes.some((c) => PERSON_CLASSES.test(c.trim())) &&
          !classes.some((c) => /^computer$/i.test(c.trim()));
    if (!isPerson || (changetype !== undefined && !/^(add|modify)$/i.test(changetype.trim()))) {
      skipped++;
      continue;
    }
    const r = emptyRow();
    for (const [rawName, value] of entry.attrs) {
      const lower = rawName.toLowerCase();
      if (lower === 'objectclass' || lower === 'changetype' || isForbiddenKey(rawName)) continue;
      let heading = byLower.get(lower);
      if (heading === undefined) {
        heading = rawName;
        byLower.set(lower, heading);
        headings.push(heading);
      }
      // A second value of the same attribute (two phone numbers): the first one is kept.
      if (r[heading] === undefined) r[heading] = value.trim();
    }
    rows.push(r);
    rowNumbers.push(entry.line);
  }
  return { table: { headings, rows, firstRowNumber: 1, rowNumbers }, skipped };
}
