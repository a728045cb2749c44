/** Topics of finance, procurement, legal, communications and the executive office. */
import type { TopicDef } from '../types';

const KB = 'https://intranet.northwind.example/kb';
const EXPENSES = 'https://expenses.northwind.example';
const BUY = 'https://buy.northwind.example';

export const FINANCE_TOPICS: readonly TopicDef[] = [
  {
    id: 'expense-report',
    unit: 'fin-ap',
    name: ['Expense reports and reimbursement', 'Notes de frais et remboursements'],
    desc: [
      'Claim back what you paid for work: travel, meals, hotels, mileage. Submit with receipts; paid after your manager approves.',
      'Se faire rembourser ce que vous avez avancé pour le travail : trajets, repas, hôtels, kilomètres. Avec justificatifs ; payé après validation du manager.',
    ],
    kw: [
      [
        'expense report',
        'expenses',
        'expense claim',
        'reimbursement',
        'receipts',
        'mileage',
        'travel expenses',
      ],
      [
        'note de frais',
        'notes de frais',
        'frais',
        'remboursement',
        'justificatifs',
        'indemnités kilométriques',
        'frais de déplacement',
      ],
    ],
    syn: [
      [
        'get reimbursed',
        'expenses not paid',
        'refund',
        'claim expenses',
        'expense not reimbursed',
        'lost receipt',
      ],
      [
        'me faire rembourser',
        'note de frais non remboursée',
        'frais pas remboursés',
        'ticket perdu',
        'avance de frais',
      ],
    ],
    A: 'ap-mgr',
    R: ['ap-clerk-1', 'ap-clerk-2'],
    C: ['ap-clerk-4'],
    I: ['controller-1'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Paid within 10 working days after your manager approves',
        'Remboursé sous 10 jours ouvrés après validation du manager',
      ],
      cost: ['Free', 'Gratuit'],
      steps: [
        [
          'Photograph each receipt in the expenses app.',
          'Photographiez chaque justificatif dans l’application de notes de frais.',
        ],
        [
          'Submit the report before the 5th of the next month.',
          'Soumettez la note avant le 5 du mois suivant.',
        ],
        [
          'Your manager approves; accounts payable checks and pays.',
          'Votre manager valide ; la comptabilité fournisseurs contrôle et paie.',
        ],
      ],
      request: { url: EXPENSES, email: 'accounts.payable@northwind.example' },
    },
    links: [
      {
        label: ['Travel and expenses policy', 'Politique voyages et frais'],
        url: `${KB}/expenses-policy`,
      },
      { label: ['Expenses app', 'Application notes de frais'], url: EXPENSES },
    ],
  },
  {
    id: 'per-diem',
    unit: 'fin-ap',
    name: ['Travel allowances and per diem', 'Indemnités de déplacement et forfaits'],
    desc: [
      'Daily allowances and ceilings for meals and hotels by country.',
      'Forfaits journaliers et plafonds repas et hôtel par pays.',
    ],
    kw: [
      ['per diem', 'daily allowance', 'meal allowance', 'hotel ceiling'],
      ['forfait', 'indemnité journalière', 'plafond repas', 'plafond hôtel', 'grand déplacement'],
    ],
    syn: [['how much can I spend on a hotel'], ['combien pour un hôtel', 'barème des frais']],
    A: 'ap-mgr',
    R: ['ap-clerk-1'],
    links: [{ label: ['Allowance rates', 'Barèmes'], url: `${KB}/per-diem` }],
  },
  {
    id: 'supplier-invoice',
    unit: 'fin-ap',
    name: ['Supplier invoices and payments', 'Factures fournisseurs et paiements'],
    desc: [
      'Where to send an invoice, when a supplier will be paid, payment reminders.',
      'Où envoyer une facture, quand un fournisseur sera payé, relances.',
    ],
    kw: [
      ['supplier invoice', 'invoice', 'vendor payment', 'payment terms', 'purchase invoice'],
      ['facture fournisseur', 'facture', 'paiement fournisseur', 'délai de paiement', 'règlement'],
    ],
    syn: [
      ['supplier not paid', 'invoice reminder'],
      ['fournisseur pas payé', 'relance de facture'],
    ],
    A: 'ap-mgr',
    R: ['ap-clerk-3', 'ap-clerk-4'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Paid at 45 days end of month once the order is received',
        'Payé à 45 jours fin de mois après réception de la commande',
      ],
      request: { email: 'invoices@northwind.example' },
    },
  },
  {
    id: 'corporate-card',
    unit: 'fin-ap',
    name: ['Corporate credit card', 'Carte bancaire professionnelle'],
    desc: [
      'Apply for a corporate card, limits, lost or blocked card.',
      'Demander une carte professionnelle, plafonds, carte perdue ou bloquée.',
    ],
    kw: [
      ['corporate card', 'company credit card', 'Amex', 'card limit'],
      ['carte professionnelle', 'carte bancaire entreprise', 'carte affaires', 'plafond de carte'],
    ],
    syn: [
      ['card declined', 'lost company card'],
      ['carte refusée', 'carte pro perdue'],
    ],
    A: 'ap-mgr',
    R: ['ap-clerk-4'],
    C: ['treasury'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['New card in 10 working days', 'Nouvelle carte sous 10 jours ouvrés'],
      request: { url: `${EXPENSES}/card` },
    },
  },
  {
    id: 'budget',
    unit: 'fin-acc',
    name: ['Budget and cost centres', 'Budget et centres de coûts'],
    desc: [
      'Your department’s budget, forecasts and which cost centre to charge.',
      'Le budget de votre service, les prévisions et le centre de coûts à imputer.',
    ],
    kw: [
      ['budget', 'cost centre', 'cost center', 'forecast', 'spending'],
      ['budget', 'centre de coûts', 'prévision', 'dépenses', 'imputation'],
    ],
    syn: [
      ['which cost centre', 'budget left'],
      ['quel centre de coûts', 'reste du budget'],
    ],
    A: 'controller-head',
    R: ['controller-1', 'controller-mtl'],
    I: ['cfo'],
  },
  {
    id: 'customer-invoicing',
    unit: 'fin-acc',
    name: ['Customer invoicing and credit notes', 'Facturation client et avoirs'],
    desc: [
      'Issue or correct a customer invoice, credit notes and payment follow-up.',
      'Émettre ou corriger une facture client, avoirs et recouvrement.',
    ],
    kw: [
      ['customer invoice', 'billing', 'credit note', 'collections', 'overdue payment'],
      ['facture client', 'facturation', 'avoir', 'recouvrement', 'impayé'],
    ],
    syn: [['invoice wrong for customer'], ['erreur de facture client', 'refaire une facture']],
    A: 'controller-head',
    R: ['accountant-2', 'accountant-3'],
    C: ['claims-lead'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Corrected invoice in 3 working days', 'Facture corrigée sous 3 jours ouvrés'],
      request: { email: 'billing@northwind.example' },
    },
  },
  {
    id: 'month-end',
    unit: 'fin-acc',
    name: ['Month-end closing calendar', 'Calendrier de clôture mensuelle'],
    desc: [
      'Deadlines for accruals, invoices and approvals each month.',
      'Échéances des provisions, factures et validations chaque mois.',
    ],
    kw: [
      ['month-end', 'closing', 'accruals', 'cut-off'],
      ['clôture', 'fin de mois', 'provisions', 'cut-off'],
    ],
    syn: [['closing deadline'], ['date limite de clôture']],
    A: 'controller-head',
    R: ['accountant-1'],
  },
  {
    id: 'vat',
    unit: 'fin-acc',
    name: ['VAT and sales tax', 'TVA et taxes'],
    desc: [
      'VAT on invoices, intra-EU and export rules, GST/QST in Canada.',
      'TVA sur factures, règles intracommunautaires et export, TPS/TVQ au Canada.',
    ],
    kw: [
      ['VAT', 'sales tax', 'GST', 'QST', 'tax number'],
      ['TVA', 'TPS', 'TVQ', 'numéro de TVA', 'taxe'],
    ],
    syn: [
      ['VAT number', 'tax exemption'],
      ['autoliquidation', 'exonération de TVA'],
    ],
    A: 'controller-head',
    R: ['accountant-4'],
    C: ['legal-counsel-1'],
  },
  {
    id: 'urgent-payment',
    unit: 'fin',
    name: ['Urgent payments and bank accounts', 'Paiements urgents et comptes bancaires'],
    desc: [
      'Same-day payments, bank guarantees and account signatories.',
      'Virements urgents, garanties bancaires et signataires des comptes.',
    ],
    kw: [
      ['urgent payment', 'wire transfer', 'bank guarantee', 'treasury'],
      ['paiement urgent', 'virement', 'garantie bancaire', 'trésorerie'],
    ],
    syn: [['pay today'], ['payer aujourd’hui', 'virement express']],
    A: 'cfo',
    R: ['treasury'],
    C: ['ap-mgr'],
    service: {
      response: ['2 working hours', '2 heures ouvrées'],
      lead: ['Same day if requested before 11:00', 'Le jour même si demandé avant 11 h'],
      request: { email: 'treasury@northwind.example' },
    },
  },
  {
    id: 'purchase-request',
    unit: 'fin-proc',
    name: ['Purchase requests and orders', 'Demandes d’achat et bons de commande'],
    desc: [
      'Buy goods or services: request, quotes, approval and purchase order.',
      'Acheter un bien ou un service : demande, devis, validation et bon de commande.',
    ],
    kw: [
      ['purchase request', 'purchase order', 'PO', 'buy', 'quote', 'procurement'],
      ['demande d’achat', 'bon de commande', 'achat', 'devis', 'commander'],
    ],
    syn: [
      ['how do I buy something', 'order supplies'],
      ['comment acheter', 'commander des fournitures'],
    ],
    A: 'procurement-mgr',
    R: ['buyer-1', 'buyer-2'],
    I: ['ap-mgr'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Purchase order within 5 working days; 3 quotes over €10,000',
        'Bon de commande sous 5 jours ouvrés ; 3 devis au-delà de 10 000 €',
      ],
      steps: [
        [
          'Create the request in the purchasing portal with a quote.',
          'Créez la demande dans le portail achats avec un devis.',
        ],
        [
          'Your manager approves; over €10,000 the buyer runs a tender.',
          'Votre manager valide ; au-delà de 10 000 €, l’acheteur lance un appel d’offres.',
        ],
      ],
      request: { url: BUY },
    },
  },
  {
    id: 'new-supplier',
    unit: 'fin-proc',
    name: ['New supplier registration', 'Référencement d’un nouveau fournisseur'],
    desc: [
      'Add a supplier to the panel: checks, bank details, contract.',
      'Ajouter un fournisseur au panel : contrôles, coordonnées bancaires, contrat.',
    ],
    kw: [
      ['new supplier', 'vendor registration', 'supplier onboarding', 'vendor'],
      ['nouveau fournisseur', 'référencement', 'création fournisseur', 'prestataire'],
    ],
    syn: [['add a vendor'], ['créer un fournisseur']],
    A: 'procurement-mgr',
    R: ['buyer-1'],
    C: ['ap-clerk-3', 'compliance-officer'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['10 working days', '10 jours ouvrés'],
      request: { url: `${BUY}/new-supplier` },
    },
  },
  {
    id: 'business-travel',
    unit: 'fin-proc',
    name: ['Business travel booking', 'Réservation de voyages d’affaires'],
    desc: [
      'Book trains, flights and hotels through the travel agency.',
      'Réserver trains, avions et hôtels via l’agence de voyages.',
    ],
    kw: [
      ['business travel', 'travel booking', 'flight', 'train', 'hotel'],
      ['voyage d’affaires', 'déplacement', 'réservation', 'billet de train', 'avion', 'hôtel'],
    ],
    syn: [
      ['book a trip', 'train ticket for work'],
      ['réserver un déplacement', 'billet SNCF'],
    ],
    A: 'procurement-mgr',
    R: ['buyer-3'],
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      request: { url: 'https://travel.northwind.example' },
    },
  },
];

