/**
 * JSON text → value, safely: nesting deeper than `MAX_JSON_DEPTH` is refused before parsing
 * (a hostile file of 100k nested arrays would otherwise overflow the stack), and a syntax error
 * comes back as a problem with its line and column. `JSON.parse` never touches prototypes:
 * a `__proto__` key becomes a plain own property, which validation then ignores.
 */
import { MAX_JSON_DEPTH } from '../domain/limits';
import type { Problem } from '../domain/problems';
import { jsonErrorOffset } from './jsonErrorOffset';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Deepest bracket nesting outside strings (linear scan, stops early past `limit`). */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function syntaxProblem(text: string): Problem {
  const offset = jsonErrorOffset(text);
  const where = lineColumn(text, offset);
  const found = text.slice(offset, offset + 12).split('\n')[0] ?? '';
  const reason =
    offset >= text.length
      ? {
          en: 'the file ends too early (truncated?)',
          fr: 'le fichier se termine trop tôt (tronqué ?)',
        }
      : { en: `unexpected ${JSON.stringify(found)}`, fr: `${JSON.stringify(found)} inattendu` };
  return {
    path: '$',
    severity: 'error',
    code: 'json-syntax',
    message: {
      en: `The file is not valid JSON at line ${where.line}, column ${where.column}: ${reason.en}.`,
      fr: `Le fichier n'est pas du JSON valide à la ligne ${where.line}, colonne ${where.column} : ${reason.fr}.`,
    },
    ...where,
  };
}

export function parseJson(text: string): JsonResult {
  const depth = jsonDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          severity: 'error',
          code: 'too-deep',
          message: {
            en: `The file nests values more than ${MAX_JSON_DEPTH} levels deep; an org file never does.`,
            fr: `Le fichier imbrique des valeurs sur plus de ${MAX_JSON_DEPTH} niveaux ; un fichier d'organisation ne le fait jamais.`,
          },
        },
      ],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problems: [syntaxProblem(text)] };
  }
}
