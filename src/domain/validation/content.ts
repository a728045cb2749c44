/**
 * Checks on text and links inside schema-valid records. Both are warnings: the app renders text
 * as text and makes links only from safe schemes, so nothing bad happens — but what HR meant to
 * show (bold text, a link) won't appear as intended, and a `javascript:` link is suspicious.
 */
import { isEmailAddress } from '../email';
import type { ProblemCollector } from './collector';
import { SAFE_SCHEMES } from '../linkSchemes';
import { joinPath, q, qfr } from './describe';

/** Fields holding a link. `chat` may also be a plain handle, `url` must be a full address. */
const LINK_FIELDS: ReadonlySet<string> = new Set(['url', 'chat']);
/** Fields that are neither display text nor links to check. */
const SKIP_FIELDS: ReadonlySet<string> = new Set(['$schema']);

// Browsers ignore whitespace and control characters around and inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>|<!--/;

/** The scheme of a link, lower-cased with its colon (`javascript:`), or undefined if it has none. */
export function schemeOf(value: string): string | undefined {
  const m = SCHEME.exec(value.replace(IGNORED_IN_SCHEME, ''));
  return m?.[1] === undefined ? undefined : `${m[1].toLowerCase()}:`;
}

function checkLink(field: string, value: string, path: string, out: ProblemCollector): void {
  const scheme = schemeOf(value);
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
    out.warning('unsafe-url', path, () => ({
      en: `The link ${q(value)} uses "${scheme}", which is not allowed: only http:, https:, mailto: and tel: links are made clickable. It will be shown as plain text.`,
      fr: `Le lien ${qfr(value)} utilise «\u00a0${scheme}\u00a0», qui n’est pas permis : seuls les liens http:, https:, mailto: et tel: sont cliquables. Il sera affiché comme du texte.`,
    }));
  } else if (scheme === 'mailto:') {
    checkMailtoLink(value, path, out);
  } else if (scheme === undefined && field === 'url' && value.trim() !== '') {
    out.warning('not-a-link', path, () => ({
      en: `${q(value)} is not a full web address (it should start with https://): it will be shown as plain text.`,
      fr: `${qfr(value)} n’est pas une adresse web complète (elle doit commencer par https://) : elle sera affichée comme du texte.`,
    }));
  }
}

/** Every `email` field (people, channels, maintainers): one address, or no link is made. */
function checkEmail(value: string, path: string, out: ProblemCollector): void {
  if (value.trim() === '' || isEmailAddress(value)) return;
  out.warning('invalid-email', path, () => ({
    en: `${q(value)} is not one plain e-mail address (extra addresses, "?", "&" or spaces would add recipients or headers to the message): it will be shown as text, not as a link. Write a single address such as name@example.com.`,
    fr: `${qfr(value)} n’est pas une seule adresse e-mail simple (d’autres adresses, «\u00a0?\u00a0», «\u00a0&\u00a0» ou des espaces ajouteraient des destinataires ou des en-têtes au message) : elle sera affichée comme du texte, pas comme un lien. Écrivez une seule adresse, par exemple nom@exemple.fr.`,
  }));
}

/** A mailto: link in a chat or url field keeps only its address: say so when it had more. */
function checkMailtoLink(value: string, path: string, out: ProblemCollector): void {
  const rest = value.trim().replace(/^mailto:/i, '');
  const [address = '', headers] = rest.split('?', 2);
  let decoded = address;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    // Undecodable: checked as written, and refused.
  }
  if (headers === undefined && isEmailAddress(decoded)) return;
  out.warning('mailto-headers', path, () => ({
    en: `The link ${q(value)} is not a plain e-mail link: extra addresses and headers ("?bcc=", "&subject=") are dropped, and an invalid address is shown as text.`,
    fr: `Le lien ${qfr(value)} n’est pas un simple lien e-mail : les adresses et en-têtes en plus («\u00a0?bcc=\u00a0», «\u00a0&subject=\u00a0») sont retirés, et une adresse invalide est affichée comme du texte.`,
  }));
}