export const LEGAL_TOPICS: readonly TopicDef[] = [
  {
    id: 'contract-review',
    unit: 'legal',
    name: ['Contract review', 'Relecture de contrats'],
    desc: [
      'Have a customer, supplier or partner contract reviewed before signing.',
      'Faire relire un contrat client, fournisseur ou partenaire avant signature.',
    ],
    kw: [
      ['contract', 'contract review', 'terms and conditions', 'agreement'],
      ['contrat', 'relecture', 'conditions générales', 'accord'],
    ],
    syn: [
      ['check a contract', 'customer wants changes to terms'],
      ['faire valider un contrat', 'CGV'],
    ],
    A: 'general-counsel',
    R: ['legal-counsel-1', 'legal-counsel-3'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Standard contracts in 5 working days', 'Contrats standard sous 5 jours ouvrés'],
      request: { email: 'legal@northwind.example' },
    },
  },
  {
    id: 'nda',
    unit: 'legal',
    name: ['Non-disclosure agreements', 'Accords de confidentialité'],
    desc: [
      'Our NDA template and signature.',
      'Notre modèle d’accord de confidentialité et sa signature.',
    ],
    kw: [
      ['NDA', 'non-disclosure agreement', 'confidentiality'],
      ['NDA', 'accord de confidentialité', 'confidentialité'],
    ],
    syn: [['confidentiality agreement'], ['engagement de confidentialité']],
    A: 'general-counsel',
    R: ['paralegal'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      request: { url: 'https://forms.northwind.example/nda' },
    },
  },
  {
    id: 'signatures',
    unit: 'legal',
    name: ['Signatures and powers of attorney', 'Signatures et délégations de pouvoir'],
    desc: [
      'Who may sign what, e-signature and delegations.',
      'Qui peut signer quoi, signature électronique et délégations.',
    ],
    kw: [
      ['signature', 'e-signature', 'power of attorney', 'signing authority'],
      ['signature', 'signature électronique', 'délégation de pouvoir', 'pouvoir de signature'],
    ],
    syn: [['who can sign'], ['qui peut signer']],
    A: 'general-counsel',
    R: ['paralegal', 'legal-counsel-2'],
  },
  {
    id: 'gdpr',
    unit: 'legal',
    name: ['Personal data and GDPR', 'Données personnelles et RGPD'],
    desc: [
      'Access or deletion requests, data breaches, privacy questions.',
      'Demandes d’accès ou d’effacement, violations de données, questions de vie privée.',
    ],
    kw: [
      ['GDPR', 'personal data', 'privacy', 'data breach', 'data subject request'],
      ['RGPD', 'données personnelles', 'vie privée', 'violation de données', 'droit d’accès'],
    ],
    syn: [
      ['delete my data', 'privacy policy'],
      ['effacer mes données', 'CNIL', 'Loi 25'],
    ],
    A: 'general-counsel',
    R: ['dpo'],
    C: ['ciso'],
    service: {
      response: [
        '2 working days (breach: immediately)',
        '2 jours ouvrés (violation : immédiatement)',
      ],
      request: { email: 'privacy@northwind.example' },
    },
  },
  {
    id: 'ethics',
    unit: 'legal',
    name: ['Gifts, conflicts of interest and ethics', 'Cadeaux, conflits d’intérêts et éthique'],
    desc: [
      'May I accept this gift? Declare a conflict of interest.',
      'Puis-je accepter ce cadeau ? Déclarer un conflit d’intérêts.',
    ],
    kw: [
      ['gifts', 'conflict of interest', 'ethics', 'anti-corruption', 'code of conduct'],
      ['cadeaux', 'conflit d’intérêts', 'éthique', 'anticorruption', 'code de conduite'],
    ],
    syn: [
      ['supplier offered me a gift', 'invitation from customer'],
      ['un fournisseur m’offre un cadeau', 'invitation client'],
    ],
    A: 'general-counsel',
    R: ['compliance-officer'],
    links: [{ label: ['Code of conduct', 'Code de conduite'], url: `${KB}/code-of-conduct` }],
  },
  {
    id: 'whistleblowing',
    unit: 'legal',
    name: ['Whistleblowing', 'Lanceur d’alerte'],
    desc: [
      'Report fraud or serious misconduct confidentially.',
      'Signaler une fraude ou une faute grave en toute confidentialité.',
    ],
    kw: [
      ['whistleblowing', 'fraud', 'misconduct', 'ethics line'],
      ['lanceur d’alerte', 'fraude', 'alerte éthique', 'signalement'],
    ],
    syn: [['report fraud anonymously'], ['signaler anonymement']],
    A: 'general-counsel',
    R: ['compliance-officer'],
    service: {
      response: ['Acknowledged within 7 days', 'Accusé de réception sous 7 jours'],
      request: { url: 'https://speakup.northwind.example' },
    },
  },
];

