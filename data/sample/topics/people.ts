/** Topics of HR, payroll, talent and learning. */
import type { TopicDef } from '../types';

const KB = 'https://intranet.northwind.example/kb';
const FORMS = 'https://forms.northwind.example';
const HR_PORTAL = 'https://hr.northwind.example';

export const PAY_TOPICS: readonly TopicDef[] = [
  {
    id: 'payslip',
    unit: 'pay',
    name: ['Payslip questions and pay errors', 'Bulletin de paie : questions et erreurs'],
    desc: [
      'Your payslip looks wrong, an amount is missing, or you do not understand a line: the payroll team checks and corrects it.',
      'Votre bulletin de paie semble faux, un montant manque ou une ligne est incomprise : l’équipe paie vérifie et corrige.',
    ],
    kw: [
      [
        'payslip',
        'pay slip',
        'payroll',
        'salary',
        'pay',
        'wage',
        'net pay',
        'gross pay',
        'deductions',
      ],
      [
        'bulletin de paie',
        'fiche de paie',
        'paie',
        'salaire',
        'rémunération',
        'net à payer',
        'brut',
        'cotisations',
      ],
    ],
    syn: [
      [
        'payslip wrong',
        'wrong pay',
        'pay error',
        'missing pay',
        'salary not paid',
        'underpaid',
        'paycheck',
        'pay stub',
        'salary slip',
      ],
      [
        'erreur de paie',
        'bulletin faux',
        'salaire incorrect',
        'salaire pas versé',
        'salaire manquant',
        'fiche de salaire',
        'paye',
        'virement du salaire',
      ],
    ],
    A: 'pay-head',
    R: ['pay-officer-1', 'pay-officer-2'],
    C: ['pay-analyst'],
    I: ['hr-svc-mgr'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Corrected on the next payroll; urgent transfer within 5 working days for errors over €200',
        'Corrigé sur la paie suivante ; virement d’urgence sous 5 jours ouvrés au-delà de 200 €',
      ],
      cost: ['Free', 'Gratuit'],
      steps: [
        [
          'Open your payslip in the HR portal and note the line in question.',
          'Ouvrez votre bulletin dans le portail RH et repérez la ligne en cause.',
        ],
        [
          'Send the payroll request form with the month and the amount you expected.',
          'Envoyez le formulaire de demande paie avec le mois et le montant attendu.',
        ],
        [
          'Payroll answers within 2 working days and tells you when the correction is paid.',
          'La paie répond sous 2 jours ouvrés et vous indique quand la correction est versée.',
        ],
      ],
      request: { url: `${FORMS}/payroll-question`, email: 'payroll@northwind.example' },
    },
    links: [
      {
        label: ['How to read your payslip', 'Comprendre son bulletin de paie'],
        url: `${KB}/read-your-payslip`,
      },
      { label: ['Payroll calendar', 'Calendrier de paie'], url: `${KB}/payroll-calendar` },
    ],
  },
  {
    id: 'payroll-setup',
    unit: 'pay',
    name: ['Payroll setup for new hires', 'Inscription en paie des nouveaux arrivants'],
    desc: [
      'Bank details, social insurance number and tax forms so your first salary arrives on time.',
      'RIB, numéro de sécurité sociale et formulaires fiscaux pour que votre premier salaire arrive à temps.',
    ],
    kw: [
      [
        'payroll setup',
        'first salary',
        'bank details',
        'social security number',
        'tax form',
        'TD1',
      ],
      [
        'inscription en paie',
        'premier salaire',
        'RIB',
        'numéro de sécurité sociale',
        'carte vitale',
        'formulaire fiscal',
      ],
    ],
    syn: [
      ['when do I get paid', 'first paycheck', 'new starter payroll'],
      ['quand suis-je payé', 'première paie', 'nouvel arrivant paie'],
    ],
    A: 'pay-head',
    R: ['pay-officer-3'],
    C: ['hr-admin-1'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Before the 15th: paid at the end of your first month',
        'Avant le 15 : payé à la fin du premier mois',
      ],
      steps: [
        [
          'Upload your bank details and ID in the HR portal during your first week.',
          'Déposez RIB et pièce d’identité dans le portail RH la première semaine.',
        ],
        [
          'Canada: fill in the TD1 and TP-1015.3 forms.',
          'Canada : remplissez les formulaires TD1 et TP-1015.3.',
        ],
      ],
      request: { url: `${HR_PORTAL}/my-documents` },
    },
  },
  {
    id: 'bank-details',
    unit: 'pay',
    name: ['Change of bank details', 'Changement de coordonnées bancaires'],
    desc: [
      'Update the account your salary is paid into.',
      'Modifier le compte sur lequel votre salaire est versé.',
    ],
    kw: [
      ['bank details', 'bank account', 'IBAN', 'direct deposit'],
      ['RIB', 'compte bancaire', 'IBAN', 'dépôt direct'],
    ],
    syn: [
      ['new bank', 'change account for salary'],
      ['changer de banque', 'nouveau RIB'],
    ],
    A: 'pay-head',
    R: ['pay-officer-3', 'pay-officer-4'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: [
        'Before the 10th: applied to this month’s pay',
        'Avant le 10 : appliqué sur la paie du mois',
      ],
      steps: [
        [
          'Enter the new IBAN in the HR portal and upload the bank statement.',
          'Saisissez le nouvel IBAN dans le portail RH et joignez le RIB.',
        ],
      ],
      request: { url: `${HR_PORTAL}/bank-details` },
    },
  },
  {
    id: 'tax-withholding',
    unit: 'pay',
    name: ['Income tax withholding', 'Prélèvement à la source'],
    desc: [
      'The tax rate applied to your pay and how to change it.',
      'Le taux d’impôt appliqué à votre salaire et comment le modifier.',
    ],
    kw: [
      ['income tax', 'tax rate', 'withholding', 'source deductions'],
      [
        'impôt sur le revenu',
        'taux de prélèvement',
        'prélèvement à la source',
        'retenues à la source',
      ],
    ],
    syn: [
      ['too much tax', 'tax on my payslip'],
      ['trop d’impôt', 'taux neutre'],
    ],
    A: 'pay-head',
    R: ['pay-officer-2'],
    links: [
      {
        label: ['Tax withholding explained', 'Le prélèvement à la source expliqué'],
        url: `${KB}/tax-withholding`,
      },
    ],
  },
  {
    id: 'overtime',
    unit: 'pay',
    name: ['Overtime, bonuses and allowances', 'Heures supplémentaires, primes et indemnités'],
    desc: [
      'Overtime, night and Sunday premiums, bonuses: how they are counted and paid.',
      'Heures supplémentaires, majorations de nuit et du dimanche, primes : calcul et paiement.',
    ],
    kw: [
      ['overtime', 'bonus', 'premium', 'allowance', 'night shift premium'],
      ['heures supplémentaires', 'prime', 'majoration', 'indemnité', 'prime de nuit'],
    ],
    syn: [
      ['overtime not paid', 'missing bonus', 'extra hours'],
      ['heures sup', 'prime manquante', 'heures non payées'],
    ],
    A: 'pay-head',
    R: ['pay-analyst', 'pay-officer-4'],
    C: ['lyon-director', 'mtl-director'],
    service: {
      response: ['3 working days', '3 jours ouvrés'],
      lead: ['Paid with the next payroll', 'Payé avec la paie suivante'],
      request: { url: `${FORMS}/payroll-question` },
    },
  },
  {
    id: 'timesheets',
    unit: 'pay',
    name: ['Time tracking and timesheets', 'Pointage et feuilles de temps'],
    desc: [
      'Clocking in and out, missing punches and timesheet approval.',
      'Badgeage des horaires, oublis de pointage et validation des feuilles de temps.',
    ],
    kw: [
      ['timesheet', 'time tracking', 'clock in', 'clocking', 'hours worked'],
      ['feuille de temps', 'pointage', 'badgeuse', 'heures travaillées'],
    ],
    syn: [
      ['forgot to clock in', 'missing punch', 'time clock'],
      ['oubli de pointage', 'pointeuse', 'horaires non enregistrés'],
    ],
    A: 'pay-head',
    R: ['pay-analyst'],
    C: ['lyon-sup-1', 'mtl-sup-1'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      request: { url: 'https://time.northwind.example' },
    },
  },
  {
    id: 'salary-advance',
    unit: 'pay',
    name: ['Salary advance', 'Acompte sur salaire'],
    desc: [
      'Part of this month’s salary paid early in case of need.',
      'Une partie du salaire du mois versée en avance en cas de besoin.',
    ],
    kw: [
      ['salary advance', 'advance on pay', 'early pay'],
      ['acompte', 'avance sur salaire'],
    ],
    syn: [['need money before payday'], ['avance de salaire', 'besoin d’argent avant la paie']],
    A: 'pay-head',
    R: ['pay-officer-1', 'pay-officer-2'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Transfer within 3 working days', 'Virement sous 3 jours ouvrés'],
      cost: ['Free; deducted from the month’s salary', 'Gratuit ; déduit du salaire du mois'],
      request: { url: `${FORMS}/salary-advance` },
    },
  },
  {
    id: 'year-end-tax',
    unit: 'pay',
    name: ['Year-end tax slips (T4, RL-1, P60)', 'Relevés fiscaux annuels (T4, relevé 1, P60)'],
    desc: [
      'Annual tax slips for employees in Canada and the UK.',
      'Relevés fiscaux annuels des salariés au Canada et au Royaume-Uni.',
    ],
    kw: [
      ['T4', 'RL-1', 'P60', 'P45', 'tax slip'],
      ['T4', 'relevé 1', 'P60', 'feuillet fiscal'],
    ],
    syn: [['tax documents for my return'], ['papiers pour ma déclaration d’impôts']],
    A: 'pay-head',
    R: ['pay-officer-4'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Issued by end of February', 'Émis avant fin février'],
    },
  },
];

