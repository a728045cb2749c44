/**
 * The one place the shell turns org file text into data. It delegates to the validation
 * module's `parseOrgText` once that lands; until then a schema-only check stands in.
 */
import type { Problem } from '../domain/problems';
import { orgFileSchema } from '../domain/schema';
import type { OrgData } from '../domain/types';

export interface ParseResult {
  data?: OrgData;
  problems: Problem[];
}

function problem(path: string, code: string, en: string, fr: string): Problem {
  return { path, severity: 'error', code, message: { en, fr } };
}

/** Schema-only stand-in for `parseOrgText` (no referential checks). */
function schemaOnlyParse(text: string): ParseResult {
  if (text.trim() === '') {
    return { problems: [problem('$', 'empty-file', 'The file is empty.', 'Le fichier est vide.')] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      problems: [
        problem(
          '$',
          'json-syntax',
          `The file is not valid JSON: ${detail}`,
          `Le fichier n'est pas du JSON valide : ${detail}`,
        ),
      ],
    };
  }
  const result = orgFileSchema.safeParse(json);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`),
        '$',
      );
      return problem(path, 'schema', issue.message, issue.message);
    }),
  };
}

export const parseOrg: (text: string) => ParseResult = schemaOnlyParse;
