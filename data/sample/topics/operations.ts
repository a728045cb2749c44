/** Topics of facilities and security, operations, customer service, sales and R&D. */
import type { TopicDef } from '../types';

const KB = 'https://intranet.northwind.example/kb';
const FAC = 'https://intranet.northwind.example/facilities';
const facRequest = { url: `${FAC}/request`, email: 'facilities@northwind.example' };

export const FACILITIES_TOPICS: readonly TopicDef[] = [
  {
    id: 'lost-badge',
    unit: 'fac-sec',
    name: ['Lost or broken badge', 'Badge perdu ou cassé'],
    desc: [
      'Your access badge is lost, stolen, forgotten or stops opening doors: security blocks it and gives you a new one.',
      'Votre badge d’accès est perdu, volé, oublié ou n’ouvre plus les portes : la sûreté le bloque et vous en remet un nouveau.',
    ],
    kw: [
      ['badge', 'access card', 'ID card', 'pass', 'door access', 'card reader'],
      ['badge', 'carte d’accès', 'carte professionnelle', 'accès aux locaux', 'lecteur de badge'],
    ],
    syn: [
      [
        'lost badge',
        'badge not working',
        'forgot my badge',
        'stolen badge',
        'can’t get in',
        'door won’t open',
        'lost access card',
      ],
      [
        'badge perdu',
        'badge oublié',
        'badge volé',
        'badge ne marche plus',
        'badge cassé',
        'porte bloquée',
        'accès refusé',
      ],
    ],
    A: 'security-mgr',
    R: ['badge-officer-1', 'badge-officer-2'],
    C: ['reception-1'],
    I: ['fac-coord-lyon', 'fac-coord-mtl'],
    service: {
      response: ['1 hour during desk hours', '1 heure aux heures d’ouverture du poste'],
      lead: [
        'Temporary badge at once; new badge within 2 working days',
        'Badge provisoire immédiat ; nouveau badge sous 2 jours ouvrés',
      ],
      cost: [
        'First replacement free, then €15 charged to the department',
        'Premier remplacement gratuit, puis 15 € imputés au service',
      ],
      steps: [
        [
          'Report the loss at once so the badge is blocked (phone or form).',
          'Signalez la perte tout de suite pour bloquer le badge (téléphone ou formulaire).',
        ],
        [
          'Collect a temporary badge at the security desk with your ID.',
          'Retirez un badge provisoire au poste de sécurité avec une pièce d’identité.',
        ],
        [
          'Your new badge is ready within 2 working days.',
          'Votre nouveau badge est prêt sous 2 jours ouvrés.',
        ],
      ],
      request: {
        url: `${FAC}/badge`,
        phone: '+33 1 99 00 61 00',
        email: 'security.desk@northwind.example',
      },
    },
    links: [{ label: ['Badge rules', 'Règles d’utilisation du badge'], url: `${KB}/badges` }],
  },
  {
    id: 'new-badge',
    unit: 'fac-sec',
    name: ['Badge for new hires and visitors', 'Badge des nouveaux arrivants et des visiteurs'],
    desc: [
      'Your photo badge on day one; temporary badges for contractors and visitors.',
      'Votre badge avec photo dès le premier jour ; badges temporaires pour prestataires et visiteurs.',
    ],
    kw: [
      ['new badge', 'badge photo', 'access rights', 'contractor badge'],
      ['nouveau badge', 'photo du badge', 'droits d’accès', 'badge prestataire'],
    ],
    syn: [
      ['get my badge', 'access to building'],
      ['obtenir mon badge', 'accès au bâtiment'],
    ],
    A: 'security-mgr',
    R: ['badge-officer-1', 'reception-1'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Ready on day one if HR registered you 3 days ahead',
        'Prêt le premier jour si les RH vous ont inscrit 3 jours avant',
      ],
      steps: [
        [
          'Send your photo to the security desk before your first day.',
          'Envoyez votre photo au poste de sécurité avant votre arrivée.',
        ],
      ],
      request: { email: 'security.desk@northwind.example' },
    },
  },
  {
    id: 'keys-lockers',
    unit: 'fac-sec',
    name: ['Keys and lockers', 'Clés et casiers'],
    desc: [
      'Office keys, cabinet keys and changing room lockers.',
      'Clés de bureau, d’armoire et casiers des vestiaires.',
    ],
    kw: [
      ['keys', 'locker', 'cabinet key', 'changing room'],
      ['clés', 'casier', 'vestiaire', 'clé d’armoire'],
    ],
    syn: [['lost my key'], ['clé perdue']],
    A: 'security-mgr',
    R: ['badge-officer-2', 'fac-coord-lyon'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      cost: ['Lost key: €20', 'Clé perdue : 20 €'],
    },
  },
  {
    id: 'site-emergency',
    unit: 'fac-sec',
    name: ['Theft, intrusion or emergency on site', 'Vol, intrusion ou urgence sur site'],
    desc: [
      'Call security at once for theft, an intruder, a fire alarm or a medical emergency.',
      'Appelez la sûreté immédiatement en cas de vol, d’intrus, d’alarme incendie ou d’urgence médicale.',
    ],
    kw: [
      ['theft', 'intruder', 'emergency', 'fire alarm', 'security guard'],
      ['vol', 'intrusion', 'urgence', 'alarme incendie', 'agent de sécurité'],
    ],
    syn: [
      ['something was stolen', 'stranger in the building'],
      ['on m’a volé', 'personne suspecte'],
    ],
    A: 'security-mgr',
    R: ['guard-1', 'guard-2', 'guard-3'],
    I: ['hse-mgr'],
    service: {
      response: ['Immediately, 24/7', 'Immédiatement, 24 h/24'],
      request: { phone: '+33 1 99 00 61 00' },
    },
  },
  {
    id: 'visitors',
    unit: 'fac',
    name: ['Visitor registration', 'Accueil des visiteurs'],
    desc: [
      'Register visitors in advance so reception has their badge ready.',
      'Enregistrer vos visiteurs à l’avance pour que l’accueil prépare leur badge.',
    ],
    kw: [
      ['visitor', 'guest', 'reception', 'visitor badge'],
      ['visiteur', 'invité', 'accueil', 'badge visiteur'],
    ],
    syn: [['customer coming to visit'], ['un client vient nous voir']],
    A: 'fac-mgr',
    R: ['reception-1', 'reception-2'],
    service: { response: ['Same day', 'Le jour même'], request: { url: `${FAC}/visitors` } },
  },
  {
    id: 'meeting-rooms',
    unit: 'fac',
    name: ['Meeting room booking', 'Réservation de salles de réunion'],
    desc: [
      'Book rooms, catering and large spaces for events.',
      'Réserver des salles, un traiteur et les grands espaces pour un événement.',
    ],
    kw: [
      ['meeting room', 'room booking', 'conference room', 'catering'],
      [
        'salle de réunion',
        'réservation de salle',
        'salle de conférence',
        'traiteur',
        'plateau repas',
      ],
    ],
    syn: [['book a room'], ['réserver une salle']],
    A: 'fac-mgr',
    R: ['reception-2'],
    C: ['it-tech-par-3'],
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      cost: ['Catering charged to your department', 'Traiteur imputé au service'],
      request: { url: 'https://rooms.northwind.example' },
    },
  },
  {
    id: 'desk-move',
    unit: 'fac',
    name: ['Desk, office move and furniture', 'Poste de travail, déménagement et mobilier'],
    desc: [
      'A desk for a new hire, moving teams, chairs and ergonomic equipment.',
      'Un bureau pour un nouvel arrivant, déménagement d’équipes, sièges et matériel ergonomique.',
    ],
    kw: [
      ['desk', 'office move', 'furniture', 'chair', 'ergonomic'],
      ['bureau', 'poste de travail', 'déménagement', 'mobilier', 'siège', 'ergonomie'],
    ],
    syn: [
      ['need a desk', 'back pain chair'],
      ['besoin d’un bureau', 'siège ergonomique'],
    ],
    A: 'fac-mgr',
    R: ['fac-coord-par-1', 'fac-coord-lyon', 'fac-coord-mtl'],
    C: ['nurse'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Desk in 5 working days; team moves planned monthly',
        'Bureau sous 5 jours ouvrés ; déménagements d’équipe planifiés chaque mois',
      ],
      request: facRequest,
    },
  },
  {
    id: 'building-repairs',
    unit: 'fac',
    name: [
      'Building repairs: heating, lights, leaks',
      'Réparations : chauffage, éclairage, fuites',
    ],
    desc: [
      'Too hot, too cold, a light out, a leak, a broken door or toilet.',
      'Trop chaud, trop froid, une lampe grillée, une fuite, une porte ou des toilettes en panne.',
    ],
    kw: [
      ['repair', 'heating', 'air conditioning', 'light', 'leak', 'toilet', 'maintenance'],
      [
        'réparation',
        'chauffage',
        'climatisation',
        'éclairage',
        'fuite',
        'toilettes',
        'maintenance',
      ],
    ],
    syn: [
      ['too cold in the office', 'light broken', 'water leak'],
      ['il fait froid au bureau', 'lumière en panne', 'fuite d’eau', 'clim en panne'],
    ],
    A: 'fac-mgr',
    R: ['fac-coord-par-2', 'fac-coord-lyon', 'fac-coord-mtl'],
    service: {
      response: ['4 working hours (leaks: 1 hour)', '4 heures ouvrées (fuites : 1 heure)'],
      lead: [
        'Most repairs within 3 working days',
        'La plupart des réparations sous 3 jours ouvrés',
      ],
      request: facRequest,
    },
  },
  {
    id: 'cleaning',
    unit: 'fac',
    name: ['Cleaning and waste', 'Ménage et déchets'],
    desc: [
      'Cleaning requests, spills, recycling and bulky waste.',
      'Demandes de ménage, salissures, tri et encombrants.',
    ],
    kw: [
      ['cleaning', 'spill', 'recycling', 'waste', 'bins'],
      ['ménage', 'nettoyage', 'tri sélectif', 'déchets', 'poubelles'],
    ],
    syn: [['kitchen dirty'], ['cuisine sale']],
    A: 'fac-mgr',
    R: ['fac-coord-par-1'],
    service: { response: ['Same day', 'Le jour même'], request: facRequest },
  },
  {
    id: 'parking',
    unit: 'fac',
    name: ['Parking and bike storage', 'Parking et local vélos'],
    desc: [
      'Parking spaces, EV charging and bike storage.',
      'Places de parking, recharge électrique et local vélos.',
    ],
    kw: [
      ['parking', 'car park', 'EV charging', 'bike storage'],
      ['parking', 'stationnement', 'borne de recharge', 'local vélos'],
    ],
    syn: [['parking space'], ['place de parking']],
    A: 'fac-mgr',
    R: ['fac-coord-par-2', 'fac-coord-mtl'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      cost: ['€40 per month for a reserved space', '40 € par mois pour une place réservée'],
      request: facRequest,
    },
  },
  {
    id: 'mail',
    unit: 'fac',
    name: ['Mail and parcels', 'Courrier et colis'],
    desc: [
      'Send registered mail, collect parcels, courier pickups.',
      'Envoyer un recommandé, récupérer un colis, enlèvement par coursier.',
    ],
    kw: [
      ['mail', 'parcel', 'package', 'courier', 'registered letter'],
      ['courrier', 'colis', 'coursier', 'lettre recommandée'],
    ],
    syn: [['send a letter'], ['envoyer un recommandé']],
    A: 'fac-mgr',
    R: ['mailroom'],
    service: {
      response: ['Same day', 'Le jour même'],
      lead: ['Outgoing mail leaves at 15:00', 'Le courrier part à 15 h'],
    },
  },
];

