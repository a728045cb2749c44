/** Seats of IT and finance. */
import { group, seat, type SeatDef } from '../seatTable';
import { ask } from './ask';

export const it: SeatDef[] = [
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

export const finance: SeatDef[] = [
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
