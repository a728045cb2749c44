/**
 * The organisation's own details HR can edit on the admin page after an import: its name in
 * English and French, the data date, the general help e-mail and the data owner's e-mail.
 * Pure: the admin page shows the fields, `editOrganisationDetails` decides what is valid.
 *
 * Editing keeps what the form does not show (other languages of the name, the help contact's
 * phone or hours, the owner's name, search settings): only the edited values change.
 */
import { isEmailAddress } from './email';
import type { LocalizedText, Organisation } from './types';

export interface OrganisationDetailsForm {
  nameEn: string;
  nameFr: string;
  dataDate: string;
  helpEmail: string;
  ownerEmail: string;
}

export type DetailsField = keyof OrganisationDetailsForm;

export type DetailsProblem = { field: DetailsField; code: 'required' | 'date' | 'email' | 'long' };

/** Longest name accepted (the schema's text limit is far above any real name). */
export const MAX_NAME_LENGTH = 200;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The name in one language, only if the file gives that language explicitly. */
function nameIn(name: LocalizedText, lang: 'en' | 'fr'): string {
  if (typeof name === 'string') return lang === 'en' ? name : '';
  return name[lang] ?? '';
}

/** The form's starting values, from the current organisation record. */
export function detailsOf(org: Organisation): OrganisationDetailsForm {
  return {
    nameEn: nameIn(org.name, 'en') || (typeof org.name === 'string' ? org.name : ''),
    nameFr: nameIn(org.name, 'fr'),
    dataDate: org.dataDate ?? '',
    helpEmail: org.helpContact?.email ?? '',
    ownerEmail: org.maintainer?.email ?? '',
  };
}

function editedName(before: LocalizedText, en: string, fr: string): LocalizedText {
  const others = typeof before === 'string' ? {} : { ...before };
  delete others.en;
  delete others.fr;
  const map: Record<string, string> = { ...others };
  if (en) map.en = en;
  if (fr) map.fr = fr;
  const keys = Object.keys(map);
  // A name in English only stays plain text, as HR would write it by hand.
  if (keys.length === 1 && map.en !== undefined) return map.en;
  return map;
}

function trimmed(form: Partial<OrganisationDetailsForm>): OrganisationDetailsForm {
  return {
    nameEn: (form.nameEn ?? '').trim(),
    nameFr: (form.nameFr ?? '').trim(),
    dataDate: (form.dataDate ?? '').trim(),
    helpEmail: (form.helpEmail ?? '').trim(),
    ownerEmail: (form.ownerEmail ?? '').trim(),
  };
}

/**
 * What is wrong with the form's values, field by field (one rule for the admin page's editor,
 * the import screen's short form and the CLI's options). On the import screen the name may be
 * left empty (`nameRequired: false`): the file's own name, or the file name, is used.
 */
export function detailsProblems(
  form: Partial<OrganisationDetailsForm>,
  { nameRequired = true }: { nameRequired?: boolean } = {},
): DetailsProblem[] {
  const value = trimmed(form);
  const problems: DetailsProblem[] = [];
  if (nameRequired && !value.nameEn && !value.nameFr) {
    problems.push({ field: 'nameEn', code: 'required' });
  }
  for (const field of ['nameEn', 'nameFr'] as const) {
    if (value[field].length > MAX_NAME_LENGTH) problems.push({ field, code: 'long' });
  }
  if (value.dataDate && !isRealDate(value.dataDate))
    problems.push({ field: 'dataDate', code: 'date' });
  for (const field of ['helpEmail', 'ownerEmail'] as const) {
    if (value[field] && !isEmailAddress(value[field])) problems.push({ field, code: 'email' });
  }
  return problems;
}

/**
 * The organisation with the form's values, or the problems of the form (field by field). An
 * empty e-mail removes it; an empty date removes the date; the name needs one language at least.
 */
export function editOrganisationDetails(
  org: Organisation,
  form: OrganisationDetailsForm,
): { ok: true; organisation: Organisation } | { ok: false; problems: DetailsProblem[] } {
  const value = trimmed(form);
  const problems = detailsProblems(value);
  if (problems.length > 0) return { ok: false, problems };

  const next: Organisation = { ...org, name: editedName(org.name, value.nameEn, value.nameFr) };
  if (value.dataDate) next.dataDate = value.dataDate;
  else delete next.dataDate;
  const { email: _help, ...helpRest } = org.helpContact ?? {};
  const help = value.helpEmail ? { ...helpRest, email: value.helpEmail } : helpRest;
  if (Object.keys(help).length > 0) next.helpContact = help;
  else delete next.helpContact;
  if (value.ownerEmail) next.maintainer = { ...org.maintainer, email: value.ownerEmail };
  else delete next.maintainer;
  return { ok: true, organisation: next };
}
