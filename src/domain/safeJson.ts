/**
 * A JSON parse that is safe for files from anywhere: `__proto__`, `constructor` and `prototype`
 * keys are dropped (so no later merge or spread can pollute a prototype), nesting deeper than
 * `MAX_JSON_DEPTH` is refused before parsing, a key written twice in one object is an error
 * (the parser would silently keep only the last: a second `people` array wins), and every
 * failure becomes a bilingual problem with a 1-based line and column instead of an exception.
 */
import { MAX_JSON_DEPTH } from './limits';
import type { Problem } from './problems';
import { scanJsonText, type DuplicateKey } from './validation/jsonDuplicates';
import { lineColumn, locateJsonError } from './validation/jsonSyntax';
import { FORMAT_VERSION } from './schema';
import { parseJsonValue, withoutBom } from './jsonValue';

/**
 * `problems` of a parsed text are its duplicate keys (errors): the value is what the engine
 * read, given so that validation can still report everything else at once.
 */
export type SafeJsonResult =
  { ok: true; value: unknown; problems: Problem[] } | { ok: false; problem: Problem };

/**
 * `parsed`: the value `parseJsonValue` already read from this same text (the org file worker
 * drew a first view from it): not parsed again, the text is still scanned for the rest.
 */
export function safeJsonParse(text: string, parsed?: { value: unknown }): SafeJsonResult {
  text = withoutBom(text);
  if (text.trim() === '') {
    return fail('empty-file', 1, 1, {
      en: `The file is empty. An org file starts with { "formatVersion": ${FORMAT_VERSION}, … }.`,
      fr: `Le fichier est vide. Un fichier d’organisation commence par { "formatVersion": ${FORMAT_VERSION}, … }.`,
    });
  }
  const scan = scanJsonText(text, { maxDepth: MAX_JSON_DEPTH });
  if (scan.tooDeepAt !== undefined) return tooDeep(text, scan.tooDeepAt);
  try {
    const value = parsed ? parsed.value : parseJsonValue(text);
    return { ok: true, value, problems: scan.duplicates.map((d) => duplicateKey(text, d)) };
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(text, 0);
    return syntaxError(text, e instanceof Error ? e.message : String(e));
  }
}

function syntaxError(text: string, engineMessage: string): SafeJsonResult {
  const position = /position (\d+)/.exec(engineMessage)?.[1];
  const located = locateJsonError(text);
  let offset = position !== undefined ? Number(position) : (located?.offset ?? text.length);
  const eof =
    /end of (JSON )?input|unexpected end/i.test(engineMessage) ||
    offset >= text.trimEnd().length ||
    (position === undefined && located?.eof === true);
  if (eof) offset = text.trimEnd().length;
  const { line, column } = lineColumn(text, offset);
  if (eof) {
    return fail('json-syntax', line, column, {
      en: `Unexpected end of file at line ${line}, column ${column}: the file seems cut short (truncated), or a closing } or ] or " is missing.`,
      fr: `Fin de fichier inattendue à la ligne ${line}, colonne ${column} : le fichier semble coupé (tronqué), ou il manque un } ou ] ou " fermant.`,
    });
  }
  const ch = describeChar(text[offset]);
  return fail('json-syntax', line, column, {
    en: `The file is not valid JSON: unexpected ${ch.en} at line ${line}, column ${column}. Look for a missing or extra comma, quote or bracket just before it.`,
    fr: `Le fichier n’est pas du JSON valide : ${ch.fr} inattendu à la ligne ${line}, colonne ${column}. Cherchez une virgule, un guillemet ou une accolade en trop ou manquant juste avant.`,
  });
}

function describeChar(c: string | undefined): { en: string; fr: string } {
  if (c === undefined) return { en: 'end of file', fr: 'fin de fichier' };
  if (c === '\n' || c === '\r') return { en: 'line break', fr: 'saut de ligne' };
  if (c.charCodeAt(0) < 0x20) return { en: 'control character', fr: 'caractère de contrôle' };
  return { en: `character '${c}'`, fr: `caractère «\u00a0${c}\u00a0»` };
}

function duplicateKey(text: string, d: DuplicateKey): Problem {
  const { line, column } = lineColumn(text, d.offset);
  const first = lineColumn(text, d.firstOffset);
  const key = d.key.length > 60 ? `${d.key.slice(0, 60)}…` : d.key;
  return {
    path: d.path,
    severity: 'error',
    code: 'duplicate-key',
    line,
    column,
    message: {
      en: `The key "${key}" is written twice in the same object: at line ${first.line}, column ${first.column}, and again at line ${line}, column ${column}. Only the last would be read and the first silently lost: merge them or remove one.`,
      fr: `La clé «\u00a0${key}\u00a0» est écrite deux fois dans le même objet : ligne ${first.line}, colonne ${first.column}, puis ligne ${line}, colonne ${column}. Seule la dernière serait lue et la première perdue sans avertissement : fusionnez-les ou retirez-en une.`,
    },
  };
}

function tooDeep(text: string, offset: number): SafeJsonResult {
  const { line, column } = lineColumn(text, offset);
  return fail('json-too-deep', line, column, {
    en: `The file is nested too deeply (more than ${MAX_JSON_DEPTH} levels of [ ] or { }) at line ${line}, column ${column}. An org file needs only a few levels.`,
    fr: `Le fichier est trop imbriqué (plus de ${MAX_JSON_DEPTH} niveaux de [ ] ou { }) à la ligne ${line}, colonne ${column}. Un fichier d’organisation n’a besoin que de quelques niveaux.`,
  });
}

function fail(
  code: string,
  line: number,
  column: number,
  message: Problem['message'],
): SafeJsonResult {
  return { ok: false, problem: { path: '$', severity: 'error', code, message, line, column } };
}
