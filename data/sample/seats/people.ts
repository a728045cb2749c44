/** Seats of the executive office, HR and payroll. */
import { group, seat, type SeatDef } from '../seatTable';
import { ask } from './ask';

export const leadership: SeatDef[] = [
  seat('ceo', {
    unit: 'lead',
    site: 'par',
    title: ['Chief executive officer', 'Directrice générale'],
    purpose: [
      'Lead Northwind and answer for its results.',
      'Diriger Northwind et répondre de ses résultats.',
    ],
    ask: ask(['company strategy', 'customers'], ['stratégie', 'clients']),
    backup: 'coo',
  }),
  seat('ceo-ea', {
    unit: 'lead',
    site: 'par',
    reportsTo: 'ceo',
    assistant: true,
    title: ['Executive assistant to the CEO', 'Assistante de direction de la directrice générale'],
    purpose: [
      "Run the CEO's agenda, travel and correspondence.",
      'Gérer l’agenda, les déplacements et le courrier de la direction générale.',
    ],
    ask: ask(
      ['meeting the CEO', 'board meetings'],
      ['rendez-vous avec la DG', 'conseil d’administration'],
    ),
    backup: 'coo-assistant',
  }),
  seat('chief-of-staff', {
    unit: 'lead',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief of staff', 'Directeur de cabinet'],
    purpose: [
      'Turn executive decisions into plans and follow them up.',
      'Traduire les décisions de la direction en plans et en assurer le suivi.',
    ],
    ask: ask(['objectives', 'executive committee'], ['objectifs', 'comité de direction']),
    backup: 'strategy-analyst',
  }),
  seat('strategy-analyst', {
    unit: 'lead',
    site: 'par',
    reportsTo: 'chief-of-staff',
    title: ['Strategy analyst', 'Analyste stratégie'],
    purpose: [
      'Market studies and the quarterly business review.',
      'Études de marché et revue trimestrielle d’activité.',
    ],
    ask: ask(['market data', 'competitors'], ['données de marché', 'concurrence']),
    backup: 'chief-of-staff',
  }),
];

