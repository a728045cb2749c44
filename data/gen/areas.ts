/**
 * The functional areas of a generated organisation, mirroring the sample's units so the sample's
 * topics (and their words) can be reused: each department kind is a sample unit id.
 */
import type { Bi } from './bi';

export interface DepartmentKind {
  /** The sample unit id whose topics this department answers. */
  kind: string;
  name: Bi;
  /** Titles of individual contributors, picked in turn. */
  staff: readonly Bi[];
}

export interface AreaDef {
  key: string;
  /** Share of the headcount. */
  weight: number;
  name: Bi;
  head: Bi;
  departments: readonly DepartmentKind[];
}

export const AREAS: readonly AreaDef[] = [
  {
    key: 'hr',
    weight: 0.035,
    name: ['Human resources', 'Ressources humaines'],
    head: ['Chief human resources officer', 'Directeur·rice des ressources humaines'],
    departments: [
      {
        kind: 'hr-svc',
        name: ['HR services', 'Administration du personnel'],
        staff: [
          ['HR administrator', 'Gestionnaire RH'],
          ['Benefits officer', 'Chargé·e des avantages sociaux'],
          ['HR business partner', 'HR business partner'],
        ],
      },
      {
        kind: 'pay',
        name: ['Payroll', 'Paie'],
        staff: [
          ['Payroll officer', 'Gestionnaire de paie'],
          ['Time and attendance analyst', 'Analyste temps et activités'],
        ],
      },
      {
        kind: 'hr-talent',
        name: ['Talent and learning', 'Talents et formation'],
        staff: [
          ['Recruiter', 'Chargé·e de recrutement'],
          ['Learning officer', 'Chargé·e de formation'],
          ['Onboarding coordinator', 'Coordinateur·rice intégration'],
        ],
      },
    ],
  },
  {
    key: 'it',
    weight: 0.05,
    name: ['Information technology', 'Informatique'],
    head: ['Chief information officer', 'Directeur·rice des systèmes d’information'],
    departments: [
      {
        kind: 'it-help',
        name: ['IT helpdesk', 'Support informatique'],
        staff: [
          ['IT support technician', 'Technicien·ne support informatique'],
          ['IT site coordinator', 'Correspondant·e informatique'],
        ],
      },
      {
        kind: 'it-infra',
        name: ['Infrastructure and security', 'Infrastructure et sécurité'],
        staff: [
          ['Systems administrator', 'Administrateur·rice systèmes'],
          ['Network engineer', 'Ingénieur·e réseau'],
          ['Security analyst', 'Analyste sécurité'],
        ],
      },
      {
        kind: 'it-apps',
        name: ['Business applications', 'Applications métier'],
        staff: [['Application analyst', 'Analyste applicatif']],
      },
    ],
  },
  {
    key: 'fin',
    weight: 0.035,
    name: ['Finance', 'Finance'],
    head: ['Chief financial officer', 'Directeur·rice administratif et financier'],
    departments: [
      {
        kind: 'fin-ap',
        name: ['Accounts payable', 'Comptabilité fournisseurs'],
        staff: [['Accounts payable clerk', 'Comptable fournisseurs']],
      },
      {
        kind: 'fin-acc',
        name: ['Accounting and control', 'Comptabilité et contrôle de gestion'],
        staff: [
          ['Accountant', 'Comptable'],
          ['Management controller', 'Contrôleur·se de gestion'],
          ['Treasury officer', 'Trésorier·ère'],
        ],
      },
      { kind: 'fin-proc', name: ['Procurement', 'Achats'], staff: [['Buyer', 'Acheteur·se']] },
    ],
  },
  {
    key: 'fac',
    weight: 0.03,
    name: ['Facilities and security', 'Services généraux et sûreté'],
    head: ['Facilities director', 'Directeur·rice des services généraux'],
    departments: [
      {
        kind: 'fac',
        name: ['Facilities', 'Services généraux'],
        staff: [
          ['Facilities coordinator', 'Chargé·e des services généraux'],
          ['Receptionist', 'Hôte·sse d’accueil'],
          ['Mail clerk', 'Agent·e courrier'],
        ],
      },
      {
        kind: 'fac-sec',
        name: ['Site security', 'Sûreté des sites'],
        staff: [
          ['Access control officer', 'Agent·e de contrôle d’accès'],
          ['Security guard', 'Agent·e de sécurité'],
        ],
      },
    ],
  },
  {
    key: 'legal',
    weight: 0.008,
    name: ['Legal and compliance', 'Juridique et conformité'],
    head: ['General counsel', 'Directeur·rice juridique'],
    departments: [
      {
        kind: 'legal',
        name: ['Legal', 'Juridique'],
        staff: [
          ['Legal counsel', 'Juriste'],
          ['Compliance officer', 'Responsable conformité'],
          ['Paralegal', 'Assistant·e juridique'],
          ['Data protection officer', 'Délégué·e à la protection des données'],
        ],
      },
    ],
  },
  {
    key: 'comms',
    weight: 0.008,
    name: ['Communications', 'Communication'],
    head: ['Communications director', 'Directeur·rice de la communication'],
    departments: [
      {
        kind: 'comms',
        name: ['Communications', 'Communication'],
        staff: [
          ['Internal communications officer', 'Chargé·e de communication interne'],
          ['Graphic designer', 'Graphiste'],
          ['Press officer', 'Chargé·e des relations presse'],
          ['Web editor', 'Rédacteur·rice web'],
        ],
      },
    ],
  },
  {
    key: 'sales',
    weight: 0.12,
    name: ['Sales', 'Ventes'],
    head: ['Vice-president, sales', 'Directeur·rice commercial·e'],
    departments: [
      {
        kind: 'sales',
        name: ['Sales operations', 'Administration des ventes'],
        staff: [
          ['Pricing analyst', 'Analyste tarification'],
          ['Sales operations analyst', 'Analyste administration des ventes'],
        ],
      },
      {
        kind: 'sales-eu',
        name: ['Sales Europe', 'Ventes Europe'],
        staff: [['Account manager', 'Chargé·e d’affaires']],
      },
      {
        kind: 'sales-na',
        name: ['Sales North America', 'Ventes Amérique du Nord'],
        staff: [['Account manager', 'Chargé·e de compte']],
      },
    ],
  },
  {
    key: 'ops',
    weight: 0.45,
    name: ['Operations', 'Opérations'],
    head: ['Chief operating officer', 'Directeur·rice des opérations'],
    departments: [
      {
        kind: 'ops-lyon',
        name: ['Warehouse', 'Entrepôt'],
        staff: [
          ['Warehouse operative', 'Opérateur·rice logistique'],
          ['Inventory controller', 'Gestionnaire de stocks'],
          ['Forklift driver', 'Cariste'],
        ],
      },
      {
        kind: 'ops-transport',
        name: ['Transport planning', 'Planification du transport'],
        staff: [
          ['Transport planner', 'Affréteur·se'],
          ['Customs specialist', 'Déclarant·e en douane'],
          ['Fleet coordinator', 'Gestionnaire de parc'],
        ],
      },
      {
        kind: 'ops-hse',
        name: ['Health and safety', 'Santé et sécurité au travail'],
        staff: [
          ['Health and safety officer', 'Animateur·rice sécurité'],
          ['Occupational health nurse', 'Infirmier·ère en santé au travail'],
        ],
      },
      {
        kind: 'ops-mtl',
        name: ['Cross-dock hub', 'Plateforme de transbordement'],
        staff: [
          ['Warehouse associate', 'Préposé·e d’entrepôt'],
          ['Dock coordinator', 'Coordinateur·rice de quai'],
        ],
      },
    ],
  },
  {
    key: 'cs',
    weight: 0.12,
    name: ['Customer service', 'Service client'],
    head: ['Head of customer service', 'Directeur·rice du service client'],
    departments: [
      {
        kind: 'cs-care',
        name: ['Customer care', 'Relation client'],
        staff: [['Customer care agent', 'Conseiller·ère relation client']],
      },
      {
        kind: 'cs-claims',
        name: ['Claims', 'Litiges et réclamations'],
        staff: [['Claims handler', 'Gestionnaire de litiges']],
      },
      {
        kind: 'cs',
        name: ['Customer escalations', 'Escalades client'],
        staff: [['Customer success manager', 'Responsable succès client']],
      },
    ],
  },
  {
    key: 'rd',
    weight: 0.13,
    name: ['Research and development', 'Recherche et développement'],
    head: ['Chief technology officer', 'Directeur·rice technique'],
    departments: [
      {
        kind: 'rd-platform',
        name: ['Tracking platform', 'Plateforme de suivi'],
        staff: [
          ['Software engineer', 'Ingénieur·e logiciel'],
          ['QA engineer', 'Ingénieur·e qualité'],
          ['Product manager', 'Chef·fe de produit'],
          ['Site reliability engineer', 'Ingénieur·e fiabilité'],
        ],
      },
      {
        kind: 'rd-data',
        name: ['Data and optimisation', 'Données et optimisation'],
        staff: [
          ['Data scientist', 'Scientifique des données'],
          ['Data engineer', 'Ingénieur·e de données'],
        ],
      },
    ],
  },
];

