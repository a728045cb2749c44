/**
 * Checks on text and links inside schema-valid records. Both are warnings: the app renders text
 * as text and makes links only from safe schemes, so nothing bad happens — but what HR meant to
 * show (bold text, a link) won't appear as intended, and a `javascript:` link is suspicious.
 */
import { isEmailAddress } from '../email';
import type { ProblemCollector } from './collector';
import { joinPath, q, qfr } from './describe';

/** Schemes the app turns into links (see src/components/SafeLink.tsx). */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

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
      fr: `Le lien ${qfr(value)} utilise « ${scheme} », qui n'est pas permis : seuls les liens http:, https:, mailto: et tel: sont cliquables. Il sera affiché comme du texte.`,
    }));
  } else if (scheme === 'mailto:') {
    checkMailtoLink(value, path, out);
  } else if (scheme === undefined && field === 'url' && value.trim() !== '') {
    out.warning('not-a-link', path, () => ({
      en: `${q(value)} is not a full web address (it should start with https://): it will be shown as plain text.`,
      fr: `${qfr(value)} n'est pas une adresse web complète (elle doit commencer par https://) : elle sera affichée comme du texte.`,
    }));
  }
}

/** Every `email` field (people, channels, maintainers): one address, or no link is made. */
function checkEmail(value: string, path: string, out: ProblemCollector): void {
  if (value.trim() === '' || isEmailAddress(value)) return;
  out.warning('invalid-email', path, () => ({
    en: `${q(value)} is not one plain e-mail address (extra addresses, "?", "&" or spaces would add recipients or headers to the message): it will be shown as text, not as a link. Write a single address such as name@example.com.`,
    fr: `${qfr(value)} n'est pas une seule adresse e-mail simple (d'autres adresses, « ? », « & » ou des espaces ajouteraient des destinataires ou des en-têtes au message) : elle sera affichée comme du texte, pas comme un lien. Écrivez une seule adresse, par exemple nom@exemple.fr.`,
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
    fr: `Le lien ${qfr(value)} n'est pas un simple lien e-mail : les adresses et en-têtes en plus (« ?bcc= », « &subject= ») sont retirés, et une adresse invalide est affichée comme du texte.`,
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
 * Walks a parsed record. Recursion is safe here, unlike elsewhere in validation: the record came
 * out of zod, so its depth is bounded by the schema (a handful of levels) and it has no cycles.
 * One shared path array, extended and shortened in place, keeps 100k records cheap; a path
 * string is built only for a string that raises a warning.
 */
export function checkContent(record: unknown, basePath: string, out: ProblemCollector): void {
  walk(record, '', [], basePath, out);
}

const MAX_WALK_DEPTH = 32;

function walk(
  value: unknown,
  field: string,
  path: PropertyKey[],
  basePath: string,
  out: ProblemCollector,
): void {
  if (typeof value === 'string') {
    if (LINK_FIELDS.has(field)) checkLink(field, value, joinPath(basePath, path), out);
    else if (field === 'email') checkEmail(value, joinPath(basePath, path), out);
    else if (value.includes('<')) checkText(value, joinPath(basePath, path), out);
    return;
  }
  if (typeof value !== 'object' || value === null || path.length > MAX_WALK_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], field, path, basePath, out);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (SKIP_FIELDS.has(key) || !Object.hasOwn(value, key)) continue;
    path.push(key);
    walk((value as Record<string, unknown>)[key], key, path, basePath, out);
    path.pop();
  }
}