export const OPERATIONS_TOPICS: readonly TopicDef[] = [
  {
    id: 'workplace-accident',
    unit: 'ops-hse',
    name: ['Workplace accident or injury', 'Accident du travail'],
    desc: [
      'Someone is hurt at work or commuting: first aid, declaration within 24 hours.',
      'Une personne blessée au travail ou sur le trajet : premiers secours, déclaration sous 24 heures.',
    ],
    kw: [
      ['accident', 'injury', 'workplace accident', 'first aid', 'near miss'],
      [
        'accident du travail',
        'blessure',
        'premiers secours',
        'presque accident',
        'accident de trajet',
      ],
    ],
    syn: [
      ['hurt at work', 'someone fell'],
      ['je me suis blessé', 'chute au travail', 'déclaration d’accident'],
    ],
    A: 'hse-mgr',
    R: ['hse-officer-1', 'hse-officer-2'],
    C: ['nurse'],
    I: ['hr-svc-mgr'],
    service: {
      response: [
        'Immediately; declaration within 24 hours',
        'Immédiatement ; déclaration sous 24 heures',
      ],
      steps: [
        [
          'Call 112 if needed, then the safety line.',
          'Appelez le 112 si besoin, puis la ligne sécurité.',
        ],
        [
          'Your supervisor fills in the accident report.',
          'Votre chef d’équipe remplit la déclaration d’accident.',
        ],
      ],
      request: { phone: '+33 1 99 00 92 00', email: 'safety@northwind.example' },
    },
  },
  {
    id: 'ppe',
    unit: 'ops-hse',
    name: ['Safety shoes and protective equipment', 'Chaussures de sécurité et EPI'],
    desc: [
      'Safety shoes, high-visibility vests, gloves and their replacement.',
      'Chaussures de sécurité, gilets haute visibilité, gants et leur remplacement.',
    ],
    kw: [
      ['PPE', 'safety shoes', 'safety boots', 'hi-vis vest', 'gloves', 'protective equipment'],
      ['EPI', 'chaussures de sécurité', 'gilet jaune', 'gants', 'équipement de protection'],
    ],
    syn: [
      ['new safety shoes', 'worn out boots'],
      ['chaussures usées', 'taille de chaussures'],
    ],
    A: 'hse-mgr',
    R: ['hse-officer-2', 'hse-officer-1'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Issued on your first day', 'Remis le premier jour'],
      cost: ['Free', 'Gratuit'],
      equipment: [['Safety shoes, vest, gloves', 'Chaussures, gilet, gants']],
    },
  },
  {
    id: 'safety-induction',
    unit: 'ops-hse',
    name: ['Safety induction', 'Accueil sécurité'],
    desc: [
      'Mandatory safety briefing before working in a warehouse.',
      'Formation sécurité obligatoire avant de travailler en entrepôt.',
    ],
    kw: [
      ['safety induction', 'safety training', 'safety briefing'],
      ['accueil sécurité', 'formation sécurité', 'consignes de sécurité'],
    ],
    syn: [['safety rules warehouse'], ['règles de sécurité entrepôt']],
    A: 'hse-mgr',
    R: ['hse-officer-1'],
    C: ['learning-1'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Every Monday at 8:00', 'Chaque lundi à 8 h'],
    },
  },
  {
    id: 'forklift-licence',
    unit: 'ops-hse',
    name: ['Forklift licence and authorisations', 'CACES et habilitations'],
    desc: [
      'Forklift and equipment licences, renewals and training.',
      'CACES, habilitations, renouvellements et formations.',
    ],
    kw: [
      ['forklift licence', 'forklift', 'certification', 'authorisation'],
      ['CACES', 'chariot élévateur', 'habilitation', 'permis cariste'],
    ],
    syn: [['drive a forklift'], ['conduire un chariot']],
    A: 'hse-mgr',
    R: ['hse-officer-1'],
    C: ['learning-1'],
  },
  {
    id: 'medical-checkup',
    unit: 'ops-hse',
    name: ['Occupational health check-up', 'Visite médicale du travail'],
    desc: [
      'Hiring, periodic and return-to-work medical visits.',
      'Visites d’embauche, périodiques et de reprise.',
    ],
    kw: [
      ['medical check-up', 'occupational health', 'health visit', 'return to work'],
      ['visite médicale', 'médecine du travail', 'santé au travail', 'visite de reprise'],
    ],
    syn: [['doctor at work'], ['médecin du travail']],
    A: 'hse-mgr',
    R: ['nurse'],
    service: { response: ['2 working days', '2 jours ouvrés'] },
  },
  {
    id: 'transport-booking',
    unit: 'ops-transport',
    name: ['Book a transport or pickup', 'Réserver un transport ou un enlèvement'],
    desc: [
      'Plan a pickup or delivery with our carriers.',
      'Planifier un enlèvement ou une livraison avec nos transporteurs.',
    ],
    kw: [
      ['transport', 'pickup', 'delivery', 'carrier', 'truck', 'freight'],
      ['transport', 'enlèvement', 'livraison', 'transporteur', 'camion', 'fret', 'affrètement'],
    ],
    syn: [
      ['send a pallet', 'book a truck'],
      ['envoyer une palette', 'réserver un camion'],
    ],
    A: 'transport-mgr',
    R: ['planner-1', 'planner-2', 'planner-4'],
    service: {
      response: ['2 working hours', '2 heures ouvrées'],
      lead: [
        'Next-day pickup if booked before 14:00',
        'Enlèvement le lendemain si réservé avant 14 h',
      ],
      request: { url: 'https://tms.northwind.example', email: 'transport@northwind.example' },
    },
  },
  {
    id: 'customs',
    unit: 'ops-transport',
    name: ['Customs and export documents', 'Douane et documents d’export'],
    desc: [
      'Customs declarations, export paperwork, duties and Incoterms.',
      'Déclarations en douane, documents d’export, droits et Incoterms.',
    ],
    kw: [
      ['customs', 'export', 'import', 'duties', 'Incoterms', 'commercial invoice'],
      ['douane', 'export', 'import', 'droits de douane', 'Incoterms', 'déclaration'],
    ],
    syn: [['goods stuck at customs'], ['marchandise bloquée en douane']],
    A: 'transport-mgr',
    R: ['customs-1', 'customs-2'],
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      request: { email: 'customs@northwind.example' },
    },
  },
  {
    id: 'company-vehicles',
    unit: 'ops-transport',
    name: ['Company vehicles and fuel cards', 'Véhicules de service et cartes carburant'],
    desc: [
      'Pool cars, fuel cards, fines and vehicle maintenance.',
      'Véhicules de pool, cartes carburant, amendes et entretien.',
    ],
    kw: [
      ['company car', 'pool car', 'fuel card', 'vehicle', 'traffic fine'],
      ['véhicule de service', 'voiture de fonction', 'carte carburant', 'amende', 'PV'],
    ],
    syn: [
      ['book a car', 'speeding ticket'],
      ['réserver une voiture', 'contravention'],
    ],
    A: 'transport-mgr',
    R: ['fleet-1', 'fleet-2'],
    C: ['buyer-3'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      request: { email: 'fleet@northwind.example' },
    },
  },
  {
    id: 'stock-levels',
    unit: 'ops-lyon',
    name: ['Stock levels and inventory', 'Niveaux de stock et inventaire'],
    desc: [
      'Stock of a customer’s goods, discrepancies and inventory counts.',
      'Stock d’un client, écarts et inventaires.',
    ],
    kw: [
      ['stock', 'inventory', 'stock level', 'cycle count', 'discrepancy'],
      ['stock', 'inventaire', 'niveau de stock', 'écart de stock'],
    ],
    syn: [
      ['how many in stock', 'missing pallet'],
      ['combien en stock', 'palette manquante'],
    ],
    A: 'lyon-director',
    R: ['inventory-1', 'inventory-2'],
    C: ['mtl-sup-1'],
    service: { response: ['4 working hours', '4 heures ouvrées'] },
  },
  {
    id: 'shift-schedule',
    unit: 'ops-lyon',
    name: ['Shift schedules and swaps', 'Plannings et échanges de poste'],
    desc: [
      'Warehouse rotas, swapping a shift, extra shifts.',
      'Plannings d’entrepôt, échange de poste, postes supplémentaires.',
    ],
    kw: [
      ['shift', 'rota', 'schedule', 'shift swap', 'night shift'],
      ['planning', 'poste', 'équipe', 'échange de poste', 'quart', 'horaires'],
    ],
    syn: [
      ['swap my shift', 'next week schedule'],
      ['échanger mon poste', 'planning de la semaine'],
    ],
    A: 'lyon-director',
    R: ['lyon-sup-1', 'lyon-sup-2', 'lyon-sup-3', 'mtl-sup-1', 'mtl-sup-2'],
    C: ['pay-analyst'],
  },
];