function checkText(value: string, path: string, out: ProblemCollector): void {
  if (!value.includes('<') || !HTML_TAG.test(value)) return;
  out.warning('html-in-text', path, () => ({
    en: `${q(value)} contains HTML tags. Wayfinder shows text exactly as written, so the tags will appear as-is: remove them.`,
    fr: `${qfr(value)} contient des balises HTML. Wayfinder affiche le texte tel quel, les balises apparaîtront donc telles quelles : retirez-les.`,
  }));
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; the
 * non-characters U+FFFE and U+FFFF; lone surrogates). They come from broken exports, break the
 * SVG export (invalid XML) and mean nothing to a reader: removed, with a warning.
 */
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex -- these controls are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidirectional embedding, override and isolate controls. An override (U+202E) in one field
 * reverses the text after it on the same line; the views isolate every data text, so this only
 * warns: HR probably did not mean it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Removes the characters XML forbids (for the exports, which may hold data not yet validated). */
export function withoutForbiddenChars(value: string): string {
  return value.replace(FORBIDDEN_CHARS, '');
}

/** The string as stored: forbidden characters removed (with a warning), bidi controls warned. */
function cleanText(value: string, path: string, out: ProblemCollector): string {
  let text = value;
  FORBIDDEN_CHARS.lastIndex = 0;
  if (FORBIDDEN_CHARS.test(text)) {
    text = withoutForbiddenChars(text);
    out.warning('control-character', path, () => ({
      en: `${q(text)} contained invisible control characters (from a broken export?); they were removed.`,
      fr: `${qfr(text)} contenait des caractères de contrôle invisibles (export défectueux ?) ; ils ont été retirés.`,
    }));
  }
  if (BIDI_CONTROLS.test(text)) {
    out.warning('bidi-control', path, () => ({
      en: `${q(text)} contains a right-to-left or left-to-right control character, which reverses how text is shown. It is kept, but shown apart from the text around it: remove it unless it is meant.`,
      fr: `${qfr(text)} contient un caractère de contrôle de sens d’écriture, qui inverse l’affichage du texte. Il est conservé, mais affiché à part du texte voisin : retirez-le s’il n’est pas voulu.`,
    }));
  }
  return text;
}

/**
 * Walks a parsed record, checking its strings and cleaning them IN PLACE (the record is the
 * parser's own output, which becomes the stored data: forbidden characters never reach a view
 * or an export). Recursion is safe here, unlike elsewhere in validation: the record came out of
 * zod, so its depth is bounded by the schema (a handful of levels) and it has no cycles. One
 * shared path array, extended and shortened in place, keeps 100k records cheap; a path string
 * is built only for a string that raises a warning.
 */
export function checkContent(record: unknown, basePath: string, out: ProblemCollector): void {
  walk(record, '', [], basePath, out);
}

const MAX_WALK_DEPTH = 32;
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- these controls are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;

function checkString(
  value: string,
  field: string,
  path: PropertyKey[],
  basePath: string,
  out: ProblemCollector,
): string {
  const text = NEEDS_CLEANING.test(value) ? cleanText(value, joinPath(basePath, path), out) : value;
  if (LINK_FIELDS.has(field)) checkLink(field, text, joinPath(basePath, path), out);
  else if (field === 'email') checkEmail(text, joinPath(basePath, path), out);
  else if (text.includes('<')) checkText(text, joinPath(basePath, path), out);
  return text;
}

function walk(
  value: unknown,
  field: string,
  path: PropertyKey[],
  basePath: string,
  out: ProblemCollector,
): void {
  if (typeof value !== 'object' || value === null || path.length > MAX_WALK_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const item: unknown = value[i];
      if (typeof item === 'string') {
        const text = checkString(item, field, path, basePath, out);
        if (text !== item) value[i] = text;
      } else walk(item, field, path, basePath, out);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (SKIP_FIELDS.has(key) || !Object.hasOwn(record, key)) continue;
    path.push(key);
    const item = record[key];
    if (typeof item === 'string') {
      const text = checkString(item, key, path, basePath, out);
      if (text !== item) record[key] = text;
    } else walk(item, key, path, basePath, out);
    path.pop();
  }
}
