/**
 * Column mapping for flat people lists (CSV or JSON exported by HR systems): which source
 * column feeds which field of the org model. `detectMapping` recognises the usual headings
 * (d3-org-chart's `id/parentId`, `pid`, SCIM's `manager.value`, "Manager's Email",
 * "Reports to", French headings…) and whether managers are referenced by id or by e-mail.
 */

export const MAPPED_FIELDS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'title',
  'manager',
  'email',
  'phone',
  'chat',
  'unit',
  'location',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** How the manager column points at a person. */
export type ManagerMatch = 'id' | 'email';

export interface ColumnMapping {
  /** Field → source column heading (absent = not mapped). */
  columns: Partial<Record<MappedField, string>>;
  managerMatch: ManagerMatch;
}

/** Lower case, accents and punctuation removed: "Manager's E-mail" → "managersemail". */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Recognised headings per field, normalised, best first. */
const ALIASES: Record<MappedField, readonly string[]> = {
  id: [
    'id',
    'employeeid',
    'employeenumber',
    'empid',
    'personid',
    'userid',
    'staffid',
    'workerid',
    'nodeid',
    'externalid',
    'matricule',
    'identifiant',
  ],
  name: [
    'name',
    'fullname',
    'displayname',
    'nameformatted',
    'employeename',
    'personname',
    'nom',
    'nomcomplet',
    'nomprenom',
  ],
  firstName: ['firstname', 'givenname', 'namegivenname', 'prenom', 'forename'],
  lastName: ['lastname', 'familyname', 'namefamilyname', 'surname', 'nomdefamille'],
  title: [
    'title',
    'jobtitle',
    'positiontitle',
    'positionname',
    'position',
    'role',
    'job',
    'designation',
    'intitule',
    'intituledeposte',
    'poste',
    'fonction',
  ],
  manager: [
    'managerid',
    'parentid',
    'pid',
    'manager',
    'managervalue',
    'enterprisemanagervalue',
    'reportsto',
    'reportstoid',
    'reportingto',
    'supervisor',
    'supervisorid',
    'linemanager',
    'linemanagerid',
    'managersemail',
    'manageremail',
    'supervisoremail',
    'reportstoemail',
    'bossid',
    'boss',
    'parent',
    'responsable',
    'idresponsable',
    'managerdirect',
    'emailresponsable',
  ],
  email: [
    'email',
    'mail',
    'emailaddress',
    'workemail',
    'emails0value',
    'courriel',
    'adressemail',
    'username',
  ],
  phone: [
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'workphone',
    'mobile',
    'phonenumbers0value',
    'officephone',
  ],
  chat: ['chat', 'chathandle', 'slack', 'teams', 'im', 'ims0value'],
  unit: [
    'unit',
    'department',
    'dept',
    'enterprisedepartment',
    'team',
    'division',
    'orgunit',
    'organizationunit',
    'organisationunit',
    'service',
    'departement',
    'equipe',
    'unite',
  ],
  location: ['location', 'office', 'site', 'city', 'workplace', 'lieu', 'bureau', 'ville'],
};

/**
 * The normalised forms a heading answers to: the whole heading and its dotted/colon tails, so
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value` matches "managervalue".
 */
function headingForms(heading: string): string[] {
  const parts = heading.split(/[.:]/);
  const forms = [normalizeHeading(heading)];
  for (let i = 1; i < parts.length; i++) forms.push(normalizeHeading(parts.slice(i).join('.')));
  return forms;
}

function scoreHeading(heading: string, field: MappedField): number {
  const aliases = ALIASES[field];
  let best = -1;
  // A whole-heading match beats a tail match ("name.formatted" over "manager.displayName").
  headingForms(heading).forEach((form, i) => {
    const rank = aliases.indexOf(form);
    if (rank >= 0) best = Math.max(best, (i === 0 ? 2000 : 1000) - rank);
  });
  return best;
}

function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim());
}

/**
 * Guess the mapping from the headings, and for the manager column whether its values are ids
 * or e-mails (from its heading, else from the values of the first rows).
 */
export function detectMapping(
  headings: readonly string[],
  rows: readonly Record<string, string>[] = [],
): ColumnMapping {
  const columns: Partial<Record<MappedField, string>> = {};
  const taken = new Set<string>();
  // Fields in order of how specific their headings are: "manager email" must not become "email".
  const order: MappedField[] = [
    'manager',
    'id',
    'firstName',
    'lastName',
    'name',
    'title',
    'email',
    'phone',
    'chat',
    'unit',
    'location',
  ];
  for (const field of order) {
    let best: string | undefined;
    let bestScore = -1;
    for (const heading of headings) {
      if (taken.has(heading)) continue;
      const score = scoreHeading(heading, field);
      if (score > bestScore) {
        best = heading;
        bestScore = score;
      }
    }
    if (best !== undefined && bestScore >= 0) {
      columns[field] = best;
      taken.add(best);
    }
  }
  return { columns, managerMatch: detectManagerMatch(columns, rows) };
}

function detectManagerMatch(
  columns: Partial<Record<MappedField, string>>,
  rows: readonly Record<string, string>[],
): ManagerMatch {
  const managerColumn = columns.manager;
  if (managerColumn === undefined) return 'id';
  if (/mail|courriel/i.test(managerColumn)) return 'email';
  const sample = rows
    .slice(0, 200)
    .map((r) => (r[managerColumn] ?? '').trim())
    .filter((v) => v !== '');
  if (sample.length === 0) return 'id';
  const emails = sample.filter(looksLikeEmail).length;
  const ids = new Set(columns.id ? rows.map((r) => (r[columns.id as string] ?? '').trim()) : []);
  const idHits = sample.filter((v) => ids.has(v)).length;
  return emails > sample.length / 2 && idHits < emails && columns.email !== undefined
    ? 'email'
    : 'id';
}

/** A mapping is usable when people can be named and told apart. */
export function mappingGaps(mapping: ColumnMapping): MappedField[] {
  const missing: MappedField[] = [];
  const c = mapping.columns;
  if (!c.name && !(c.firstName || c.lastName)) missing.push('name');
  if (c.manager && mapping.managerMatch === 'email' && !c.email) missing.push('email');
  return missing;
}

/** Parse a mapping file (CLI `--mapping`): `{ "columns": {...}, "managerMatch": "email" }` or a bare `{ field: heading }`. */
export function readMappingJson(input: unknown): ColumnMapping | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const raw = input as Record<string, unknown>;
  const source = (raw.columns && typeof raw.columns === 'object' ? raw.columns : raw) as Record<
    string,
    unknown
  >;
  const columns: Partial<Record<MappedField, string>> = {};
  for (const field of MAPPED_FIELDS) {
    const value = Object.hasOwn(source, field) ? source[field] : undefined;
    if (typeof value === 'string' && value !== '') columns[field] = value;
  }
  const managerMatch = raw.managerMatch === 'email' ? 'email' : 'id';
  return { columns, managerMatch };
}
