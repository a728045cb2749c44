/**
 * The admin page's import choice, on the command line, so both give the same report for the
 * same file and the same choice:
 *
 *   (default)                  "Start my organisation from this file": the file alone.
 *   --add-to <current.json>    "Add to the current data": the file laid over that org file
 *                              (e.g. an export of the current data, or the bundled demo).
 *   --org-name-en <name> --org-name-fr <nom> --data-date YYYY-MM-DD
 *   --help-email <address> --owner-email <address>
 *                              the import screen's short form (used where the file says nothing).
 *
 * The current data must itself be valid: a report laid over a broken base would mix its
 * problems with the file's, so it is refused (exit 2) with the number of its errors.
 */
import { parseOrgText } from '../src/domain/parseOrgFile';
import type { OrgData } from '../src/domain/types';
import { decodeText } from '../src/import/formats/decodeText';
import type { ImportMode, OrganisationDetails } from '../src/import/pipeline';
import type { CliArgs, CliIo } from './validate';

export interface ImportChoice {
  mode: ImportMode;
  current?: OrgData;
  details?: OrganisationDetails;
}

/** Option name → the form's field. */
const DETAIL_OPTIONS: Record<string, keyof OrganisationDetails> = {
  'org-name-en': 'nameEn',
  'org-name-fr': 'nameFr',
  'data-date': 'dataDate',
  'help-email': 'helpEmail',
  'owner-email': 'ownerEmail',
};

export const CHOICE_OPTIONS = ['add-to', ...Object.keys(DETAIL_OPTIONS)];

/** True when the command line says more than "check this file alone". */
export function hasImportChoice(args: CliArgs): boolean {
  return CHOICE_OPTIONS.some((name) => args.options.has(name));
}

function readCurrent(path: string, io: CliIo): OrgData {
  const text = io.readBytes ? decodeText(io.readBytes(path)).text : io.readFile(path);
  const { data, problems } = parseOrgText(text);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!data || errors > 0) {
    throw new Error(
      `--add-to ${path}: the current data has ${errors} error${errors === 1 ? '' : 's'}; check it alone first (npm run validate -- ${path})`,
    );
  }
  return data;
}

/** Reads the choice; throws (exit code 2) when the current data can't be read or is invalid. */
export function readImportChoice(args: CliArgs, io: CliIo): ImportChoice {
  const details: OrganisationDetails = {};
  for (const [option, field] of Object.entries(DETAIL_OPTIONS)) {
    const value = args.options.get(option);
    if (value !== undefined && value !== 'true') details[field] = value;
  }
  const base = Object.keys(details).length > 0 ? { details } : {};
  const addTo = args.options.get('add-to');
  if (addTo === undefined) return { mode: 'start', ...base };
  if (addTo === 'true') throw new Error('--add-to needs the current data: --add-to current.json');
  return { mode: 'add', current: readCurrent(addTo, io), ...base };
}
