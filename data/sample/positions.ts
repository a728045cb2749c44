/** The sample organisation's seats, by unit. Ids are referenced by topics (RACI) and backups. */
import { group, seat, type SeatDef } from './seats';
import type { BiList } from './types';

const ask = (en: string[], fr: string[]): BiList => [en, fr];
const SHIFT = ['Shifts 6:00–14:00 or 14:00–22:00', 'Postes 6 h–14 h ou 14 h–22 h'] as const;

const leadership: SeatDef[] = [
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

const hr: SeatDef[] = [
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

const it: SeatDef[] = [
  seat('cio', {
    unit: 'it',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief information officer', 'Directeur des systèmes d’information'],
    purpose: [
      'IT strategy, budget and service quality.',
      'Stratégie, budget et qualité de service informatiques.',
    ],
    ask: ask(['IT roadmap', 'IT budget'], ['feuille de route IT', 'budget informatique']),
    backup: 'infra-mgr',
  }),
  seat('helpdesk-mgr', {
    unit: 'it-help',
    site: 'par',
    reportsTo: 'cio',
    title: ['IT helpdesk manager', 'Responsable du support informatique'],
    purpose: [
      'Run the helpdesk and its service levels on every site.',
      'Piloter le support et ses niveaux de service sur tous les sites.',
    ],
    ask: ask(
      ['ticket escalation', 'equipment policy'],
      ['escalade des tickets', 'politique matériel'],
    ),
    backup: 'it-tech-par-1',
  }),
  ...group(
    'it-tech-par',
    4,
    {
      unit: 'it-help',
      site: 'par',
      reportsTo: 'helpdesk-mgr',
      title: ['IT support technician, Paris', 'Technicien support informatique, Paris'],
      purpose: [
        'Fix, replace and set up laptops, phones and accounts.',
        'Dépanner, remplacer et installer ordinateurs, téléphones et comptes.',
      ],
      ask: ask(['laptops', 'passwords'], ['ordinateurs portables', 'mots de passe']),
    },
    { 2: { awayUntil: '2027-01-15' } },
  ),
  ...group('it-tech-mtl', 2, {
    unit: 'it-help',
    site: 'mtl',
    reportsTo: 'helpdesk-mgr',
    title: ['IT support technician, Montréal', 'Technicienne support informatique, Montréal'],
    purpose: [
      'Helpdesk for the Montréal hub and the North American teams.',
      'Support pour la plateforme de Montréal et les équipes nord-américaines.',
    ],
    ask: ask(['laptops', 'mobile phones'], ['ordinateurs portables', 'téléphones mobiles']),
  }),
  seat('infra-mgr', {
    unit: 'it-infra',
    site: 'par',
    reportsTo: 'cio',
    title: ['Infrastructure manager', 'Responsable infrastructure'],
    purpose: [
      'Networks, servers, storage and remote access.',
      'Réseaux, serveurs, stockage et accès à distance.',
    ],
    ask: ask(['network', 'VPN'], ['réseau', 'VPN']),
    backup: 'sysadmin-1',
  }),
  seat('ciso', {
    unit: 'it-infra',
    site: 'par',
    reportsTo: 'cio',
    title: [
      'Information security officer',
      'Responsable de la sécurité des systèmes d’information',
    ],
    purpose: [
      'Protect our information and handle security incidents.',
      'Protéger l’information et traiter les incidents de sécurité.',
    ],
    ask: ask(['phishing', 'security policy'], ['hameçonnage', 'politique de sécurité']),
    backup: 'security-analyst',
  }),
  seat('security-analyst', {
    unit: 'it-infra',
    site: 'par',
    reportsTo: 'ciso',
    title: ['Security analyst', 'Analyste sécurité'],
    purpose: [
      'Watch alerts, investigate suspicious emails and incidents.',
      'Surveiller les alertes, analyser courriels suspects et incidents.',
    ],
    ask: ask(['suspicious emails', 'MFA'], ['courriels suspects', 'double authentification']),
    backup: 'ciso',
  }),
  ...group('sysadmin', 2, {
    unit: 'it-infra',
    site: 'par',
    reportsTo: 'infra-mgr',
    title: ['Systems administrator', 'Administrateur systèmes'],
    purpose: [
      'Servers, file shares, backups and VPN.',
      'Serveurs, partages de fichiers, sauvegardes et VPN.',
    ],
    ask: ask(['file recovery', 'VPN'], ['restauration de fichiers', 'VPN']),
  }),
  ...group(
    'network',
    2,
    {
      unit: 'it-infra',
      site: 'par',
      reportsTo: 'infra-mgr',
      title: ['Network engineer', 'Ingénieure réseau'],
      purpose: ['Wi-Fi, site links and telephony.', 'Wi-Fi, liaisons entre sites et téléphonie.'],
      ask: ask(['Wi-Fi', 'site network'], ['Wi-Fi', 'réseau des sites']),
    },
    { 2: { site: 'mtl' } },
  ),
  seat('apps-mgr', {
    unit: 'it-apps',
    site: 'par',
    reportsTo: 'cio',
    title: ['Business applications manager', 'Responsable des applications métier'],
    purpose: ['ERP, warehouse, HR and CRM systems.', 'ERP, WMS, SIRH et CRM.'],
    ask: ask(['ERP', 'application access'], ['ERP', 'habilitations applicatives']),
    backup: 'app-analyst-1',
  }),
  ...group(
    'app-analyst',
    4,
    {
      unit: 'it-apps',
      site: 'par',
      reportsTo: 'apps-mgr',
      title: ['Application analyst', 'Analyste applicatif'],
      purpose: [
        'Support and change requests for a business application.',
        'Support et évolutions d’une application métier.',
      ],
    },
    {
      1: {
        title: ['Application analyst, ERP and warehouse system', 'Analyste applicatif ERP et WMS'],
        ask: ask(['ERP', 'WMS'], ['ERP', 'WMS']),
      },
      2: {
        title: ['Application analyst, HR systems', 'Analyste applicatif SIRH'],
        ask: ask(['HR portal access'], ['accès au portail RH']),
      },
      3: {
        title: ['Application analyst, CRM', 'Analyste applicatif CRM'],
        ask: ask(['CRM', 'customer data'], ['CRM', 'données clients']),
      },
      4: {
        vacant: true,
        title: ['Application analyst, reporting', 'Analyste applicatif reporting'],
      },
    },
  ),
];

const finance: SeatDef[] = [
  seat('cfo', {
    unit: 'fin',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief financial officer', 'Directeur administratif et financier'],
    purpose: [
      'Finance, accounting, procurement and treasury.',
      'Finance, comptabilité, achats et trésorerie.',
    ],
    ask: ask(['budget', 'financial results'], ['budget', 'résultats financiers']),
    backup: 'controller-head',
  }),
  seat('cfo-assistant', {
    unit: 'fin',
    site: 'par',
    reportsTo: 'cfo',
    assistant: true,
    title: ['Assistant to the CFO', 'Assistant du directeur financier'],
    purpose: [
      "Run the CFO's agenda and the signature book.",
      'Gérer l’agenda du DAF et le parapheur.',
    ],
    ask: ask(['signatures', 'CFO agenda'], ['parapheur', 'agenda du DAF']),
    backup: 'ceo-ea',
  }),
  seat('treasury', {
    unit: 'fin',
    site: 'par',
    reportsTo: 'cfo',
    title: ['Treasury officer', 'Trésorière'],
    purpose: [
      'Bank accounts, cash and urgent payments.',
      'Comptes bancaires, trésorerie et paiements urgents.',
    ],
    ask: ask(['bank accounts', 'urgent payments'], ['comptes bancaires', 'paiements urgents']),
    backup: 'controller-head',
  }),
  seat('ap-mgr', {
    unit: 'fin-ap',
    site: 'par',
    reportsTo: 'cfo',
    title: ['Accounts payable manager', 'Responsable comptabilité fournisseurs'],
    purpose: [
      'Pay suppliers and reimburse employees, accurately and on time.',
      'Payer les fournisseurs et rembourser les salariés, justement et à temps.',
    ],
    ask: ask(['expense policy', 'payment runs'], ['politique de frais', 'campagnes de paiement']),
    backup: 'ap-clerk-1',
  }),
  ...group(
    'ap-clerk',
    4,
    {
      unit: 'fin-ap',
      site: 'par',
      reportsTo: 'ap-mgr',
      title: ['Accounts payable clerk', 'Comptable fournisseurs'],
      purpose: [
        'Check and pay expense reports and invoices.',
        'Contrôler et payer notes de frais et factures.',
      ],
      ask: ask(['expense reports', 'receipts'], ['notes de frais', 'justificatifs']),
    },
    {
      2: { awayUntil: '2027-01-20' },
      3: { ask: ask(['supplier invoices'], ['factures fournisseurs']) },
      4: {
        site: 'mtl',
        title: [
          'Accounts payable clerk, North America',
          'Comptable fournisseurs, Amérique du Nord',
        ],
        ask: ask(
          ['corporate cards', 'Canadian expenses'],
          ['cartes professionnelles', 'frais au Canada'],
        ),
      },
    },
  ),
  seat('controller-head', {
    unit: 'fin-acc',
    site: 'par',
    reportsTo: 'cfo',
    title: ['Head of accounting and control', 'Responsable comptabilité et contrôle de gestion'],
    purpose: [
      'Closing, budget process, taxes and customer invoicing.',
      'Clôtures, processus budgétaire, fiscalité et facturation client.',
    ],
    ask: ask(
      ['budget process', 'month-end closing'],
      ['processus budgétaire', 'clôture mensuelle'],
    ),
    backup: 'controller-1',
  }),
  seat('controller-1', {
    unit: 'fin-acc',
    site: 'par',
    reportsTo: 'controller-head',
    title: ['Management controller', 'Contrôleuse de gestion'],
    purpose: [
      'Budgets and cost centres of the European entities.',
      'Budgets et centres de coûts des entités européennes.',
    ],
    ask: ask(['cost centres', 'budget'], ['centres de coûts', 'budget']),
    backup: 'controller-mtl',
  }),
  seat('controller-mtl', {
    unit: 'fin-acc',
    site: 'mtl',
    reportsTo: 'controller-head',
    dotted: ['mtl-director'],
    title: ['Management controller, North America', 'Contrôleur de gestion, Amérique du Nord'],
    purpose: [
      'Budgets and reporting of the Canadian entity.',
      'Budgets et reporting de l’entité canadienne.',
    ],
    ask: ask(['Canadian budget'], ['budget Canada']),
    backup: 'controller-1',
  }),
  ...group(
    'accountant',
    4,
    {
      unit: 'fin-acc',
      site: 'par',
      reportsTo: 'controller-head',
      title: ['Accountant', 'Comptable'],
      purpose: [
        'General ledger, closing and reconciliations.',
        'Comptabilité générale, clôture et rapprochements.',
      ],
      ask: ask(['closing', 'reconciliations'], ['clôture', 'rapprochements']),
    },
    {
      2: {
        title: ['Billing accountant', 'Comptable facturation'],
        ask: ask(['customer invoices', 'credit notes'], ['factures clients', 'avoirs']),
      },
      3: {
        title: ['Billing accountant', 'Comptable facturation'],
        site: 'mtl',
        ask: ask(['customer invoices'], ['factures clients']),
      },
      4: { title: ['Tax accountant', 'Comptable fiscaliste'], ask: ask(['VAT'], ['TVA']) },
    },
  ),
  seat('procurement-mgr', {
    unit: 'fin-proc',
    site: 'par',
    reportsTo: 'cfo',
    title: ['Procurement manager', 'Responsable des achats'],
    purpose: [
      'Purchasing policy, suppliers and negotiations.',
      'Politique d’achats, fournisseurs et négociations.',
    ],
    ask: ask(['purchasing policy', 'supplier panel'], ['politique achats', 'panel fournisseurs']),
    backup: 'buyer-1',
  }),
  ...group(
    'buyer',
    3,
    {
      unit: 'fin-proc',
      site: 'par',
      reportsTo: 'procurement-mgr',
      title: ['Buyer', 'Acheteur'],
      purpose: ['Purchase requests, quotes and orders.', 'Demandes d’achat, devis et commandes.'],
      ask: ask(['purchase orders', 'quotes'], ['bons de commande', 'devis']),
    },
    {
      2: {
        title: ['IT and equipment buyer', 'Acheteuse informatique et équipements'],
        ask: ask(['IT purchases'], ['achats informatiques']),
      },
      3: {
        title: ['Travel and fleet buyer', 'Acheteur voyages et flotte'],
        ask: ask(['business travel', 'hotels'], ['voyages d’affaires', 'hôtels']),
      },
    },
  ),
];

const facilities: SeatDef[] = [
  seat('fac-mgr', {
    unit: 'fac',
    site: 'par',
    reportsTo: 'coo',
    title: ['Facilities manager', 'Responsable des services généraux'],
    purpose: [
      'Buildings, workspaces and site services.',
      'Bâtiments, espaces de travail et services sur site.',
    ],
    ask: ask(['office moves', 'building works'], ['déménagements', 'travaux']),
    backup: 'fac-coord-par-1',
  }),
  ...group('fac-coord-par', 2, {
    unit: 'fac',
    site: 'par',
    reportsTo: 'fac-mgr',
    title: ['Facilities coordinator, Paris', 'Chargée des services généraux, Paris'],
    purpose: [
      'Desks, repairs, cleaning and parking at head office.',
      'Postes de travail, réparations, ménage et parking au siège.',
    ],
    ask: ask(['desk moves', 'repairs'], ['déménagement de bureau', 'réparations']),
  }),
  seat('fac-coord-lyon', {
    unit: 'fac',
    site: 'lyo',
    reportsTo: 'fac-mgr',
    dotted: ['lyon-director'],
    title: ['Facilities coordinator, Lyon', 'Chargé des services généraux, Lyon'],
    purpose: [
      'Building upkeep and site services at the Lyon warehouse.',
      'Entretien du bâtiment et services sur le site de Lyon.',
    ],
    ask: ask(['building repairs', 'lockers'], ['réparations', 'vestiaires']),
    backup: 'fac-coord-par-2',
  }),
  seat('fac-coord-mtl', {
    unit: 'fac',
    site: 'mtl',
    reportsTo: 'fac-mgr',
    dotted: ['mtl-director'],
    title: ['Facilities coordinator, Montréal', 'Coordonnatrice des services généraux, Montréal'],
    purpose: [
      'Building upkeep and site services at the Montréal hub.',
      'Entretien du bâtiment et services sur la plateforme de Montréal.',
    ],
    ask: ask(['building repairs', 'parking'], ['réparations', 'stationnement']),
    backup: 'fac-coord-par-1',
  }),
  ...group('reception', 2, {
    unit: 'fac',
    site: 'par',
    reportsTo: 'fac-mgr',
    title: ['Receptionist', 'Hôte d’accueil'],
    purpose: [
      'Welcome visitors, book rooms, hand out temporary badges.',
      'Accueillir les visiteurs, réserver les salles, remettre les badges provisoires.',
    ],
    ask: ask(['visitors', 'meeting rooms'], ['visiteurs', 'salles de réunion']),
    hours: ['Mon–Fri 8:00–19:00 (alternating)', 'lun.–ven. 8 h–19 h (en alternance)'],
  }),
  seat('mailroom', {
    unit: 'fac',
    site: 'par',
    reportsTo: 'fac-mgr',
    title: ['Mail and logistics clerk', 'Agent courrier et logistique'],
    purpose: ['Incoming and outgoing mail and parcels.', 'Courrier et colis entrants et sortants.'],
    ask: ask(['parcels', 'registered mail'], ['colis', 'recommandés']),
    backup: 'reception-1',
  }),
  seat('security-mgr', {
    unit: 'fac-sec',
    site: 'par',
    reportsTo: 'fac-mgr',
    title: ['Site security manager', 'Responsable sûreté des sites'],
    purpose: [
      'Access control, badges and guarding on every site.',
      "Contrôle d'accès, badges et gardiennage sur tous les sites.",
    ],
    ask: ask(['access rights', 'site security'], ["droits d'accès", 'sûreté']),
    backup: 'badge-officer-1',
  }),
  ...group(
    'badge-officer',
    2,
    {
      unit: 'fac-sec',
      site: 'par',
      reportsTo: 'security-mgr',
      title: ['Access control officer', "Agent de contrôle d'accès"],
      purpose: [
        'Issue, replace and block badges; keys and lockers.',
        'Créer, remplacer et bloquer les badges ; clés et casiers.',
      ],
      ask: ask(['badges', 'keys'], ['badges', 'clés']),
    },
    { 1: { awayUntil: '2027-01-31' } },
  ),
  ...group('guard', 3, {
    unit: 'fac-sec',
    site: 'par',
    reportsTo: 'security-mgr',
    title: ['Security guard', 'Agent de sécurité'],
    purpose: [
      'Guard the head office, respond to alarms and incidents.',
      'Surveiller le siège, intervenir sur alarmes et incidents.',
    ],
    hours: ['Rotating shifts, 24/7', 'Rotation 24 h/24, 7 j/7'],
  }),
];

const legal: SeatDef[] = [
  seat('general-counsel', {
    unit: 'legal',
    site: 'par',
    reportsTo: 'ceo',
    title: ['General counsel', 'Directrice juridique'],
    purpose: [
      'Legal advice, contracts, disputes and compliance.',
      'Conseil juridique, contrats, contentieux et conformité.',
    ],
    ask: ask(['contracts', 'disputes'], ['contrats', 'contentieux']),
    backup: 'legal-counsel-1',
  }),
  ...group(
    'legal-counsel',
    3,
    {
      unit: 'legal',
      site: 'par',
      reportsTo: 'general-counsel',
      title: ['Legal counsel', 'Juriste'],
      purpose: [
        'Review contracts and advise the business.',
        'Relire les contrats et conseiller les métiers.',
      ],
      ask: ask(['commercial contracts'], ['contrats commerciaux']),
    },
    {
      2: {
        title: ['Employment lawyer', 'Juriste droit social'],
        ask: ask(['employment contracts'], ['contrats de travail']),
      },
      3: {
        site: 'mtl',
        title: ['Legal counsel, North America', 'Conseiller juridique, Amérique du Nord'],
      },
    },
  ),
  seat('compliance-officer', {
    unit: 'legal',
    site: 'par',
    reportsTo: 'general-counsel',
    title: ['Compliance officer', 'Responsable conformité'],
    purpose: [
      'Ethics, anti-corruption and the whistleblowing line.',
      'Éthique, anticorruption et dispositif d’alerte.',
    ],
    ask: ask(['gifts policy', 'whistleblowing'], ['cadeaux et invitations', 'lanceur d’alerte']),
    backup: 'legal-counsel-1',
  }),
  seat('dpo', {
    unit: 'legal',
    site: 'par',
    reportsTo: 'general-counsel',
    title: ['Data protection officer', 'Déléguée à la protection des données'],
    purpose: [
      'Personal data, GDPR requests and privacy by design.',
      'Données personnelles, demandes RGPD et protection dès la conception.',
    ],
    ask: ask(['GDPR', 'privacy'], ['RGPD', 'vie privée']),
    backup: 'compliance-officer',
  }),
  seat('paralegal', {
    unit: 'legal',
    site: 'par',
    reportsTo: 'general-counsel',
    title: ['Paralegal', 'Assistant juridique'],
    purpose: [
      'NDAs, contract templates, signatures and powers of attorney.',
      'Accords de confidentialité, modèles, signatures et délégations.',
    ],
    ask: ask(['NDA', 'e-signature'], ['NDA', 'signature électronique']),
    backup: 'legal-counsel-1',
  }),
];

const comms: SeatDef[] = [
  seat('comms-director', {
    unit: 'comms',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Communications director', 'Directrice de la communication'],
    purpose: [
      'Internal and external communication, brand and press.',
      'Communication interne et externe, marque et presse.',
    ],
    ask: ask(['company announcements', 'brand'], ['annonces internes', 'marque']),
    backup: 'internal-comms-1',
  }),
  ...group('internal-comms', 2, {
    unit: 'comms',
    site: 'par',
    reportsTo: 'comms-director',
    title: ['Internal communications officer', 'Chargé de communication interne'],
    purpose: [
      'Newsletters, town halls and internal events.',
      'Lettres internes, réunions plénières et événements internes.',
    ],
    ask: ask(['newsletter', 'events'], ['lettre interne', 'événements']),
  }),
  seat('web-editor', {
    unit: 'comms',
    site: 'par',
    reportsTo: 'comms-director',
    title: ['Intranet and web editor', 'Rédactrice web et intranet'],
    purpose: [
      'Intranet pages, news and the public website.',
      'Pages et actualités de l’intranet, site public.',
    ],
    ask: ask(['intranet', 'website'], ['intranet', 'site web']),
    backup: 'internal-comms-2',
  }),
  seat('designer', {
    unit: 'comms',
    site: 'par',
    reportsTo: 'comms-director',
    title: ['Graphic designer', 'Graphiste'],
    purpose: [
      'Brand, templates, business cards and visuals.',
      'Marque, modèles, cartes de visite et visuels.',
    ],
    ask: ask(['logo', 'templates'], ['logo', 'modèles']),
    backup: 'web-editor',
  }),
  seat('press-officer', {
    unit: 'comms',
    site: 'lon',
    reportsTo: 'comms-director',
    title: ['Press and social media officer', 'Chargé des relations presse et réseaux sociaux'],
    purpose: [
      'Journalists, press releases and our social media accounts.',
      'Journalistes, communiqués et comptes sur les réseaux sociaux.',
    ],
    ask: ask(['press', 'LinkedIn'], ['presse', 'LinkedIn']),
    backup: 'internal-comms-1',
  }),
];

const sales: SeatDef[] = [
  seat('vp-sales', {
    unit: 'sales',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Vice-president, sales', 'Directeur commercial'],
    purpose: [
      'Revenue, pricing policy and key accounts.',
      'Chiffre d’affaires, politique tarifaire et grands comptes.',
    ],
    ask: ask(['key accounts', 'pricing'], ['grands comptes', 'tarifs']),
    backup: 'sales-eu-head',
  }),
  seat('sales-assistant', {
    unit: 'sales',
    site: 'par',
    reportsTo: 'vp-sales',
    assistant: true,
    title: ['Sales director’s assistant', 'Assistante du directeur commercial'],
    purpose: [
      "Run the sales director's agenda and trade fair logistics.",
      'Gérer l’agenda du directeur commercial et la logistique des salons.',
    ],
    ask: ask(['trade fairs', 'sales agenda'], ['salons', 'agenda commercial']),
    backup: 'cfo-assistant',
  }),
  seat('sales-ops', {
    unit: 'sales',
    site: 'par',
    reportsTo: 'vp-sales',
    title: ['Sales operations analyst', 'Analyste administration des ventes'],
    purpose: [
      'CRM hygiene, sales reporting and commissions data.',
      'Qualité du CRM, reporting commercial et données de commissions.',
    ],
    ask: ask(['CRM', 'sales figures'], ['CRM', 'chiffres de vente']),
    backup: 'pricing-analyst',
  }),
  seat('pricing-analyst', {
    unit: 'sales',
    site: 'par',
    reportsTo: 'vp-sales',
    title: ['Pricing analyst', 'Analyste tarification'],
    purpose: [
      'Rate cards, quotes and discount approvals.',
      'Grilles tarifaires, devis et validation des remises.',
    ],
    ask: ask(['rate cards', 'discounts'], ['grilles tarifaires', 'remises']),
    backup: 'sales-ops',
  }),
  seat('sales-eu-head', {
    unit: 'sales-eu',
    site: 'par',
    reportsTo: 'vp-sales',
    title: ['Head of sales, Europe', 'Responsable des ventes Europe'],
    purpose: ['Win and keep European customers.', 'Conquérir et fidéliser les clients européens.'],
    ask: ask(['European customers'], ['clients européens']),
    backup: 'am-eu-1',
  }),
  ...group(
    'am-eu',
    8,
    {
      unit: 'sales-eu',
      site: 'par',
      reportsTo: 'sales-eu-head',
      title: ['Account manager, Europe', 'Chargé d’affaires Europe'],
      purpose: [
        'Grow a portfolio of European customers.',
        'Développer un portefeuille de clients européens.',
      ],
      ask: ask(['quotes', 'customer accounts'], ['devis', 'comptes clients']),
    },
    {
      4: { site: 'lon', title: ['Account manager, UK', 'Chargée d’affaires Royaume-Uni'] },
      5: {
        site: 'lon',
        title: ['Account manager, UK', 'Chargé d’affaires Royaume-Uni'],
        awayUntil: '2027-02-15',
      },
      6: { site: 'lon', title: ['Account manager, UK', 'Chargé d’affaires Royaume-Uni'] },
      8: { vacant: true },
    },
  ),
  seat('sales-na-head', {
    unit: 'sales-na',
    site: 'mtl',
    reportsTo: 'vp-sales',
    title: ['Head of sales, North America', 'Directeur des ventes, Amérique du Nord'],
    purpose: [
      'Win and keep customers in Canada and the US.',
      'Conquérir et fidéliser les clients au Canada et aux États-Unis.',
    ],
    ask: ask(['North American customers'], ['clients nord-américains']),
    backup: 'am-na-1',
  }),
  ...group(
    'am-na',
    6,
    {
      unit: 'sales-na',
      site: 'mtl',
      reportsTo: 'sales-na-head',
      title: ['Account manager, North America', 'Chargée de compte, Amérique du Nord'],
      purpose: [
        'Grow a portfolio of North American customers.',
        'Développer un portefeuille de clients nord-américains.',
      ],
      ask: ask(
        ['quotes', 'cross-border shipping'],
        ['soumissions', 'expéditions transfrontalières'],
      ),
    },
    { 6: { vacant: true } },
  ),
];

/** Warehouse operatives: `n` seats reporting to a supervisor, each backed up by the next. */
const operatives = (
  prefix: string,
  n: number,
  supervisor: string,
  unit: string,
  site: 'lyo' | 'mtl',
) =>
  group(prefix, n, {
    unit,
    site,
    reportsTo: supervisor,
    title:
      site === 'lyo'
        ? ['Warehouse operative', 'Opérateur·rice logistique']
        : ['Warehouse associate', 'Préposé·e d’entrepôt'],
    purpose: [
      'Receive, store, pick and load goods safely.',
      'Réceptionner, stocker, préparer et charger les marchandises en sécurité.',
    ],
    hours:
      site === 'lyo'
        ? SHIFT
        : [
            'Shifts 6:00–14:00 or 12:00–20:00 Eastern time',
            'Quarts 6 h–14 h ou 12 h–20 h heure de l’Est',
          ],
  });

const operations: SeatDef[] = [
  seat('coo', {
    unit: 'ops',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief operating officer', 'Directeur des opérations'],
    purpose: [
      'Warehouses, transport, safety and facilities.',
      'Entrepôts, transport, sécurité et services généraux.',
    ],
    ask: ask(
      ['operations performance', 'new sites'],
      ['performance opérationnelle', 'nouveaux sites'],
    ),
    backup: 'lyon-director',
  }),
  seat('coo-assistant', {
    unit: 'ops',
    site: 'par',
    reportsTo: 'coo',
    assistant: true,
    title: ['Assistant to the COO', 'Assistante du directeur des opérations'],
    purpose: [
      "Run the COO's agenda, site visits and reporting.",
      'Gérer l’agenda du directeur des opérations, les visites de sites et le reporting.',
    ],
    ask: ask(
      ['site visits', 'operations reporting'],
      ['visites de sites', 'reporting des opérations'],
    ),
    backup: 'ceo-ea',
  }),
  seat('lyon-director', {
    unit: 'ops-lyon',
    site: 'lyo',
    reportsTo: 'coo',
    title: ['Lyon warehouse director', 'Directeur de l’entrepôt de Lyon'],
    purpose: [
      'Run the Lyon warehouse safely and efficiently.',
      'Diriger l’entrepôt de Lyon en sécurité et efficacement.',
    ],
    ask: ask(['warehouse capacity', 'site visits'], ['capacité de l’entrepôt', 'visites du site']),
    backup: 'lyon-sup-1',
  }),
  ...group('lyon-sup', 3, {
    unit: 'ops-lyon',
    site: 'lyo',
    reportsTo: 'lyon-director',
    title: ['Shift supervisor, Lyon', 'Chef d’équipe, Lyon'],
    purpose: [
      'Lead a warehouse shift: staffing, safety, output.',
      'Animer une équipe : effectifs, sécurité, productivité.',
    ],
    ask: ask(['shift schedule', 'shift swaps'], ['planning', 'échanges de poste']),
    hours: SHIFT,
  }),
  seat('it-site-lyon', {
    unit: 'ops-lyon',
    site: 'lyo',
    reportsTo: 'lyon-director',
    dotted: ['helpdesk-mgr'],
    title: ['IT site coordinator, Lyon', 'Correspondant informatique, Lyon'],
    purpose: [
      'On-site IT support at the Lyon warehouse: scanners, printers, laptops.',
      'Support informatique sur le site de Lyon : scanners, imprimantes, ordinateurs.',
    ],
    ask: ask(['handheld scanners', 'label printers'], ['scanners', 'imprimantes d’étiquettes']),
    backup: 'it-tech-par-1',
  }),
  ...group('inventory', 2, {
    unit: 'ops-lyon',
    site: 'lyo',
    reportsTo: 'lyon-director',
    title: ['Inventory controller', 'Gestionnaire de stocks'],
    purpose: [
      'Stock accuracy, cycle counts and inventory reports.',
      'Fiabilité des stocks, inventaires tournants et états de stock.',
    ],
    ask: ask(['stock levels', 'inventory counts'], ['niveaux de stock', 'inventaires']),
  }),
  ...operatives('lyon-op-a', 14, 'lyon-sup-1', 'ops-lyon', 'lyo'),
  ...operatives('lyon-op-b', 14, 'lyon-sup-2', 'ops-lyon', 'lyo'),
  ...operatives('lyon-op-c', 16, 'lyon-sup-3', 'ops-lyon', 'lyo'),
  seat('mtl-director', {
    unit: 'ops-mtl',
    site: 'mtl',
    reportsTo: 'coo',
    title: ['Montréal hub director', 'Directrice de la plateforme de Montréal'],
    purpose: [
      'Run the Montréal hub and North American operations.',
      'Diriger la plateforme de Montréal et les opérations nord-américaines.',
    ],
    ask: ask(['North American operations'], ['opérations nord-américaines']),
    backup: 'mtl-sup-1',
  }),
  ...group('mtl-sup', 2, {
    unit: 'ops-mtl',
    site: 'mtl',
    reportsTo: 'mtl-director',
    title: ['Shift supervisor, Montréal', 'Superviseur de quart, Montréal'],
    purpose: [
      'Lead a hub shift: staffing, safety, output.',
      'Diriger un quart : effectifs, sécurité, productivité.',
    ],
    ask: ask(['shift schedule'], ['horaire des quarts']),
  }),
  ...operatives('mtl-op-a', 12, 'mtl-sup-1', 'ops-mtl', 'mtl'),
  ...operatives('mtl-op-b', 14, 'mtl-sup-2', 'ops-mtl', 'mtl'),
  seat('transport-mgr', {
    unit: 'ops-transport',
    site: 'par',
    reportsTo: 'coo',
    title: ['Transport manager', 'Responsable transport'],
    purpose: ['Carriers, routes, customs and fleet.', 'Transporteurs, tournées, douane et flotte.'],
    ask: ask(['carriers', 'routes'], ['transporteurs', 'tournées']),
    backup: 'planner-1',
  }),
  ...group(
    'planner',
    5,
    {
      unit: 'ops-transport',
      site: 'par',
      reportsTo: 'transport-mgr',
      title: ['Transport planner', 'Affréteur'],
      purpose: [
        'Book carriers and plan pickups and deliveries.',
        'Affréter les transporteurs, planifier enlèvements et livraisons.',
      ],
      ask: ask(['pickups', 'carrier booking'], ['enlèvements', 'affrètement']),
    },
    {
      4: {
        site: 'mtl',
        title: ['Transport planner, North America', 'Planificateur transport, Amérique du Nord'],
      },
      5: { vacant: true },
    },
  ),
  ...group('fleet', 2, {
    unit: 'ops-transport',
    site: 'lyo',
    reportsTo: 'transport-mgr',
    title: ['Fleet coordinator', 'Gestionnaire de parc automobile'],
    purpose: [
      'Company vehicles, fuel cards and maintenance.',
      'Véhicules de service, cartes carburant et entretien.',
    ],
    ask: ask(['company cars', 'fuel cards'], ['véhicules de service', 'cartes carburant']),
  }),
  ...group(
    'customs',
    2,
    {
      unit: 'ops-transport',
      site: 'par',
      reportsTo: 'transport-mgr',
      title: ['Customs specialist', 'Déclarant en douane'],
      purpose: [
        'Customs declarations and export documents.',
        'Déclarations en douane et documents d’export.',
      ],
      ask: ask(['customs', 'incoterms'], ['douane', 'incoterms']),
    },
    { 2: { site: 'mtl', title: ['Customs broker, Canada', 'Courtière en douane, Canada'] } },
  ),
  seat('hse-mgr', {
    unit: 'ops-hse',
    site: 'lyo',
    reportsTo: 'coo',
    title: ['Health and safety manager', 'Responsable santé et sécurité'],
    purpose: [
      'Safety rules, risk assessment and accident prevention.',
      'Règles de sécurité, évaluation des risques et prévention des accidents.',
    ],
    ask: ask(['risk assessment', 'safety rules'], ['document unique', 'consignes de sécurité']),
    backup: 'hse-officer-1',
  }),
  ...group(
    'hse-officer',
    2,
    {
      unit: 'ops-hse',
      site: 'lyo',
      reportsTo: 'hse-mgr',
      title: ['Health and safety officer', 'Animateur sécurité'],
      purpose: [
        'Safety inductions, protective equipment and incident follow-up.',
        'Accueil sécurité, EPI et suivi des incidents.',
      ],
      ask: ask(['PPE', 'forklift licence'], ['EPI', 'CACES']),
    },
    {
      2: {
        site: 'mtl',
        title: ['Health and safety officer, Montréal', 'Conseillère en santé-sécurité, Montréal'],
        ask: ask(['PPE', 'CNESST'], ['EPI', 'CNESST']),
      },
    },
  ),
  seat('nurse', {
    unit: 'ops-hse',
    site: 'lyo',
    reportsTo: 'hse-mgr',
    title: ['Occupational health nurse', 'Infirmière en santé au travail'],
    purpose: [
      'Health check-ups, first aid and workplace wellbeing.',
      'Visites de santé, premiers secours et bien-être au travail.',
    ],
    ask: ask(['medical check-up', 'first aid'], ['visite médicale', 'premiers secours']),
    backup: 'hse-officer-1',
  }),
];

const customerService: SeatDef[] = [
  seat('cs-head', {
    unit: 'cs',
    site: 'par',
    reportsTo: 'coo',
    title: ['Head of customer service', 'Directrice du service client'],
    purpose: [
      'Customer satisfaction, claims and service quality.',
      'Satisfaction client, réclamations et qualité de service.',
    ],
    ask: ask(
      ['customer escalations', 'service quality'],
      ['escalades client', 'qualité de service'],
    ),
    backup: 'cs-tl-1',
  }),
  ...group(
    'cs-tl',
    2,
    {
      unit: 'cs-care',
      site: 'par',
      reportsTo: 'cs-head',
      title: ['Customer care team leader', 'Responsable d’équipe relation client'],
      purpose: ['Lead a customer care line.', 'Animer une ligne de relation client.'],
      ask: ask(['customer escalations'], ['escalades client']),
    },
    { 2: { site: 'mtl' } },
  ),
  seat('cs-agent-fr', {
    unit: 'cs-care',
    site: 'par',
    reportsTo: 'cs-tl-1',
    holders: 10,
    title: ['Customer care agent, French line', 'Conseiller·ère relation client, ligne française'],
    purpose: [
      'Answer customers on shipments, delivery dates and invoices.',
      'Répondre aux clients sur leurs expéditions, délais et factures.',
    ],
    ask: ask(['shipment tracking'], ['suivi des expéditions']),
    backup: 'cs-agent-en',
    hours: ['Mon–Fri 8:00–20:00 (rota)', 'lun.–ven. 8 h–20 h (roulement)'],
  }),
  seat('cs-agent-en', {
    unit: 'cs-care',
    site: 'mtl',
    reportsTo: 'cs-tl-2',
    holders: 7,
    title: ['Customer care agent, English line', 'Conseiller·ère relation client, ligne anglaise'],
    purpose: [
      'Answer customers on shipments, delivery dates and invoices.',
      'Répondre aux clients sur leurs expéditions, délais et factures.',
    ],
    ask: ask(['shipment tracking'], ['suivi des expéditions']),
    backup: 'cs-agent-fr',
  }),
  seat('claims-lead', {
    unit: 'cs-claims',
    site: 'par',
    reportsTo: 'cs-head',
    title: ['Claims team leader', 'Responsable litiges'],
    purpose: [
      'Settle damaged, late or lost goods claims.',
      'Régler les litiges sur marchandises abîmées, en retard ou perdues.',
    ],
    ask: ask(['claims', 'insurance'], ['litiges', 'assurance marchandises']),
    backup: 'claims-handler-1',
  }),
  ...group('claims-handler', 4, {
    unit: 'cs-claims',
    site: 'par',
    reportsTo: 'claims-lead',
    title: ['Claims handler', 'Gestionnaire de litiges'],
    purpose: [
      'Investigate and settle customer claims.',
      'Instruire et régler les réclamations clients.',
    ],
    ask: ask(
      ['damaged goods', 'proof of delivery'],
      ['marchandises abîmées', 'preuve de livraison'],
    ),
  }),
];

const rd: SeatDef[] = [
  seat('cto', {
    unit: 'rd',
    site: 'par',
    reportsTo: 'ceo',
    title: ['Chief technology officer', 'Directeur technique'],
    purpose: [
      'Product and engineering: the tracking platform and route optimisation.',
      'Produit et ingénierie : plateforme de suivi et optimisation des tournées.',
    ],
    ask: ask(['product roadmap', 'architecture'], ['feuille de route produit', 'architecture']),
    backup: 'eng-mgr',
  }),
  seat('eng-mgr', {
    unit: 'rd-platform',
    site: 'par',
    reportsTo: 'cto',
    title: [
      'Engineering manager, tracking platform',
      'Responsable ingénierie, plateforme de suivi',
    ],
    purpose: [
      'Deliver and run the tracking platform.',
      'Livrer et exploiter la plateforme de suivi.',
    ],
    ask: ask(['platform incidents', 'releases'], ['incidents plateforme', 'mises en production']),
    backup: 'engineer-1',
  }),
  seat('product-mgr', {
    unit: 'rd-platform',
    site: 'par',
    reportsTo: 'eng-mgr',
    title: ['Product manager', 'Cheffe de produit'],
    purpose: [
      'Collect needs and prioritise the product backlog.',
      'Recueillir les besoins et prioriser le backlog produit.',
    ],
    ask: ask(['feature requests', 'roadmap'], ['demandes d’évolution', 'feuille de route']),
    backup: 'eng-mgr',
  }),
  ...group(
    'engineer',
    10,
    {
      unit: 'rd-platform',
      site: 'par',
      reportsTo: 'eng-mgr',
      title: ['Software engineer', 'Ingénieur logiciel'],
      purpose: [
        'Build and run the tracking platform.',
        'Développer et exploiter la plateforme de suivi.',
      ],
      ask: ask(['tracking API', 'customer portal'], ['API de suivi', 'portail client']),
    },
    {
      1: {
        title: ['Site reliability engineer', 'Ingénieure fiabilité (SRE)'],
        ask: ask(['outages', 'monitoring'], ['pannes', 'supervision']),
      },
      2: {
        title: ['Software engineer, API', 'Ingénieur logiciel, API'],
        ask: ask(['API keys', 'integrations'], ['clés API', 'intégrations']),
      },
      6: { site: 'mtl' },
      7: { site: 'mtl' },
      9: {
        title: ['QA engineer', 'Ingénieure qualité logicielle'],
        ask: ask(['testing'], ['tests']),
      },
      10: {
        title: ['QA engineer', 'Ingénieur qualité logicielle'],
        ask: ask(['testing'], ['tests']),
      },
    },
  ),
  seat('data-lead', {
    unit: 'rd-data',
    site: 'mtl',
    reportsTo: 'cto',
    title: ['Head of data', 'Responsable des données'],
    purpose: [
      'Dashboards, forecasting and route optimisation.',
      'Tableaux de bord, prévisions et optimisation des tournées.',
    ],
    ask: ask(['dashboards', 'forecasting'], ['tableaux de bord', 'prévisions']),
    backup: 'data-eng-1',
  }),
  ...group('data-scientist', 3, {
    unit: 'rd-data',
    site: 'mtl',
    reportsTo: 'data-lead',
    title: ['Data scientist', 'Scientifique des données'],
    purpose: [
      'Forecasting and route optimisation models.',
      'Modèles de prévision et d’optimisation des tournées.',
    ],
    ask: ask(['forecasting', 'optimisation'], ['prévisions', 'optimisation']),
  }),
  ...group(
    'data-eng',
    2,
    {
      unit: 'rd-data',
      site: 'par',
      reportsTo: 'data-lead',
      title: ['Data engineer', 'Ingénieur de données'],
      purpose: [
        'Data pipelines and the reporting warehouse.',
        'Flux de données et entrepôt de reporting.',
      ],
      ask: ask(['dashboards', 'data access'], ['tableaux de bord', 'accès aux données']),
    },
    { 2: { vacant: true } },
  ),
];

export const SEATS: readonly SeatDef[] = [
  ...leadership,
  ...hr,
  ...it,
  ...finance,
  ...facilities,
  ...legal,
  ...comms,
  ...sales,
  ...operations,
  ...customerService,
  ...rd,
];
