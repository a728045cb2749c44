/**
 * Turns zod issues into problems an HR person can act on, in English and French.
 * zod's own messages ("Invalid input: expected string, received number") are kept only as a
 * last resort for issue kinds the schema doesn't produce today.
 */
import type { z } from 'zod';
import { FORMAT_VERSION, idSchema, languageTagSchema } from '../schema';
import type { BilingualMessage } from '../problems';
import type { ProblemCollector } from './collector';
import { joinPath, kindOf, q, qfr, show } from './describe';

export type ZodIssue = z.core.$ZodIssue;
type Issue = ZodIssue;

const patternOf = (schema: z.ZodString): string => {
  const check = schema.def.checks?.find((c) => 'pattern' in c._zod.def) as
    { _zod: { def: { pattern: RegExp } } } | undefined;
  return check ? String(check._zod.def.pattern) : '';
};
const ID_PATTERN = patternOf(idSchema);
const LANG_PATTERN = patternOf(languageTagSchema);

const EXPECTED: Record<string, BilingualMessage> = {
  string: { en: 'text', fr: 'du texte' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list [ … ]', fr: 'une liste [ … ]' },
  object: { en: 'an object { … }', fr: 'un objet { … }' },
  record: { en: 'an object { … }', fr: 'un objet { … }' },
};
const expectedWords = (type: string): BilingualMessage => EXPECTED[type] ?? { en: type, fr: type };

/** The field a path ends with, for messages: `positions[3].title` → `"title"`. */
function fieldOf(path: readonly PropertyKey[]): BilingualMessage {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') {
      const item = i < path.length - 1 ? ` (item ${String(path[i + 1])})` : '';
      const itemFr = i < path.length - 1 ? ` (élément ${String(path[i + 1])})` : '';
      return { en: `"${show(key, 40)}"${item}`, fr: `«\u00a0${show(key, 40)}\u00a0»${itemFr}` };
    }
  }
  return { en: 'This value', fr: 'Cette valeur' };
}

function formatMessage(
  issue: Issue & { code: 'invalid_format' },
  value: unknown,
): BilingualMessage {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (issue.format === 'date') {
    return {
      en: `${q(value)} is not a valid date: write it as YYYY-MM-DD, e.g. 2025-03-31.`,
      fr: `${qfr(value)} n’est pas une date valide : écrivez-la AAAA-MM-JJ, par ex. 2025-03-31.`,
    };
  }
  if (pattern === ID_PATTERN) {
    return {
      en: `${q(value)} is not a valid id: use only letters, digits, "-", "_", "." or ":", starting with a letter or digit (no spaces).`,
      fr: `${qfr(value)} n’est pas un identifiant valide : utilisez seulement des lettres, des chiffres, «\u00a0-\u00a0», «\u00a0_\u00a0», «\u00a0.\u00a0» ou «\u00a0:\u00a0», en commençant par une lettre ou un chiffre (sans espace).`,
    };
  }
  if (pattern === LANG_PATTERN) {
    return {
      en: `${q(value)} is not a language code such as "en", "fr" or "pt-BR" (in lower case).`,
      fr: `${qfr(value)} n’est pas un code de langue comme «\u00a0en\u00a0», «\u00a0fr\u00a0» ou «\u00a0pt-BR\u00a0» (en minuscules).`,
    };
  }
  if (pattern.includes('#[0-9a-fA-F]{6}')) {
    return {
      en: `${q(value)} is not a colour: write it as #rrggbb, e.g. #1f6feb.`,
      fr: `${qfr(value)} n’est pas une couleur : écrivez-la #rrvvbb, par ex. #1f6feb.`,
    };
  }
  return {
    en: `${q(value)} is not in the expected format (${issue.format}).`,
    fr: `${qfr(value)} n’est pas au format attendu (${issue.format}).`,
  };
}

