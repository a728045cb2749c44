/**
 * Validation of an org file: `validateOrg(input)` returns the parsed data (only when there is no
 * error) and EVERY problem found, each with a JSON path (`positions[3].reportsTo`, `$` for the
 * whole file), a severity, a stable `code` and a plain message in English and French.
 *
 * ERRORS make the file unusable — the app refuses it and keeps its current data:
 *   - not an object / wrong or missing `formatVersion` (`format-version`): we can't read it safely;
 *     an older format is migrated first (`migrations/`), a newer one is `format-too-new`;
 *   - schema violations (`missing-field`, `wrong-type`, `invalid-format`, `invalid-value`,
 *     `too-long`, `empty`, `invalid-key`, …): a view would miss or misread the field;
 *   - `duplicate-id` (per kind: two positions may not share an id, a position and a person may):
 *     references would be ambiguous;
 *   - `unknown-reference` (unit.parentId, position.unitId/reportsTo/dottedLineTo/holders/backupId/
 *     responsibilities[].topicId, topic.unitId): the chart and answers would have holes;
 *   - `cycle` in reporting lines or unit parents: a chart is a tree; each loop is reported once
 *     at its first member in file order, naming its members.
 * WARNINGS leave the file usable, but someone gets a worse answer than they should:
 *   - `several-roots` (more than one position with no manager: the chart splits),
 *     `position-without-unit`, `person-without-position`, `backup-self`, `dotted-line-self`;
 *   - RACI (`raci-no-accountable`, `raci-several-accountable`, `raci-no-responsible`): EVERY topic
 *     needs exactly one Accountable and at least one Responsible, including topics with no RACI
 *     at all — a topic nobody answers for is the dead end Wayfinder exists to remove;
 *   - `unsafe-url` (a `chat`, `url` or `links[].url` with a scheme other than http:, https:,
 *     mailto:, tel: — a plain chat handle is fine) and `not-a-link` (a `url` without a scheme):
 *     shown as plain text, never as a link;
 *   - `invalid-email` (an `email` that is not exactly one address: `?bcc=`, `&subject=`, a second
 *     address) and `mailto-headers` (a mailto: link in `chat`/`url` with headers or a bad
 *     address): shown as text, or linked to the address alone, never with those headers;
 *   - `html-in-text`: text is always shown as text, so tags would appear as-is;
 *   - `unknown-field`: ignored, with a "did you mean" for near misses (`reportTo`).
 * At most `MAX_PROBLEMS_LISTED` problems of each severity are listed, then `too-many-problems`.
 *
 * Robustness: never throws (any input: null, numbers, proxies; an unexpected failure becomes an
 * `internal-error` problem), never recurses over the data (chains of 100k levels are fine), and
 * runs in linear time. Referential checks read the raw input loosely, so a record with a schema
 * error is still checked for its references and the user sees everything at once.
 */
import type { Problem } from './problems';
import type { OrgData } from './types';
import { ProblemCollector } from './validation/collector';
import { isRecord, kindOf } from './validation/describe';
import { checkSchema } from './validation/schemaCheck';
import { looseOrg } from './validation/records';
import { checkDuplicates, checkReferences } from './validation/references';
import { checkCycles } from './validation/cycles';
import { checkRules } from './validation/rules';
import { migrateOrgFile } from './migrations';
import { FORMAT_VERSION } from './schema';
import { qualifyScopedIds } from './scopedIds';

export interface ValidationResult {
  /**
   * The parsed file (defaults applied); present only when there is no error, or when
   * `drawBrokenReportingLines` is set and every error is a broken reporting line.
   */
  data?: OrgData;
  problems: Problem[];
}

export interface ValidateOptions {
  /**
   * Viewing, not importing: a file whose ONLY errors are broken reporting lines (a position in a
   * reporting cycle, or reporting to an unknown position) still yields its data, because the
   * chart draws such positions apart with a warning naming them, and every other view follows
   * reporting lines with loop guards. The errors stay in `problems`. Admin imports never set it:
   * there, every error blocks the apply.
   */
  drawBrokenReportingLines?: boolean;
}

/** An error the views can live with when `drawBrokenReportingLines` is set. */
export function isBrokenReportingLine(problem: Problem): boolean {
  if (problem.severity !== 'error') return false;
  if (problem.code === 'cycle') return /^positions\[\d+\]\.reportsTo$/.test(problem.path);
  if (problem.code === 'unknown-reference') {
    return /^positions\[\d+\]\.reportsTo$/.test(problem.path);
  }
  return false;
}

export function validateOrg(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const out = new ProblemCollector();
  try {
    if (!isRecord(input)) {
      const kind = kindOf(input);
      out.error('not-an-org-file', '$', {
        en: `This is not an org file: it should be a JSON object { "formatVersion": ${FORMAT_VERSION}, "organisation": …, "positions": […] … }, but it is ${kind.en}.`,
        fr: `Ce n’est pas un fichier d’organisation : il devrait être un objet JSON { "formatVersion": ${FORMAT_VERSION}, "organisation": …, "positions": […] … }, mais c’est ${kind.fr}.`,
      });
      return { problems: out.problems() };
    }
    // Older formats are brought up to date first; then ids scoped per organisation are made
    // unique. Neither changes the JSON paths, so problems still point into the file as written.
    const migrated = migrateOrgFile(input);
    if (!migrated.ok) return { problems: [migrated.problem] };
    const file = qualifyScopedIds(migrated.value);
    const { data } = checkSchema(file, out);
    const org = looseOrg(file);
    checkDuplicates(org, out);
    checkReferences(org, out);
    checkCycles(org.positions, org.units, out);
    checkRules(org, out);
    const problems = out.problems();
    if (data === undefined) return { problems };
    if (out.errorCount === 0) return { data: data as OrgData, problems };
    // Only when every error is listed (not cut at MAX_PROBLEMS_LISTED) can we vouch for them all.
    const drawable =
      options.drawBrokenReportingLines === true &&
      !problems.some((p) => p.code === 'too-many-problems') &&
      problems.every((p) => p.severity !== 'error' || isBrokenReportingLine(p));
    return drawable ? { data: data as OrgData, problems } : { problems };
  } catch (e) {
    // Only reachable with exotic input (a Proxy or getter that throws); never let it escape.
    let detail = 'unknown error';
    try {
      detail = e instanceof Error ? e.message : String(e);
    } catch {
      // An exotic thrown value whose conversion itself throws: keep the generic wording.
    }
    out.error('internal-error', '$', {
      en: `The file could not be checked (${detail}).`,
      fr: `Le fichier n’a pas pu être vérifié (${detail}).`,
    });
    return { problems: out.problems() };
  }
}