export const hr: SeatDef[] = [
  seat('chro', {
    unit: 'hr',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief human resources officer', 'Directeur des ressources humaines'],
    purpose: [
      'Own the people strategy, labour relations and HR policies.',
      'Porter la politique RH, le dialogue social et les règles RH.',
    ],
    ask: ask(['HR policies', 'works council'], ['politique RH', 'CSE']),
    backup: 'hr-svc-mgr',
  }),
  seat('hr-bp-sales', {
    unit: 'hr',
    site: 'par',
    reportsTo: 'chro',
    dotted: ['vp-sales'],
    title: [
      'HR business partner, Sales and customer service',
      'HR business partner, Ventes et service client',
    ],
    purpose: [
      'The HR partner of the sales and customer service managers.',
      'Partenaire RH des managers des ventes et du service client.',
    ],
    ask: ask(
      ['performance reviews', 'internal mobility'],
      ['entretiens annuels', 'mobilité interne'],
    ),
    backup: 'hr-bp-ops',
  }),
  seat('hr-bp-ops', {
    unit: 'hr',
    site: 'lyo',
    reportsTo: 'chro',
    dotted: ['coo'],
    title: ['HR business partner, Operations', 'HR business partner, Opérations'],
    purpose: [
      'The HR partner of the warehouse and transport managers.',
      'Partenaire RH des managers des entrepôts et du transport.',
    ],
    ask: ask(['shift work rules', 'temporary staff'], ['travail posté', 'intérim']),
    backup: 'hr-bp-rd',
  }),
  seat('hr-bp-rd', {
    unit: 'hr',
    site: 'mtl',
    reportsTo: 'chro',
    dotted: ['cto'],
    title: [
      'HR business partner, R&D and North America',
      'HR business partner, R&D et Amérique du Nord',
    ],
    purpose: [
      'The HR partner of R&D and of the Canadian teams.',
      'Partenaire RH de la R&D et des équipes canadiennes.',
    ],
    ask: ask(
      ['Canadian employment rules', 'career paths'],
      ['droit du travail canadien', 'parcours de carrière'],
    ),
    backup: 'hr-bp-sales',
  }),
  seat('hr-svc-mgr', {
    unit: 'hr-svc',
    site: 'par',
    reportsTo: 'chro',
    title: ['HR services manager', 'Responsable de l’administration du personnel'],
    purpose: [
      'Run the HR desk: leave, contracts, certificates, benefits.',
      'Piloter l’accueil RH : congés, contrats, attestations, avantages.',
    ],
    ask: ask(['leave policy', 'remote work policy'], ['règles de congés', 'charte télétravail']),
    backup: 'hr-admin-1',
  }),
  ...group(
    'hr-admin',
    4,
    {
      unit: 'hr-svc',
      site: 'par',
      reportsTo: 'hr-svc-mgr',
      title: ['HR administrator', 'Gestionnaire administration du personnel'],
      purpose: [
        'Answer employees on leave, absences, contracts and certificates.',
        'Répondre aux salariés sur les congés, absences, contrats et attestations.',
      ],
      ask: ask(['leave balance', 'sick leave'], ['solde de congés', 'arrêt maladie']),
    },
    {
      3: { awayUntil: '2027-03-31', ask: ask(['parental leave'], ['congé parental']) },
      4: {
        site: 'mtl',
        title: ['HR administrator, Canada', 'Gestionnaire RH, Canada'],
        ask: ask(
          ['Canadian leave', 'employment letters'],
          ['congés au Canada', 'attestations d’emploi'],
        ),
      },
    },
  ),
  seat('hr-benefits', {
    unit: 'hr-svc',
    site: 'par',
    reportsTo: 'hr-svc-mgr',
    title: ['Benefits officer', 'Chargée des avantages sociaux'],
    purpose: [
      'Health insurance, pension, meal vouchers and transport benefits.',
      'Mutuelle, prévoyance, titres-restaurant et remboursement des transports.',
    ],
    ask: ask(
      ['health insurance', 'meal vouchers', 'transit pass'],
      ['mutuelle', 'titres-restaurant', 'pass Navigo'],
    ),
    backup: 'hr-admin-2',
  }),
  seat('hr-hris', {
    unit: 'hr-svc',
    site: 'par',
    reportsTo: 'hr-svc-mgr',
    title: ['HR information systems analyst', 'Chargé du SIRH'],
    purpose: [
      'Keep the HR portal and employee records right.',
      'Tenir le portail RH et les dossiers du personnel à jour.',
    ],
    ask: ask(['HR portal', 'org chart data'], ['portail RH', 'données de l’organigramme']),
    backup: 'hr-admin-1',
  }),
  seat('talent-mgr', {
    unit: 'hr-talent',
    site: 'par',
    reportsTo: 'chro',
    title: ['Head of talent and learning', 'Responsable talents et formation'],
    purpose: [
      'Hiring, onboarding, learning and careers.',
      'Recrutement, intégration, formation et carrières.',
    ],
    ask: ask(['hiring plan', 'training budget'], ['plan de recrutement', 'budget formation']),
    backup: 'recruiter-1',
  }),
  ...group(
    'recruiter',
    3,
    {
      unit: 'hr-talent',
      site: 'par',
      reportsTo: 'talent-mgr',
      title: ['Recruiter', 'Chargée de recrutement'],
      purpose: [
        'Run hiring from job ad to signed offer.',
        'Mener les recrutements, de l’annonce à la promesse d’embauche.',
      ],
      ask: ask(['job ads', 'interviews'], ['annonces', 'entretiens']),
    },
    {
      2: { awayUntil: '2027-04-30' },
      3: { vacant: true, site: 'mtl', title: ['Recruiter, Canada', 'Recruteur, Canada'] },
    },
  ),
  ...group('learning', 2, {
    unit: 'hr-talent',
    site: 'par',
    reportsTo: 'talent-mgr',
    title: ['Learning officer', 'Chargé de formation'],
    purpose: [
      'Training catalogue, registrations and language courses.',
      'Catalogue de formation, inscriptions et cours de langue.',
    ],
    ask: ask(
      ['training catalogue', 'language courses'],
      ['catalogue de formation', 'cours de langue'],
    ),
  }),
  seat('onboarding-coord', {
    unit: 'hr-talent',
    site: 'par',
    reportsTo: 'talent-mgr',
    title: ['Onboarding coordinator', 'Coordinatrice intégration'],
    purpose: [
      'Make every new hire’s first weeks smooth.',
      'Réussir les premières semaines de chaque nouvel arrivant.',
    ],
    ask: ask(
      ['first day', 'induction', 'buddies'],
      ['premier jour', 'parcours d’intégration', 'parrainage'],
    ),
    backup: 'learning-1',
  }),
  seat('pay-head', {
    unit: 'pay',
    site: 'par',
    reportsTo: 'chro',
    dotted: ['cfo'],
    title: ['Head of payroll', 'Responsable de la paie'],
    purpose: [
      'Deliver accurate payroll in three countries.',
      'Garantir une paie exacte dans trois pays.',
    ],
    ask: ask(
      ['payroll calendar', 'pay policy'],
      ['calendrier de paie', 'politique de rémunération'],
    ),
    backup: 'pay-analyst',
  }),
  ...group(
    'pay-officer',
    4,
    {
      unit: 'pay',
      site: 'par',
      reportsTo: 'pay-head',
      title: ['Payroll officer', 'Gestionnaire de paie'],
      purpose: [
        'Prepare and check payslips; answer pay questions.',
        'Préparer et contrôler les bulletins ; répondre aux questions de paie.',
      ],
      ask: ask(['payslips', 'pay errors'], ['bulletins de paie', 'erreurs de paie']),
    },
    {
      1: { awayUntil: '2027-02-28' },
      4: {
        site: 'mtl',
        title: ['Payroll officer, Canada and UK', 'Gestionnaire de paie, Canada et Royaume-Uni'],
        ask: ask(['T4 and P60', 'Canadian payroll'], ['T4 et relevé 1', 'paie canadienne']),
      },
    },
  ),
  seat('pay-analyst', {
    unit: 'pay',
    site: 'par',
    reportsTo: 'pay-head',
    title: ['Time and attendance analyst', 'Analyste temps et activités'],
    purpose: [
      'Time tracking, overtime and allowances feeding payroll.',
      'Pointage, heures supplémentaires et primes pour la paie.',
    ],
    ask: ask(['timesheets', 'overtime'], ['pointage', 'heures supplémentaires']),
    backup: 'pay-officer-2',
  }),
];
