/** Seats of operations, customer service and R&D. */
import { group, seat, type SeatDef } from '../seatTable';
import { ask } from './ask';

const SHIFT = ['Shifts 6:00–14:00 or 14:00–22:00', 'Postes 6 h–14 h ou 14 h–22 h'] as const;

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

export const operations: SeatDef[] = [
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

export const customerService: SeatDef[] = [
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

export const rd: SeatDef[] = [
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