export const HR_TOPICS: readonly TopicDef[] = [
  {
    id: 'leave',
    unit: 'hr-svc',
    name: ['Leave and holidays', 'Congés et absences'],
    desc: [
      'Book paid leave, check your balance, RTT days and public holidays.',
      'Poser des congés payés, consulter votre solde, les RTT et les jours fériés.',
    ],
    kw: [
      [
        'leave',
        'holiday',
        'holidays',
        'vacation',
        'time off',
        'days off',
        'annual leave',
        'absence',
        'PTO',
      ],
      [
        'congés',
        'congé',
        'vacances',
        'absence',
        'RTT',
        'congés payés',
        'jours de repos',
        'jour férié',
      ],
    ],
    syn: [
      [
        'book a holiday',
        'leave balance',
        'how many days off',
        'leave request',
        'day off',
        'bank holiday',
      ],
      [
        'poser des congés',
        'solde de congés',
        'demande de congé',
        'poser un jour',
        'jours restants',
        'pont',
      ],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-1', 'hr-admin-2', 'hr-admin-4'],
    C: ['pay-analyst'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Your manager approves in the portal; HR checks within 2 days',
        'Votre manager valide dans le portail ; les RH contrôlent sous 2 jours',
      ],
      steps: [
        [
          'Request the days in the HR portal (“My leave”).',
          'Faites la demande dans le portail RH (« Mes congés »).',
        ],
        [
          'Your manager approves; you get an email.',
          'Votre manager valide ; vous recevez un courriel.',
        ],
        [
          'For questions about your balance, write to the HR desk.',
          'Pour une question sur votre solde, écrivez à l’accueil RH.',
        ],
      ],
      request: { url: `${HR_PORTAL}/my-leave`, email: 'hr.desk@northwind.example' },
    },
    links: [
      { label: ['Leave policy', 'Règles de congés'], url: `${KB}/leave-policy` },
      {
        label: ['Public holidays by country', 'Jours fériés par pays'],
        url: `${KB}/public-holidays`,
      },
    ],
  },
  {
    id: 'sick-leave',
    unit: 'hr-svc',
    name: ['Sick leave', 'Arrêt maladie'],
    desc: [
      'What to do when you are ill: tell your manager, send the certificate within 48 hours.',
      'Que faire en cas de maladie : prévenir son manager, envoyer l’arrêt sous 48 heures.',
    ],
    kw: [
      ['sick leave', 'sick', 'illness', 'medical certificate', 'sick note'],
      ['arrêt maladie', 'maladie', 'arrêt de travail', 'certificat médical'],
    ],
    syn: [
      ['I am sick', 'off sick', 'doctor’s note'],
      ['je suis malade', 'arrêt de travail à envoyer', 'indemnités journalières'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-2', 'hr-admin-3'],
    C: ['nurse'],
    I: ['pay-officer-1'],
    service: {
      response: ['Same day', 'Le jour même'],
      steps: [
        [
          'Tell your manager before your shift or working day starts.',
          'Prévenez votre manager avant le début de votre poste ou journée.',
        ],
        [
          'Send the certificate to the HR desk within 48 hours.',
          'Envoyez l’arrêt à l’accueil RH sous 48 heures.',
        ],
      ],
      request: { email: 'hr.desk@northwind.example', url: `${HR_PORTAL}/absence` },
    },
  },
  {
    id: 'parental-leave',
    unit: 'hr-svc',
    name: ['Maternity, paternity and parental leave', 'Congé maternité, paternité et parental'],
    desc: [
      'Rights, notice periods and pay during parental leave.',
      'Droits, délais de prévenance et rémunération pendant le congé.',
    ],
    kw: [
      ['maternity leave', 'paternity leave', 'parental leave', 'adoption leave', 'baby'],
      ['congé maternité', 'congé paternité', 'congé parental', 'congé d’adoption', 'naissance'],
    ],
    syn: [
      ['having a baby', 'pregnant'],
      ['enceinte', 'naissance d’un enfant', 'RQAP'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-3', 'hr-admin-4'],
    I: ['pay-officer-3'],
    links: [
      { label: ['Parental leave guide', 'Guide du congé parental'], url: `${KB}/parental-leave` },
    ],
  },
  {
    id: 'certificates',
    unit: 'hr-svc',
    name: ['Employment certificates and letters', 'Attestations employeur'],
    desc: [
      'Proof of employment for a landlord, bank or visa.',
      'Attestation de travail pour un bailleur, une banque ou un visa.',
    ],
    kw: [
      ['employment certificate', 'proof of employment', 'employment letter', 'work certificate'],
      [
        'attestation employeur',
        'attestation de travail',
        'certificat de travail',
        'lettre d’emploi',
      ],
    ],
    syn: [
      ['letter for my landlord', 'letter for the bank', 'visa letter'],
      ['attestation pour un logement', 'justificatif d’emploi'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-4', 'hr-admin-1'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Signed letter in 2 working days', 'Attestation signée sous 2 jours ouvrés'],
      request: { url: `${HR_PORTAL}/certificates` },
    },
  },
  {
    id: 'contract-change',
    unit: 'hr-svc',
    name: [
      'Contract changes (part-time, new role)',
      'Avenant au contrat (temps partiel, changement de poste)',
    ],
    desc: [
      'Change working time, role or place of work in your employment contract.',
      'Modifier le temps de travail, le poste ou le lieu de travail dans votre contrat.',
    ],
    kw: [
      ['employment contract', 'contract amendment', 'part-time', 'working hours change'],
      ['contrat de travail', 'avenant', 'temps partiel', 'changement d’horaires'],
    ],
    syn: [
      ['go part time', 'change my contract'],
      ['passer à temps partiel', 'modifier mon contrat', '4/5e'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-1'],
    C: ['legal-counsel-2'],
    I: ['pay-head'],
    service: {
      response: ['3 working days', '3 jours ouvrés'],
      lead: ['Amendment ready in 2 weeks', 'Avenant prêt sous 2 semaines'],
    },
  },
  {
    id: 'remote-work',
    unit: 'hr-svc',
    name: ['Remote work', 'Télétravail'],
    desc: [
      'Who can work from home, how many days, and the home office allowance.',
      'Qui peut télétravailler, combien de jours, et l’indemnité de télétravail.',
    ],
    kw: [
      ['remote work', 'work from home', 'WFH', 'home office', 'telework'],
      ['télétravail', 'travail à domicile', 'indemnité de télétravail'],
    ],
    syn: [
      ['working from home', 'remote days'],
      ['jours de télétravail', 'bosser de chez moi'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-2'],
    C: ['it-tech-par-3'],
    links: [{ label: ['Remote work charter', 'Charte télétravail'], url: `${KB}/remote-work` }],
  },
  {
    id: 'benefits',
    unit: 'hr-svc',
    name: ['Health insurance and pension', 'Mutuelle et prévoyance'],
    desc: [
      'Join the health plan, add family members, reimbursements and pension.',
      'Adhérer à la mutuelle, ajouter ses ayants droit, remboursements et retraite.',
    ],
    kw: [
      ['health insurance', 'benefits', 'medical plan', 'dental', 'pension', 'retirement plan'],
      [
        'mutuelle',
        'prévoyance',
        'avantages sociaux',
        'assurance santé',
        'retraite',
        'épargne salariale',
      ],
    ],
    syn: [
      ['add my partner to insurance', 'medical reimbursement'],
      ['carte de mutuelle', 'remboursement de soins', 'ajouter mes enfants'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-benefits'],
    onboarding: true,
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Cover starts on your first day', 'Couverture dès le premier jour'],
      steps: [
        [
          'Fill in the enrolment form in the HR portal within 30 days.',
          'Remplissez le bulletin d’adhésion dans le portail RH sous 30 jours.',
        ],
      ],
      request: { url: `${HR_PORTAL}/benefits` },
    },
  },
  {
    id: 'meal-vouchers',
    unit: 'hr-svc',
    name: ['Meal vouchers and canteen', 'Titres-restaurant et cantine'],
    desc: [
      'Your meal card, top-ups and the company restaurant.',
      'Votre carte titres-restaurant, ses rechargements et le restaurant d’entreprise.',
    ],
    kw: [
      ['meal vouchers', 'lunch card', 'canteen', 'restaurant'],
      [
        'titres-restaurant',
        'tickets resto',
        'carte déjeuner',
        'cantine',
        'restaurant d’entreprise',
      ],
    ],
    syn: [['lunch money'], ['carte Swile', 'ticket restaurant']],
    A: 'hr-svc-mgr',
    R: ['hr-benefits'],
    onboarding: true,
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Card sent within 2 weeks', 'Carte envoyée sous 2 semaines'],
    },
  },
  {
    id: 'commuting',
    unit: 'hr-svc',
    name: ['Commuting and transit pass refund', 'Prise en charge des transports'],
    desc: [
      'Half of your public transport pass and the cycling allowance.',
      'La moitié de votre abonnement de transport et le forfait mobilités durables.',
    ],
    kw: [
      ['transit pass', 'commuting', 'public transport', 'cycling allowance'],
      ['pass Navigo', 'abonnement transport', 'forfait mobilités durables', 'transports en commun'],
    ],
    syn: [
      ['metro pass refund', 'bus pass'],
      ['remboursement Navigo', 'abonnement TCL', 'carte OPUS'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-benefits'],
    C: ['pay-officer-2'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['Refunded with the next payroll', 'Remboursé sur la paie suivante'],
      request: { url: `${HR_PORTAL}/commuting` },
    },
  },
  {
    id: 'personal-details',
    unit: 'hr-svc',
    name: ['Update your personal details', 'Mettre à jour vos informations personnelles'],
    desc: [
      'Address, name, emergency contact or family situation.',
      'Adresse, nom, contact d’urgence ou situation familiale.',
    ],
    kw: [
      ['personal details', 'address change', 'emergency contact', 'name change'],
      ['données personnelles', 'changement d’adresse', 'contact d’urgence', 'changement de nom'],
    ],
    syn: [
      ['I moved', 'got married'],
      ['j’ai déménagé', 'mariage'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-hris'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      request: { url: `${HR_PORTAL}/my-profile` },
    },
  },
  {
    id: 'hr-portal',
    unit: 'hr-svc',
    name: ['HR portal access', 'Accès au portail RH'],
    desc: [
      'Log in to the HR portal to see payslips, leave and documents.',
      'Se connecter au portail RH : bulletins, congés et documents.',
    ],
    kw: [
      ['HR portal', 'self-service', 'employee portal', 'HR system'],
      ['portail RH', 'SIRH', 'espace salarié', 'libre-service'],
    ],
    syn: [
      ['can’t log in to HR portal', 'where are my payslips online'],
      ['pas accès au portail RH', 'coffre-fort numérique'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-hris'],
    C: ['app-analyst-2'],
    onboarding: true,
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      request: { email: 'hr.desk@northwind.example', url: HR_PORTAL },
    },
  },
  {
    id: 'leaving',
    unit: 'hr-svc',
    name: ['Resignation and leaving the company', 'Démission et départ de l’entreprise'],
    desc: [
      'Notice period, final pay, returning equipment and leaving certificate.',
      'Préavis, solde de tout compte, restitution du matériel et certificat de travail.',
    ],
    kw: [
      ['resignation', 'leaving', 'notice period', 'final pay', 'exit'],
      ['démission', 'départ', 'préavis', 'solde de tout compte', 'rupture conventionnelle'],
    ],
    syn: [
      ['quit my job', 'last day'],
      ['quitter l’entreprise', 'dernier jour'],
    ],
    A: 'hr-svc-mgr',
    R: ['hr-admin-1'],
    C: ['legal-counsel-2'],
    I: ['pay-head', 'helpdesk-mgr'],
    links: [
      { label: ['Leaving checklist', 'Check-list de départ'], url: `${KB}/leaving-checklist` },
    ],
  },
  {
    id: 'harassment',
    unit: 'hr',
    name: ['Harassment or discrimination', 'Harcèlement ou discrimination'],
    desc: [
      'Report harassment, discrimination or violence at work, in confidence.',
      'Signaler un harcèlement, une discrimination ou une violence au travail, en toute confidentialité.',
    ],
    kw: [
      ['harassment', 'discrimination', 'bullying', 'sexism', 'violence at work'],
      ['harcèlement', 'discrimination', 'sexisme', 'violence au travail'],
    ],
    syn: [
      ['report a colleague', 'unsafe behaviour', 'I feel harassed'],
      ['signaler un comportement', 'référent harcèlement'],
    ],
    A: 'chro',
    R: ['hr-bp-sales', 'hr-bp-ops', 'hr-bp-rd'],
    C: ['general-counsel'],
    service: {
      response: ['Within 24 hours, in confidence', 'Sous 24 heures, en toute confidentialité'],
      request: { email: 'speak-up@northwind.example' },
    },
  },
  {
    id: 'works-council',
    unit: 'hr',
    name: ['Employee representatives', 'Représentants du personnel (CSE)'],
    desc: [
      'Who your employee representatives are and how to reach them.',
      'Qui sont vos représentants du personnel et comment les joindre.',
    ],
    kw: [
      ['employee representatives', 'works council', 'union'],
      ['CSE', 'représentants du personnel', 'syndicat', 'délégué'],
    ],
    syn: [['staff representative'], ['comité social et économique', 'élus du personnel']],
    A: 'chro',
    R: ['hr-svc-mgr'],
    links: [{ label: ['Your representatives', 'Vos élus'], url: `${KB}/representatives` }],
  },
];

export const TALENT_TOPICS: readonly TopicDef[] = [
  {
    id: 'recruitment',
    unit: 'hr-talent',
    name: ['Hiring: open a position', 'Recrutement : ouvrir un poste'],
    desc: [
      'Managers: open a vacancy, write the ad, organise interviews.',
      'Managers : ouvrir un poste, rédiger l’annonce, organiser les entretiens.',
    ],
    kw: [
      ['recruitment', 'hiring', 'job opening', 'vacancy', 'job ad', 'interview'],
      ['recrutement', 'embauche', 'offre d’emploi', 'poste vacant', 'annonce', 'entretien'],
    ],
    syn: [
      ['hire someone', 'replace a leaver', 'new headcount'],
      ['recruter', 'remplacer un départ', 'ouvrir un poste'],
    ],
    A: 'talent-mgr',
    R: ['recruiter-1', 'recruiter-2'],
    C: ['hr-bp-sales', 'hr-bp-ops', 'hr-bp-rd'],
    I: ['cfo'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['6 to 10 weeks to a signed offer', '6 à 10 semaines jusqu’à la promesse d’embauche'],
      steps: [
        [
          'Get the budget approved by your director.',
          'Faites valider le budget par votre directeur.',
        ],
        [
          'Fill in the hiring request with the job description.',
          'Remplissez la demande de recrutement avec la fiche de poste.',
        ],
        [
          'The recruiter calls you within 2 days to plan the search.',
          'Le recruteur vous appelle sous 2 jours pour lancer la recherche.',
        ],
      ],
      request: { url: `${FORMS}/hiring-request` },
    },
  },
  {
    id: 'referral',
    unit: 'hr-talent',
    name: ['Refer a friend', 'Cooptation'],
    desc: [
      'Recommend someone for a job and earn the referral bonus.',
      'Recommander quelqu’un pour un poste et toucher la prime de cooptation.',
    ],
    kw: [
      ['referral', 'refer a friend', 'referral bonus'],
      ['cooptation', 'recommander un ami', 'prime de cooptation'],
    ],
    syn: [['recommend a candidate'], ['proposer un candidat']],
    A: 'talent-mgr',
    R: ['recruiter-1'],
    service: {
      response: ['3 working days', '3 jours ouvrés'],
      cost: ['Bonus €800 after the trial period', 'Prime de 800 € après la période d’essai'],
      request: { url: `${FORMS}/referral` },
    },
  },
  {
    id: 'internships',
    unit: 'hr-talent',
    name: ['Interns and apprentices', 'Stages et alternance'],
    desc: [
      'Host an intern or an apprentice: agreements, school forms, pay.',
      'Accueillir un stagiaire ou un alternant : conventions, écoles, gratification.',
    ],
    kw: [
      ['internship', 'intern', 'apprentice', 'apprenticeship', 'co-op student'],
      ['stage', 'stagiaire', 'alternance', 'alternant', 'apprentissage', 'convention de stage'],
    ],
    syn: [['internship agreement'], ['signer une convention de stage']],
    A: 'talent-mgr',
    R: ['recruiter-2', 'recruiter-1'],
  },
  {
    id: 'training',
    unit: 'hr-talent',
    name: [
      'Training requests and mandatory courses',
      'Demandes de formation et formations obligatoires',
    ],
    desc: [
      'Sign up for a course, mandatory e-learning for new hires, training budget.',
      'S’inscrire à une formation, e-learning obligatoires des nouveaux arrivants, budget formation.',
    ],
    kw: [
      ['training', 'course', 'e-learning', 'learning', 'certification', 'mandatory training'],
      ['formation', 'cours', 'e-learning', 'CPF', 'certification', 'formation obligatoire'],
    ],
    syn: [
      ['sign up for a course', 'learn a skill'],
      [
        'm’inscrire à une formation',
        'monter en compétences',
        'plan de développement des compétences',
      ],
    ],
    A: 'talent-mgr',
    R: ['learning-1', 'learning-2'],
    onboarding: true,
    service: {
      response: ['3 working days', '3 jours ouvrés'],
      lead: [
        'Next session, usually within 6 weeks',
        'Prochaine session, en général sous 6 semaines',
      ],
      cost: [
        'Charged to your department’s training budget',
        'Imputé au budget formation du service',
      ],
      request: { url: 'https://learn.northwind.example' },
    },
    links: [
      {
        label: ['Training catalogue', 'Catalogue de formation'],
        url: 'https://learn.northwind.example/catalogue',
      },
    ],
  },
  {
    id: 'first-day',
    unit: 'hr-talent',
    name: ['First day and induction programme', 'Premier jour et parcours d’intégration'],
    desc: [
      'Where to go on your first day, the welcome session and your first weeks.',
      'Où aller le premier jour, la matinée d’accueil et vos premières semaines.',
    ],
    kw: [
      ['first day', 'induction', 'onboarding', 'welcome session', 'new hire', 'new starter'],
      [
        'premier jour',
        'intégration',
        'accueil',
        'matinée d’accueil',
        'nouvel arrivant',
        'onboarding',
      ],
    ],
    syn: [
      ['I am new', 'starting Monday', 'where do I go on day one'],
      ['je suis nouveau', 'je commence lundi', 'journée d’intégration'],
    ],
    A: 'talent-mgr',
    R: ['onboarding-coord'],
    C: ['hr-bp-sales', 'hr-bp-ops', 'hr-bp-rd'],
    onboarding: true,
    service: {
      response: ['Same day', 'Le jour même'],
      steps: [
        [
          'Come to reception at 9:00 with your ID.',
          'Présentez-vous à l’accueil à 9 h avec une pièce d’identité.',
        ],
        [
          'Welcome session with HR, IT and security until noon.',
          'Matinée d’accueil avec RH, IT et sûreté jusqu’à midi.',
        ],
        [
          'Lunch with your manager and your buddy.',
          'Déjeuner avec votre manager et votre parrain ou marraine.',
        ],
      ],
      request: { email: 'onboarding@northwind.example' },
    },
    links: [{ label: ['Welcome booklet', 'Livret d’accueil'], url: `${KB}/welcome-booklet` }],
  },
  {
    id: 'buddy',
    unit: 'hr-talent',
    name: ['Onboarding buddy', 'Parrain ou marraine d’intégration'],
    desc: [
      'A colleague who shows you around during your first three months.',
      'Un collègue qui vous guide pendant vos trois premiers mois.',
    ],
    kw: [
      ['buddy', 'mentor', 'onboarding buddy'],
      ['parrain', 'marraine', 'parrainage', 'binôme', 'mentor'],
    ],
    syn: [['who can help me settle in'], ['qui peut m’aider à démarrer']],
    A: 'talent-mgr',
    R: ['onboarding-coord'],
    onboarding: true,
  },
  {
    id: 'performance-review',
    unit: 'hr-talent',
    name: ['Annual and professional reviews', 'Entretien annuel et entretien professionnel'],
    desc: [
      'Objectives, annual review campaign and the two-yearly professional review.',
      'Objectifs, campagne d’entretiens annuels et entretien professionnel tous les deux ans.',
    ],
    kw: [
      ['performance review', 'annual review', 'appraisal', 'objectives', 'goals'],
      ['entretien annuel', 'entretien professionnel', 'évaluation', 'objectifs'],
    ],
    syn: [
      ['review form', 'my objectives'],
      ['campagne d’entretiens', 'EAE'],
    ],
    A: 'talent-mgr',
    R: ['hr-bp-sales', 'hr-bp-ops', 'hr-bp-rd'],
    I: ['chro'],
  },
  {
    id: 'internal-mobility',
    unit: 'hr-talent',
    name: ['Internal job moves', 'Mobilité interne'],
    desc: [
      'Apply for an internal vacancy or move to another site.',
      'Postuler à un poste interne ou changer de site.',
    ],
    kw: [
      ['internal mobility', 'internal job', 'transfer', 'career move', 'promotion'],
      ['mobilité interne', 'poste interne', 'mutation', 'évolution de carrière', 'promotion'],
    ],
    syn: [['change jobs inside the company'], ['changer de poste', 'bourse de l’emploi']],
    A: 'talent-mgr',
    R: ['hr-bp-sales', 'hr-bp-ops', 'hr-bp-rd'],
    links: [{ label: ['Internal vacancies', 'Offres internes'], url: `${HR_PORTAL}/jobs` }],
  },
  {
    id: 'language-courses',
    unit: 'hr-talent',
    name: ['Language courses', 'Cours de langue'],
    desc: [
      'English and French courses for all staff, on site or online.',
      'Cours d’anglais et de français pour tous, sur site ou en ligne.',
    ],
    kw: [
      ['language course', 'English lessons', 'French lessons'],
      ['cours de langue', 'cours d’anglais', 'cours de français', 'francisation'],
    ],
    syn: [['improve my English', 'learn French'], ['améliorer mon anglais']],
    A: 'talent-mgr',
    R: ['learning-2'],
    service: {
      response: ['5 working days', '5 jours ouvrés'],
      lead: ['Groups start each quarter', 'Groupes chaque trimestre'],
      cost: ['Free for employees', 'Gratuit pour les salariés'],
    },
  },
];
