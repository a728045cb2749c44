/** Seats of facilities, legal, communications and sales. */
import { group, seat, type SeatDef } from '../seatTable';
import { ask } from './ask';

export const facilities: SeatDef[] = [
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

export const legal: SeatDef[] = [
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

export const comms: SeatDef[] = [
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

export const sales: SeatDef[] = [
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
