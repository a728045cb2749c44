/** Papa Parse's syntax errors as import problems, the same for every CSV reader. */
import type { ParseError } from 'papaparse';
import type { Problem } from '../../domain/problems';

/** The first 50 errors: an unclosed quote refuses the file, the rest are warnings. */
export function csvSyntaxProblems(errors: readonly ParseError[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of errors.slice(0, 50)) {
    // Papa reports a one-column file this way: not a syntax error.
    if (e.code === 'UndetectableDelimiter') continue;
    const line = (e.row ?? 0) + 1;
    problems.push({
      path: `row ${line}`,
      severity: e.type === 'Quotes' ? 'error' : 'warning',
      code: 'csv-syntax',
      message: {
        en: `CSV: ${e.message} (row ${line}).`,
        fr: `CSV\u00a0: ${e.message} (ligne ${line}).`,
      },
      line,
    });
  }
  return problems;
}