/** Sample units that are not a department kind above, mapped to the kind that answers their topics. */
export const KIND_ALIASES: Readonly<Record<string, string>> = {
  hr: 'hr-svc',
  it: 'it-help',
  fin: 'fin-acc',
  ops: 'ops-lyon',
};

export interface SiteDef {
  name: Bi;
  timeZone: string;
  /** Country and area code; `phoneNumber` adds the rest. */
  phone: string;
  langs: readonly string[];
  culture: 'fr' | 'qc' | 'en';
}

export const SITES: readonly SiteDef[] = [
  {
    name: ['Paris', 'Paris'],
    timeZone: 'Europe/Paris',
    phone: '+33 1 99',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Lyon', 'Lyon'],
    timeZone: 'Europe/Paris',
    phone: '+33 4 65',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Lille', 'Lille'],
    timeZone: 'Europe/Paris',
    phone: '+33 3 53',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Marseille', 'Marseille'],
    timeZone: 'Europe/Paris',
    phone: '+33 4 65',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Bordeaux', 'Bordeaux'],
    timeZone: 'Europe/Paris',
    phone: '+33 5 36',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Nantes', 'Nantes'],
    timeZone: 'Europe/Paris',
    phone: '+33 2 61',
    langs: ['fr', 'en'],
    culture: 'fr',
  },
  {
    name: ['Montréal', 'Montréal'],
    timeZone: 'America/Montreal',
    phone: '+1 514',
    langs: ['fr', 'en'],
    culture: 'qc',
  },
  {
    name: ['Québec City', 'Québec'],
    timeZone: 'America/Montreal',
    phone: '+1 418',
    langs: ['fr', 'en'],
    culture: 'qc',
  },
  {
    name: ['Toronto', 'Toronto'],
    timeZone: 'America/Toronto',
    phone: '+1 416',
    langs: ['en', 'fr'],
    culture: 'en',
  },
  {
    name: ['London', 'Londres'],
    timeZone: 'Europe/London',
    phone: '+44 20',
    langs: ['en', 'fr'],
    culture: 'en',
  },
  {
    name: ['Manchester', 'Manchester'],
    timeZone: 'Europe/London',
    phone: '+44 161',
    langs: ['en'],
    culture: 'en',
  },
  {
    name: ['Brussels', 'Bruxelles'],
    timeZone: 'Europe/Brussels',
    phone: '+32 2',
    langs: ['fr', 'en', 'nl'],
    culture: 'fr',
  },
];

export const HOURS: readonly Bi[] = [
  ['Mon–Fri 9:00–17:30', 'lun.–ven. 9 h–17 h 30'],
  ['Mon–Fri 8:30–17:00', 'lun.–ven. 8 h 30–17 h'],
  ['Mon–Fri 8:00–16:30', 'lun.–ven. 8 h–16 h 30'],
  ['Mon–Thu 9:00–18:00, Fri 9:00–16:00', 'lun.–jeu. 9 h–18 h, ven. 9 h–16 h'],
  ['Shifts 6:00–14:00 or 14:00–22:00', 'Postes 6 h–14 h ou 14 h–22 h'],
];

/** The `n`-th phone number of a site, written the way its country writes numbers. */
export function phoneNumber(site: SiteDef, n: number): string {
  if (site.phone.startsWith('+1 ')) {
    const d = String(n).padStart(7, '0');
    return `${site.phone} ${d.slice(0, 3)} ${d.slice(3)}`;
  }
  if (site.phone.startsWith('+44 ')) {
    const d = String(n).padStart(8, '0');
    return `${site.phone} ${d.slice(0, 4)} ${d.slice(4)}`;
  }
  const d = String(n).padStart(6, '0');
  return `${site.phone} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`;
}
