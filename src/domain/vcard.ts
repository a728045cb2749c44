/**
 * Contacts as vCard 4.0 (RFC 6350) files: "Save contact" on a person and the `.vcf` of a
 * directory list. Pure: text in, text out; the page only hands the file to the browser.
 *
 * What the format asks for, and why each rule is here:
 * - lines end in CRLF and are folded at 75 octets (UTF-8), continuation lines starting with one
 *   space, never inside a multi-octet character (§3.2): address books reject or garble longer
 *   lines and split characters;
 * - text values escape backslash, comma, semicolon and newline (§3.4); structured values (N,
 *   ADR, ORG) escape them inside each component, and `;` joins the components;
 * - parameter values are quoted, with `^`, `"` and newlines written as RFC 6868 says.
 */
import type { OrgIndex } from './orgIndex';
import { localize, localizeList } from './text';
import type { Person } from './types';

/** The words written around data in NOTE (the caller passes them in the user's language). */
export interface VCardLabels {
  /** "Ask me about" */
  askMeAbout: string;
  /** "Chat" (a chat handle that is not a URI cannot be an IMPP property) */
  chat: string;
  /** "Working hours" */
  hours: string;
}

const MAX_OCTETS = 75;

/** RFC 6350 §3.4: text value escaping. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6868: a parameter value, quoted (`^` → `^^`, `"` → `^'`, newline → `^n`). */
function paramValue(value: string): string {
  return `"${value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')}"`;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** RFC 6350 §3.2: one content line folded at 75 octets, joined with CRLF + space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A URI scheme the address book can call or open (`xmpp:`, `sip:`, `msteams:`, `https:` …). */
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Given names and family name, split at the last space: the data holds one name field. */
function nameParts(name: string): { family: string; given: string } {
  const trimmed = name.trim();
  const cut = trimmed.lastIndexOf(' ');
  return cut < 0
    ? { family: trimmed, given: '' }
    : { family: trimmed.slice(cut + 1), given: trimmed.slice(0, cut) };
}

/** The lines (unfolded) of one person's card. */
function cardLines(index: OrgIndex, person: Person, lang: string, labels: VCardLabels): string[] {
  const org = localize(index.data.organisation.name, lang);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual'];
  lines.push(`FN:${escapeText(person.name)}`);
  const { family, given } = nameParts(person.name);
  lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);

  const positionIds = index.positionsOfPerson.get(person.id) ?? [];
  positionIds.forEach((id, i) => {
    const position = index.positionById.get(id);
    if (!position) return;
    const pref = positionIds.length > 1 ? `;PREF=${Math.min(i + 1, 100)}` : '';
    lines.push(`TITLE${pref}:${escapeText(localize(position.title, lang))}`);
    const unit = position.unitId === undefined ? undefined : index.unitById.get(position.unitId);
    // ORG: the organisation, then its unit (RFC 6350 §6.6.4: organisational unit components).
    const components = [org, ...(unit ? [localize(unit.name, lang)] : [])].map(escapeText);
    lines.push(`ORG${pref}:${components.join(';')}`);
  });

  if (person.email) lines.push(`EMAIL;TYPE=work:${escapeText(person.email.trim())}`);
  if (person.phone) {
    const digits = person.phone.replace(/[^\d+]/g, '');
    lines.push(
      digits
        ? `TEL;VALUE=uri;TYPE="work,voice":tel:${digits}`
        : `TEL;TYPE=work:${escapeText(person.phone)}`,
    );
  }
  const notes: string[] = [];
  const chat = person.chat?.trim();
  if (chat) {
    if (/^https?:/i.test(chat) && URI.test(chat)) lines.push(`URL;TYPE=work:${chat}`);
    else if (URI.test(chat)) lines.push(`IMPP;TYPE=work:${chat}`);
    else notes.push(`${labels.chat}: ${chat}`);
  }
  const location = localize(person.location, lang).trim();
  if (location) {
    // Free text, not a postal address: the street component and the LABEL (formatted address).
    lines.push(`ADR;TYPE=work;LABEL=${paramValue(location)}:;;${escapeText(location)};;;;`);
  }
  if (person.timeZone) lines.push(`TZ:${escapeText(person.timeZone)}`);
  (person.languages ?? []).forEach((tag, i) => {
    lines.push(`LANG;PREF=${Math.min(i + 1, 100)}:${escapeText(tag)}`);
  });
  const hours = localize(person.hours, lang).trim();
  if (hours) notes.push(`${labels.hours}: ${hours}`);
  const ask = localizeList(person.askMeAbout, lang);
  if (ask.length > 0) notes.push(`${labels.askMeAbout}: ${ask.join(', ')}`);
  if (notes.length > 0) lines.push(`NOTE:${escapeText(notes.join('\n'))}`);
  lines.push(`UID:urn:wayfinder:person:${encodeURIComponent(person.id)}`);
  lines.push('END:VCARD');
  return lines;
}

/** One `.vcf` with a card for each known person id (unknown ids are skipped), CRLF line ends. */
export function buildVCards(
  index: OrgIndex,
  personIds: readonly string[],
  lang: string,
  labels: VCardLabels,
): string {
  const out: string[] = [];
  for (const id of personIds) {
    const person = index.personById.get(id);
    if (!person) continue;
    for (const line of cardLines(index, person, lang, labels)) out.push(foldLine(line));
  }
  return out.length === 0 ? '' : `${out.join('\r\n')}\r\n`;
}