export const COMMS_TOPICS: readonly TopicDef[] = [
  {
    id: 'intranet',
    unit: 'comms',
    name: ['Intranet news and pages', 'Actualités et pages de l’intranet'],
    desc: [
      'Publish news, update your team’s page.',
      'Publier une actualité, mettre à jour la page de votre équipe.',
    ],
    kw: [
      ['intranet', 'news', 'team page', 'announcement'],
      ['intranet', 'actualité', 'page d’équipe', 'annonce'],
    ],
    syn: [['publish an article'], ['publier un article']],
    A: 'comms-director',
    R: ['web-editor'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Published within a week', 'Publié sous une semaine'],
    },
  },
  {
    id: 'press',
    unit: 'comms',
    name: ['Press and media requests', 'Demandes de la presse'],
    desc: [
      'A journalist contacts you: pass it to the press officer.',
      'Un journaliste vous contacte : transmettez au chargé des relations presse.',
    ],
    kw: [
      ['press', 'media', 'journalist', 'interview request'],
      ['presse', 'médias', 'journaliste', 'interview'],
    ],
    syn: [['a reporter called me'], ['un journaliste m’appelle']],
    A: 'comms-director',
    R: ['press-officer'],
    service: {
      response: ['Same day', 'Le jour même'],
      request: { email: 'press@northwind.example' },
    },
  },
  {
    id: 'social-media',
    unit: 'comms',
    name: ['Social media', 'Réseaux sociaux'],
    desc: [
      'Company accounts and rules for posting about work.',
      'Comptes de l’entreprise et règles pour parler du travail en ligne.',
    ],
    kw: [
      ['social media', 'LinkedIn', 'post'],
      ['réseaux sociaux', 'LinkedIn', 'publication'],
    ],
    syn: [['can I post about work'], ['puis-je publier sur le travail']],
    A: 'comms-director',
    R: ['press-officer'],
  },
  {
    id: 'brand',
    unit: 'comms',
    name: ['Logo, templates and brand', 'Logo, modèles et charte graphique'],
    desc: [
      'Logo files, slide and document templates, brand rules.',
      'Fichiers du logo, modèles de présentation et de documents, charte graphique.',
    ],
    kw: [
      ['logo', 'brand', 'template', 'PowerPoint template', 'font'],
      ['logo', 'charte graphique', 'modèle', 'gabarit', 'police'],
    ],
    syn: [['slide template'], ['modèle de présentation']],
    A: 'comms-director',
    R: ['designer'],
    links: [
      {
        label: ['Brand toolkit', 'Boîte à outils de la marque'],
        url: 'https://brand.northwind.example',
      },
    ],
  },
  {
    id: 'business-cards',
    unit: 'comms',
    name: ['Business cards', 'Cartes de visite'],
    desc: [
      'Order business cards in the company design.',
      'Commander des cartes de visite aux couleurs de l’entreprise.',
    ],
    kw: [['business cards', 'visiting cards'], ['cartes de visite']],
    syn: [['order cards'], ['commander des cartes']],
    A: 'comms-director',
    R: ['designer'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Delivered in 10 working days', 'Livrées sous 10 jours ouvrés'],
      cost: [
        '€25 per 250 cards, charged to your department',
        '25 € les 250 cartes, imputés au service',
      ],
      request: { url: 'https://forms.northwind.example/business-cards' },
    },
  },
  {
    id: 'events',
    unit: 'comms',
    name: ['Internal events', 'Événements internes'],
    desc: [
      'Town halls, team events and the end-of-year party.',
      'Réunions plénières, événements d’équipe et fête de fin d’année.',
    ],
    kw: [
      ['event', 'town hall', 'party', 'team building'],
      ['événement', 'plénière', 'fête', 'séminaire', 'team building'],
    ],
    syn: [['end of year party'], ['soirée de fin d’année']],
    A: 'comms-director',
    R: ['internal-comms-1', 'internal-comms-2'],
  },
];