export const BUSINESS_TOPICS: readonly TopicDef[] = [
  {
    id: 'shipment-tracking',
    unit: 'cs-care',
    name: ['Where is my shipment?', 'Où en est mon expédition ?'],
    desc: [
      'Customer asks about a shipment, delivery date or tracking number.',
      'Un client demande où est son envoi, sa date de livraison ou son numéro de suivi.',
    ],
    kw: [
      ['shipment', 'tracking', 'delivery date', 'tracking number', 'late delivery'],
      ['expédition', 'suivi', 'date de livraison', 'numéro de suivi', 'retard de livraison'],
    ],
    syn: [
      ['customer asks where goods are', 'parcel late'],
      ['colis en retard', 'client sans nouvelles'],
    ],
    A: 'cs-head',
    R: ['cs-agent-fr', 'cs-agent-en'],
    C: ['planner-1'],
    service: {
      response: ['2 working hours', '2 heures ouvrées'],
      request: { url: 'https://support.northwind.example', phone: '+33 1 99 00 95 00' },
    },
  },
  {
    id: 'claims',
    unit: 'cs-claims',
    name: ['Damaged or lost goods claims', 'Réclamations : marchandise abîmée ou perdue'],
    desc: [
      'A customer reports damaged, missing or late goods.',
      'Un client signale une marchandise abîmée, manquante ou livrée en retard.',
    ],
    kw: [
      ['claim', 'damaged goods', 'lost goods', 'complaint', 'compensation'],
      ['réclamation', 'litige', 'marchandise abîmée', 'avarie', 'perte', 'indemnisation'],
    ],
    syn: [
      ['customer complaint', 'broken delivery'],
      ['plainte client', 'colis endommagé'],
    ],
    A: 'claims-lead',
    R: ['claims-handler-1', 'claims-handler-2'],
    C: ['legal-counsel-1'],
    I: ['cs-head'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Decision within 30 days', 'Décision sous 30 jours'],
      request: { email: 'claims@northwind.example' },
    },
  },
  {
    id: 'customer-escalation',
    unit: 'cs',
    name: ['Unhappy customer escalation', 'Escalade d’un client mécontent'],
    desc: [
      'A key customer is unhappy and needs a manager’s attention.',
      'Un client important est mécontent et demande l’attention d’un responsable.',
    ],
    kw: [
      ['escalation', 'unhappy customer', 'key account issue'],
      ['escalade', 'client mécontent', 'incident grand compte'],
    ],
    syn: [['angry customer'], ['client en colère']],
    A: 'cs-head',
    R: ['cs-tl-1', 'cs-tl-2'],
    C: ['sales-eu-head', 'sales-na-head'],
  },
  {
    id: 'quote',
    unit: 'sales',
    name: ['Quotes for customers', 'Devis pour les clients'],
    desc: [
      'A prospect or customer wants a price for storage or transport.',
      'Un prospect ou client veut un prix pour du stockage ou du transport.',
    ],
    kw: [
      ['quote', 'quotation', 'price', 'proposal', 'new customer'],
      ['devis', 'soumission', 'prix', 'proposition commerciale', 'nouveau client'],
    ],
    syn: [['customer wants a price'], ['un client veut un tarif']],
    A: 'vp-sales',
    R: ['am-eu-1', 'am-eu-2', 'am-na-1'],
    C: ['pricing-analyst'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Standard quote in 2 working days', 'Devis standard sous 2 jours ouvrés'],
      request: { email: 'sales@northwind.example' },
    },
  },
  {
    id: 'pricing',
    unit: 'sales',
    name: ['Rate cards and discounts', 'Grilles tarifaires et remises'],
    desc: [
      'Current rate cards and approval of special discounts.',
      'Grilles tarifaires en vigueur et validation des remises exceptionnelles.',
    ],
    kw: [
      ['rate card', 'pricing', 'discount', 'tariff'],
      ['grille tarifaire', 'tarif', 'remise', 'ristourne'],
    ],
    syn: [['approve a discount'], ['valider une remise']],
    A: 'vp-sales',
    R: ['pricing-analyst'],
    I: ['controller-1'],
  },
  {
    id: 'platform-outage',
    unit: 'rd-platform',
    name: [
      'Tracking platform or customer portal down',
      'Panne de la plateforme de suivi ou du portail client',
    ],
    desc: [
      'Customers cannot see their shipments, the portal or API is down or slow.',
      'Les clients ne voient plus leurs envois, le portail ou l’API est en panne ou lent.',
    ],
    kw: [
      ['outage', 'portal down', 'tracking platform', 'incident', 'API down'],
      ['panne', 'portail en panne', 'plateforme de suivi', 'incident', 'API indisponible'],
    ],
    syn: [
      ['site down', 'portal not loading'],
      ['le portail ne répond plus', 'site inaccessible'],
    ],
    A: 'eng-mgr',
    R: ['engineer-1', 'engineer-6'],
    I: ['cs-head', 'cto'],
    service: {
      response: ['15 minutes, around the clock', '15 minutes, 24 h/24'],
      request: { url: 'https://status.northwind.example', phone: '+33 1 99 00 99 99' },
    },
  },
  {
    id: 'api-access',
    unit: 'rd-platform',
    name: ['Customer API access', 'Accès API des clients'],
    desc: [
      'API keys and integration help for customers connecting their systems.',
      'Clés API et aide à l’intégration pour les clients qui connectent leurs systèmes.',
    ],
    kw: [
      ['API', 'API key', 'integration', 'EDI', 'webhook'],
      ['API', 'clé API', 'intégration', 'EDI', 'interfaçage'],
    ],
    syn: [['customer wants to connect'], ['le client veut se connecter']],
    A: 'eng-mgr',
    R: ['engineer-2'],
    C: ['ciso'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Keys in 2 working days', 'Clés sous 2 jours ouvrés'],
      request: { email: 'platform@northwind.example' },
    },
  },
  {
    id: 'feature-request',
    unit: 'rd-platform',
    name: ['Product ideas and feature requests', 'Idées produit et demandes d’évolution'],
    desc: [
      'Suggest an improvement to the portal or the tracking app.',
      'Proposer une amélioration du portail ou de l’application de suivi.',
    ],
    kw: [
      ['feature request', 'product idea', 'improvement', 'roadmap'],
      ['demande d’évolution', 'idée produit', 'amélioration', 'feuille de route'],
    ],
    syn: [['suggest a feature'], ['proposer une idée']],
    A: 'eng-mgr',
    R: ['product-mgr'],
    I: ['cto'],
  },
];