/** Which union branch got furthest: the one whose issues are not just "wrong type here". */
function bestBranch(errors: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  let bestScore = 0;
  for (const branch of errors) {
    const score = branch.some((i) => i.path.length > 0 || i.code !== 'invalid_type') ? 1 : 0;
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function unionTypeMessage(
  field: BilingualMessage,
  expected: string[],
  value: unknown,
): BilingualMessage {
  const kind = kindOf(value);
  const set = new Set(expected);
  if (set.has('string') && set.has('record')) {
    return {
      en: `${field.en} should be text, or an object giving the text per language such as {"en": "…", "fr": "…"}, but it is ${kind.en}.`,
      fr: `${field.fr} doit être du texte, ou un objet donnant le texte par langue comme {"en": "…", "fr": "…"}, mais c’est ${kind.fr}.`,
    };
  }
  if (set.has('array') && set.has('record')) {
    return {
      en: `${field.en} should be a list of words, or an object giving a list per language such as {"en": ["…"], "fr": ["…"]}, but it is ${kind.en}.`,
      fr: `${field.fr} doit être une liste de mots, ou un objet donnant une liste par langue comme {"en": ["…"], "fr": ["…"]}, mais c’est ${kind.fr}.`,
    };
  }
  const words = expected.map(expectedWords);
  return {
    en: `${field.en} should be ${words.map((w) => w.en).join(' or ')}, but it is ${kind.en}.`,
    fr: `${field.fr} doit être ${words.map((w) => w.fr).join(' ou ')}, mais c’est ${kind.fr}.`,
  };
}

const NOT_LISTED = { en: '', fr: '' };

/** The value at a path inside a parsed value (own properties only), or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Reports each issue at `basePath` + its own path. `root` is the value that was parsed (its
 * path is `basePath`): the offending value for a message is read from it, which is cheaper than
 * asking zod to carry every input (`reportInput`).
 */
export function reportZodIssues(
  issues: readonly Issue[],
  basePath: string,
  out: ProblemCollector,
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): void {
  for (const issue of issues) {
    if (out.isFull('error')) {
      // Past the cap only the count matters: skip building paths and messages.
      out.error('schema', '$', NOT_LISTED);
      continue;
    }
    const path = [...prefix, ...issue.path];
    const where = () => joinPath(basePath, path);
    const field = fieldOf(path);
    const value = 'input' in issue ? issue.input : valueAt(root, path);
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) {
          out.error('missing-field', where, {
            en: `Required field ${field.en} is missing.`,
            fr: `Le champ obligatoire ${field.fr} est manquant.`,
          });
        } else {
          const want = expectedWords(issue.expected);
          const kind = kindOf(value);
          out.error('wrong-type', where, {
            en: `${field.en} should be ${want.en}, but it is ${kind.en}.`,
            fr: `${field.fr} doit être ${want.fr}, mais c’est ${kind.fr}.`,
          });
        }
        break;
      case 'invalid_union': {
        const branch = bestBranch(issue.errors);
        if (branch) reportZodIssues(branch, basePath, out, root, path);
        else {
          const expected = issue.errors.flatMap((b) =>
            b.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])),
          );
          out.error('wrong-type', where, unionTypeMessage(field, expected, value));
        }
        break;
      }
      case 'invalid_key': {
        // The key is the last step of the issue's path.
        const key = 'input' in issue ? issue.input : String(path.at(-1) ?? '');
        out.error('invalid-key', where, () => {
          const inner = issue.issues[0];
          const detail =
            inner?.code === 'invalid_format'
              ? formatMessage(inner, key)
              : { en: `${q(key)} is not allowed here.`, fr: `${qfr(key)} n’est pas permis ici.` };
          return {
            en: `The key ${q(key)} is not allowed: ${detail.en}`,
            fr: `La clé ${qfr(key)} n’est pas permise : ${detail.fr}`,
          };
        });
        break;
      }
      case 'invalid_format':
        out.error('invalid-format', where, () => formatMessage(issue, value));
        break;
      case 'too_big': {
        const max = String(issue.maximum);
        if (issue.origin === 'string') {
          const len = typeof value === 'string' ? value.length : undefined;
          out.error('too-long', where, {
            en: `${field.en} is too long${len ? ` (${len} characters)` : ''}: the limit is ${max} characters.`,
            fr: `${field.fr} est trop long${len ? ` (${len} caractères)` : ''} : la limite est de ${max} caractères.`,
          });
        } else {
          out.error('too-big', where, {
            en: `${field.en} is too big: the limit is ${max}.`,
            fr: `${field.fr} est trop grand : la limite est ${max}.`,
          });
        }
        break;
      }
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) {
          out.error('empty', where, {
            en: `${field.en} must not be empty.`,
            fr: `${field.fr} ne doit pas être vide.`,
          });
        } else {
          const min = String(issue.minimum);
          out.error('too-small', where, {
            en: `${field.en} is too short or too small: the minimum is ${min}.`,
            fr: `${field.fr} est trop court ou trop petit : le minimum est ${min}.`,
          });
        }
        break;
      case 'invalid_value':
        if (path.length === 1 && path[0] === 'formatVersion') {
          out.error('format-version', where, () =>
            value === undefined
              ? {
                  en: `The file has no "formatVersion". Add "formatVersion": ${FORMAT_VERSION} at the top of the file.`,
                  fr: `Le fichier n’a pas de «\u00a0formatVersion\u00a0». Ajoutez "formatVersion": ${FORMAT_VERSION} au début du fichier.`,
                }
              : {
                  en: `This file is in format version ${show(JSON.stringify(value) ?? typeof value)}, but this version of Wayfinder reads format version ${FORMAT_VERSION}.`,
                  fr: `Ce fichier est au format version ${show(JSON.stringify(value) ?? typeof value)}, mais cette version de Wayfinder lit le format version ${FORMAT_VERSION}.`,
                },
          );
        } else {
          const allowed = issue.values.map((v) => String(v)).join(', ');
          out.error('invalid-value', where, {
            en: `${q(value)} is not allowed for ${field.en}: use one of ${allowed}.`,
            fr: `${qfr(value)} n’est pas permis pour ${field.fr} : utilisez l’une des valeurs ${allowed}.`,
          });
        }
        break;
      default:
        if (issue.code === 'custom' && issue.message === 'at least one language') {
          out.error('empty', where, {
            en: `${field.en} must give the text in at least one language, e.g. {"en": "…"}.`,
            fr: `${field.fr} doit donner le texte dans au moins une langue, par ex. {"fr": "…"}.`,
          });
        } else {
          out.error('schema', where, {
            en: `${field.en}: ${issue.message}`,
            fr: `${field.fr} : ${issue.message}`,
          });
        }
    }
  }
}