export const EXEC_TOPICS: readonly TopicDef[] = [
  {
    id: 'exec-meeting',
    unit: 'lead',
    name: ['Meeting with the executive team', 'Rendez-vous avec la direction générale'],
    desc: [
      'Request time with the CEO or put an item on the executive committee agenda.',
      'Demander un créneau avec la directrice générale ou inscrire un point au comité de direction.',
    ],
    kw: [
      ['CEO', 'executive committee', 'meeting with CEO', 'board'],
      ['directrice générale', 'comité de direction', 'CODIR', 'rendez-vous DG'],
    ],
    syn: [['talk to the boss'], ['voir la direction']],
    A: 'chief-of-staff',
    R: ['ceo-ea'],
  },
  {
    id: 'strategy',
    unit: 'lead',
    name: ['Company strategy and objectives', 'Stratégie et objectifs de l’entreprise'],
    desc: [
      'The strategic plan, yearly objectives and quarterly results.',
      'Le plan stratégique, les objectifs annuels et les résultats trimestriels.',
    ],
    kw: [
      ['strategy', 'objectives', 'company goals', 'OKR'],
      ['stratégie', 'objectifs', 'plan stratégique', 'OKR'],
    ],
    syn: [['where is the company going'], ['cap de l’entreprise']],
    A: 'ceo',
    R: ['chief-of-staff', 'strategy-analyst'],
  },
];
