/** A problem found in an org file: what validation, import and the CLI report. */

export type Severity = 'error' | 'warning';

/** A message in every UI language; the UI picks one, the CLI prints English. */
export interface BilingualMessage {
  en: string;
  fr: string;
}

export interface Problem {
  /** Where: a JSON path such as `positions[3].reportsTo`, `$` for the whole file, or `row 5, column managerId` for CSV. */
  path: string;
  severity: Severity;
  /** Stable machine code, e.g. `unknown-reference`, `duplicate-id`, `cycle`, `json-syntax`. */
  code: string;
  message: BilingualMessage;
  /** For JSON syntax errors: 1-based line and column. */
  line?: number;
  column?: number;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
