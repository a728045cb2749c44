/**
 * The headings HR systems actually export, per field of the org model, normalised (lower case,
 * no accents, no punctuation: "Manager's E-mail" → "managersemail"), best first. Sources: the
 * default reports and export templates of Workday, SAP SuccessFactors, BambooHR, Personio,
 * HiBob, ADP, Microsoft Entra ID / Graph, Google Workspace, Active Directory / OpenLDAP (LDIF
 * attribute names), SCIM 2.0, and the public-sector organogram template (UK "senior/junior
 * staff" CSVs), in English and French.
 *
 * One home: the admin page's mapping step, the CLI and the tests all read this table.
 */
export const HEADING_FIELDS = [
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
  'organisation',
  'location',
  'grade',
  'fte',
  'headcount',
] as const;
export type HeadingField = (typeof HEADING_FIELDS)[number];

export const HEADINGS: Record<HeadingField, readonly string[]> = {
  id: [
    'id',
    'postuniquereference', // organograms
    'employeeid', // Workday, HiBob, Entra ID (employeeId), AD (employeeID)
    'employeenumber', // BambooHR, SCIM enterprise, AD
    'employeeno',
    'employeenum',
    'empid',
    'empno',
    'workerid', // Workday
    'personnumber', // Oracle HCM, SuccessFactors
    'personidexternal', // SuccessFactors
    'personid',
    'userid', // SuccessFactors
    'associateid', // ADP
    'filenumber', // ADP
    'positionid', // ADP, organograms published by post
    'postid',
    'postreference',
    'uniquereference',
    'staffid',
    'staffnumber',
    'nodeid',
    'externalid',
    'externalids0value', // Google Workspace
    'externalidsorganizationvalue',
    'objectid', // Entra ID portal export
    'samaccountname', // AD
    'uid', // OpenLDAP
    'matricule',
    'matriculesalarie',
    'matriculeagent',
    'numerodematricule',
    'numerosalarie',
    'numeroagent',
    'idsalarie',
    'idagent',
    'identifiant',
    'personalnummer', // Personio (German tenants)
  ],
  name: [
    'name',
    'fullname',
    'displayname',
    'namefullname', // Google
    'nameformatted', // SCIM
    'employeename',
    'workername',
    'personname',
    'legalname',
    'cn', // LDAP
    'nomcomplet',
    'nomprenom',
    'prenomnom',
    'nometprenom',
    'prenometnom',
    'nom', // only when there is no "Prénom" column; see `firstAndLastName`
  ],
  firstName: [
    'firstname',
    'givenname',
    'namegivenname',
    'legalfirstname',
    'preferredfirstname',
    'preferredname',
    'forename',
    'first',
    'prenom',
    'prenomusuel',
  ],
  lastName: [
    'lastname',
    'surname',
    'familyname',
    'namefamilyname',
    'legallastname',
    'sn',
    'last',
    'nomdefamille',
    'nomdusage',
    'nomdenaissance',
    'nompatronymique',
  ],
  title: [
    'jobtitle',
    'title',
    'businesstitle', // Workday
    'positiontitle',
    'jobtitledescription', // ADP
    'positiondescription',
    'positionname',
    'jobprofile', // Workday
    'jobname',
    'jobdescription',
    'genericjobtitle', // organogram junior staff
    'organizations0title', // Google
    'position',
    'role',
    'job',
    'designation',
    'intitule',
    'intituleduposte',
    'intituledeposte',
    'libelleduposte',
    'libelleemploi',
    'poste',
    'fonction',
    'emploi',
  ],
  manager: [
    'managerid',
    'manageremployeeid',
    'managerworkerid',
    'managerpersonnumber',
    'manageruserid',
    'managerassociateid',
    'managerposition',
    'managerpositionid',
    'supervisorid',
    'supervisoremployeeid',
    'supervisorworkerid',
    'reportstoid',
    'reportstoemployeeid',
    'reportstoassociateid', // ADP
    'reportstopositionid',
    'reportstoseniorpost', // organograms
    'reportingseniorpost', // organogram junior staff
    'parentpost',
    'parentpostid',
    'parentid', // d3-org-chart
    'pid',
    'linemanagerid',
    'directmanagerid',
    'managervalue', // SCIM enterprise extension
    'enterprisemanagervalue',
    'relationsmanagervalue', // Google Workspace
    'manager', // Graph ($expand=manager → manager.id), Workday, SuccessFactors, LDAP (a DN)
    'reportsto',
    'reportingto',
    'supervisor', // Personio
    'linemanager',
    'directmanager',
    'manageremail',
    'managersemail',
    'managerworkemail',
    'supervisoremail',
    'reportstoemail', // HiBob
    'linemanageremail',
    'bossid',
    'boss',
    'parent',
    'matriculeduresponsable',
    'matriculeresponsable',
    'matriculedumanager',
    'idresponsable',
    'identifiantresponsable',
    'n1',
    'matriculen1',
    'responsable',
    'responsablehierarchique',
    'superieurhierarchique',
    'managerdirect',
    'emailresponsable',
    'courrielresponsable',
    'emailn1',
  ],
  email: [
    'email',
    'mail',
    'workemail',
    'emailaddress',
    'businessemail',
    'contactemail', // organograms
    'primaryemail', // Google
    'emails0value', // SCIM
    'emailsworkvalue',
    'emailwork',
    'companyemail',
    'professionalemail',
    'courriel',
    'courrielprofessionnel',
    'emailprofessionnel',
    'adressemail',
    'adressecourriel',
    'adresseelectronique',
    'mailpro',
    'userprincipalname', // Entra ID: the sign-in name, usually the address
    'username', // SCIM userName
  ],
  phone: [
    'phone',
    'workphone',
    'businessphone',
    'businessphones0', // Graph
    'businessphones',
    'contactphone', // organograms
    'phonenumber',
    'officephone',
    'telephonenumber', // LDAP
    'phonenumbers0value', // SCIM
    'phonenumbersworkvalue',
    'phonesworkvalue', // Google
    'phones0value',
    'telephone',
    'tel',
    'telephoneprofessionnel',
    'telpro',
    'mobile',
    'mobilephone',
    'portable',
  ],
  chat: ['chat', 'chathandle', 'slack', 'slackhandle', 'teams', 'im', 'ims0value'],
  unit: [
    'unit',
    'department',
    'departmentname',
    'homedepartmentdescription', // ADP
    'homedepartment',
    'departmentdescription',
    'dept',
    'enterprisedepartment', // SCIM
    'organizations0department', // Google
    'supervisoryorganization', // Workday
    'orgunit',
    'organizationalunit',
    'organisationunit',
    'organizationunit',
    'businessunit',
    'team',
    'division',
    'service',
    'ou', // LDAP
    'departement',
    'direction',
    'equipe',
    'unite',
    'uniteorganisationnelle',
    'costcenter', // a unit when nothing better is there
    'costcentre',
    'centredecout',
  ],
  organisation: [
    'organisation',
    'organization',
    'company',
    'companyname', // Entra ID
    'legalentity', // Workday, SuccessFactors
    'legalentityname',
    'entity',
    'employer',
    'subsidiary',
    'agency',
    'enterpriseorganization', // SCIM
    'organizations0name', // Google
    'o', // LDAP
    'societe',
    'entreprise',
    'entitejuridique',
    'employeur',
  ],
  location: [
    'addresses0locality', // SCIM (before its `meta.location`, a URL)
    'addressesworklocality',
    'location',
    'locationdescription', // ADP
    'officelocation', // Graph
    'office',
    'worklocation',
    'site',
    'workplace',
    'building',
    'city',
    'physicaldeliveryofficename', // AD
    'l', // LDAP
    'lieu',
    'lieudetravail',
    'etablissement', // a site, not a legal entity
    'bureau',
    'ville',
    'etablissementgeographique',
  ],
  grade: [
    'grade',
    'gradeorequivalent', // organograms
    'paygrade',
    'jobgrade',
    'band',
    'level',
    'joblevel',
    'echelon',
    'categorie',
    'corps',
  ],
  fte: [
    'fte',
    'numberofpostsinfte', // organogram junior staff
    'ftes',
    'fulltimeequivalent',
    'etp',
    'equivalenttempsplein',
    'quotite',
    'tauxdactivite',
  ],
  headcount: [
    'headcount',
    'numberofposts',
    'numberofstaff',
    'count',
    'effectif',
    'effectifs',
    'nombredepostes',
    'nombredagents',
  ],
};

/** Lower case, accents and punctuation removed: "Manager's E-mail" → "managersemail". */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, (m) => (/[£$€]/.test(m) ? '' : m)) // "Payscale Minimum (£)" → "payscaleminimum"
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The normalised forms a heading answers to: the whole heading and its dotted/colon tails, so
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value` matches "managervalue".
 */
export function headingForms(heading: string): string[] {
  const parts = heading.split(/[.:]/);
  const forms = [normalizeHeading(heading)];
  for (let i = 1; i < parts.length; i++) forms.push(normalizeHeading(parts.slice(i).join('.')));
  return forms;
}

/** How well a heading names a field: < 0 no, higher is better (whole-heading matches first). */
export function headingScore(heading: string, field: HeadingField): number {
  const aliases = HEADINGS[field];
  let best = -1;
  headingForms(heading).forEach((form, i) => {
    const rank = aliases.indexOf(form);
    if (rank >= 0) best = Math.max(best, (i === 0 ? 2000 : 1000) - rank);
  });
  return best;
}
