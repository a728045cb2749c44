/** Topics of IT: helpdesk, infrastructure and security, business applications, data. */
import type { TopicDef } from '../types';

const HELP = 'https://help.northwind.example';
const KB = 'https://intranet.northwind.example/kb';
const ticket = {
  url: `${HELP}/it/new`,
  email: 'helpdesk@northwind.example',
  phone: '+33 1 99 00 40 00',
};

export const IT_TOPICS: readonly TopicDef[] = [
  {
    id: 'laptop-broken',
    unit: 'it-help',
    name: ['Laptop or computer broken', 'Ordinateur en panne'],
    desc: [
      'Your laptop will not start, the screen is cracked, it is very slow or it was stolen: the helpdesk repairs it or lends you another.',
      'Votre ordinateur ne démarre plus, l’écran est cassé, il est très lent ou il a été volé : le support le répare ou vous en prête un autre.',
    ],
    kw: [
      [
        'laptop',
        'computer',
        'PC',
        'notebook',
        'hardware',
        'screen',
        'keyboard',
        'battery',
        'charger',
        'Mac',
      ],
      [
        'ordinateur',
        'ordinateur portable',
        'PC',
        'portable',
        'matériel',
        'écran',
        'clavier',
        'batterie',
        'chargeur',
      ],
    ],
    syn: [
      [
        'laptop broken',
        'computer not working',
        'won’t turn on',
        'broken screen',
        'blue screen',
        'slow computer',
        'laptop stolen',
        'spilled coffee',
      ],
      [
        'ordinateur en panne',
        'PC cassé',
        'ne démarre plus',
        'écran cassé',
        'écran bleu',
        'PC lent',
        'ordi en panne',
        'ordinateur volé',
      ],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-1', 'it-tech-par-2', 'it-tech-mtl-1', 'it-site-lyon'],
    I: ['ciso'],
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      lead: [
        'Loan laptop the same day; repair within 5 working days',
        'Ordinateur de prêt le jour même ; réparation sous 5 jours ouvrés',
      ],
      cost: [
        'Free (damage through negligence is charged to your department)',
        'Gratuit (la casse par négligence est imputée au service)',
      ],
      steps: [
        [
          'Open a ticket on the IT portal or call the helpdesk.',
          'Ouvrez un ticket sur le portail IT ou appelez le support.',
        ],
        [
          'Bring the laptop and its charger to the IT corner (Lyon: to the IT site coordinator).',
          'Apportez l’ordinateur et son chargeur à l’espace IT (Lyon : au correspondant informatique).',
        ],
        [
          'Leave with a loan laptop; your files sync back from the cloud.',
          'Repartez avec un ordinateur de prêt ; vos fichiers se resynchronisent.',
        ],
      ],
      equipment: [['Loan laptops at each site', 'Ordinateurs de prêt sur chaque site']],
      request: ticket,
    },
    links: [
      {
        label: ['Laptop troubleshooting', 'Dépannage de l’ordinateur'],
        url: `${KB}/laptop-troubleshooting`,
      },
      { label: ['Report a stolen device', 'Déclarer un appareil volé'], url: `${HELP}/it/stolen` },
    ],
  },
  {
    id: 'new-equipment',
    unit: 'it-help',
    name: ['New laptop, screen or accessories', 'Nouvel équipement informatique'],
    desc: [
      'Equipment for a new hire, a second screen, a headset, a docking station.',
      'Équipement d’un nouvel arrivant, second écran, casque, station d’accueil.',
    ],
    kw: [
      ['equipment', 'new laptop', 'monitor', 'headset', 'docking station', 'mouse', 'accessories'],
      [
        'équipement',
        'nouvel ordinateur',
        'écran',
        'casque',
        'station d’accueil',
        'souris',
        'accessoires',
      ],
    ],
    syn: [
      ['order a laptop', 'second screen', 'equipment for new hire'],
      ['commander un ordinateur', 'deuxième écran', 'matériel nouvel arrivant'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-3', 'it-tech-mtl-2'],
    C: ['buyer-2'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Stock items in 3 working days; new hires equipped on day one if requested 10 days ahead',
        'Articles en stock sous 3 jours ouvrés ; nouvel arrivant équipé le premier jour si demandé 10 jours avant',
      ],
      cost: ['Charged to the department’s cost centre', 'Imputé au centre de coûts du service'],
      equipment: [
        ['Standard laptop (14", 16 GB)', 'Ordinateur standard (14 pouces, 16 Go)'],
        ['24" screen, keyboard, mouse, headset', 'Écran 24 pouces, clavier, souris, casque'],
      ],
      request: { url: `${HELP}/it/equipment` },
    },
  },
  {
    id: 'password-reset',
    unit: 'it-help',
    name: ['Password reset and locked account', 'Mot de passe oublié et compte bloqué'],
    desc: [
      'Forgot your password or your account is locked after too many attempts.',
      'Mot de passe oublié ou compte bloqué après trop d’essais.',
    ],
    kw: [
      ['password', 'account locked', 'login', 'sign in', 'reset'],
      ['mot de passe', 'compte bloqué', 'connexion', 'identifiant', 'réinitialiser'],
    ],
    syn: [
      ['forgot my password', 'can’t log in', 'locked out', 'password expired'],
      ['mot de passe oublié', 'impossible de me connecter', 'mdp expiré'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-4', 'it-tech-mtl-2'],
    service: {
      response: ['30 minutes by phone', '30 minutes par téléphone'],
      steps: [
        [
          'Try self-service reset at the login page first.',
          'Essayez d’abord la réinitialisation en libre-service sur la page de connexion.',
        ],
        ['Otherwise call the helpdesk.', 'Sinon appelez le support.'],
      ],
      request: { url: 'https://password.northwind.example', phone: '+33 1 99 00 40 00' },
    },
  },
  {
    id: 'accounts',
    unit: 'it-help',
    name: ['Accounts and access for new hires', 'Comptes et accès des nouveaux arrivants'],
    desc: [
      'Your network account, email, chat and the applications of your job.',
      'Votre compte réseau, messagerie, chat et les applications de votre métier.',
    ],
    kw: [
      ['user account', 'email account', 'access rights', 'login', 'new user'],
      [
        'compte utilisateur',
        'compte de messagerie',
        'droits d’accès',
        'habilitations',
        'nouvel utilisateur',
      ],
    ],
    syn: [
      ['no account yet', 'create account'],
      ['pas encore de compte', 'créer un compte'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-3'],
    C: ['hr-hris', 'apps-mgr'],
    onboarding: true,
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Ready on day one if HR registered you 5 days before',
        'Prêt le premier jour si les RH vous ont inscrit 5 jours avant',
      ],
      request: ticket,
    },
  },
  {
    id: 'mfa',
    unit: 'it-help',
    name: ['Two-factor authentication', 'Double authentification'],
    desc: [
      'Set up the authenticator app; new phone or lost phone.',
      'Configurer l’application d’authentification ; nouveau téléphone ou téléphone perdu.',
    ],
    kw: [
      ['MFA', '2FA', 'two-factor', 'authenticator', 'verification code'],
      ['double authentification', 'MFA', 'authentificateur', 'code de vérification'],
    ],
    syn: [
      ['new phone authenticator', 'no code'],
      ['je ne reçois pas le code', 'changement de téléphone'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-4', 'it-tech-mtl-2'],
    C: ['security-analyst'],
    onboarding: true,
    service: { response: ['1 working hour', '1 heure ouvrée'], request: ticket },
  },
  {
    id: 'mobile-phone',
    unit: 'it-help',
    name: ['Mobile phone and SIM card', 'Téléphone mobile et carte SIM'],
    desc: [
      'Company mobile, broken or lost phone, SIM card and roaming.',
      'Mobile professionnel, téléphone cassé ou perdu, carte SIM et itinérance.',
    ],
    kw: [
      ['mobile phone', 'smartphone', 'SIM card', 'roaming', 'cell phone'],
      ['téléphone mobile', 'smartphone', 'carte SIM', 'itinérance', 'cellulaire'],
    ],
    syn: [
      ['phone broken', 'lost phone', 'phone for work'],
      ['téléphone cassé', 'portable perdu', 'téléphone pro'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-2', 'it-tech-mtl-1'],
    service: {
      response: ['4 working hours', '4 heures ouvrées'],
      lead: ['Replacement in 2 working days', 'Remplacement sous 2 jours ouvrés'],
      request: ticket,
    },
  },
  {
    id: 'printer',
    unit: 'it-help',
    name: [
      'Printers, scanners and label printers',
      'Imprimantes, scanners et imprimantes d’étiquettes',
    ],
    desc: [
      'Printing problems, paper jams, scanning to email, warehouse label printers.',
      'Problèmes d’impression, bourrages, numérisation vers courriel, imprimantes d’étiquettes.',
    ],
    kw: [
      ['printer', 'printing', 'scanner', 'label printer', 'toner'],
      ['imprimante', 'impression', 'scanner', 'imprimante d’étiquettes', 'toner'],
    ],
    syn: [
      ['can’t print', 'paper jam'],
      ['impossible d’imprimer', 'bourrage papier'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-4', 'it-site-lyon'],
    service: { response: ['4 working hours', '4 heures ouvrées'], request: ticket },
  },
  {
    id: 'software',
    unit: 'it-help',
    name: ['Software installation and licences', 'Installation de logiciels et licences'],
    desc: [
      'Install an approved application or request a licence.',
      'Installer une application validée ou demander une licence.',
    ],
    kw: [
      ['software', 'install', 'licence', 'license', 'application', 'app'],
      ['logiciel', 'installation', 'licence', 'application'],
    ],
    syn: [
      ['need a program', 'admin rights'],
      ['installer un logiciel', 'droits administrateur'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-1'],
    C: ['security-analyst'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: [
        'Catalogue software in 2 days; new software reviewed in 2 weeks',
        'Logiciel du catalogue sous 2 jours ; nouveau logiciel étudié sous 2 semaines',
      ],
      request: { url: `${HELP}/it/software` },
    },
  },
  {
    id: 'email-calendar',
    unit: 'it-help',
    name: ['Email, calendar and shared mailboxes', 'Messagerie, agenda et boîtes partagées'],
    desc: [
      'Email problems, mailbox full, access to a shared mailbox or calendar.',
      'Problèmes de messagerie, boîte pleine, accès à une boîte ou un agenda partagés.',
    ],
    kw: [
      ['email', 'mail', 'Outlook', 'calendar', 'shared mailbox', 'distribution list'],
      ['messagerie', 'courriel', 'e-mail', 'agenda', 'boîte partagée', 'liste de diffusion'],
    ],
    syn: [
      ['mailbox full', 'emails not arriving'],
      ['boîte pleine', 'je ne reçois plus de mails'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-2', 'it-tech-mtl-1'],
    service: { response: ['4 working hours', '4 heures ouvrées'], request: ticket },
  },
  {
    id: 'video-conferencing',
    unit: 'it-help',
    name: ['Video calls and meeting room screens', 'Visioconférence et écrans des salles'],
    desc: [
      'Camera, microphone, room screens and video call tools.',
      'Caméra, micro, écrans des salles et outils de visioconférence.',
    ],
    kw: [
      ['video conference', 'video call', 'Teams', 'webcam', 'meeting room screen'],
      ['visioconférence', 'visio', 'webcam', 'écran de salle', 'micro'],
    ],
    syn: [
      ['no sound in meeting', 'screen in room not working'],
      ['pas de son en visio', 'l’écran de la salle ne marche pas'],
    ],
    A: 'helpdesk-mgr',
    R: ['it-tech-par-3'],
    C: ['fac-coord-par-1'],
    service: {
      response: [
        '30 minutes for a meeting about to start',
        '30 minutes pour une réunion imminente',
      ],
      request: { phone: '+33 1 99 00 40 00' },
    },
  },
  {
    id: 'vpn',
    unit: 'it-infra',
    name: ['VPN and remote access', 'VPN et accès à distance'],
    desc: [
      'Connect to internal systems from home or while travelling.',
      'Accéder aux systèmes internes de chez soi ou en déplacement.',
    ],
    kw: [
      ['VPN', 'remote access', 'work from home connection'],
      ['VPN', 'accès à distance', 'connexion à distance'],
    ],
    syn: [
      ['VPN not working', 'can’t connect from home'],
      ['VPN ne marche pas', 'pas de connexion depuis chez moi'],
    ],
    A: 'infra-mgr',
    R: ['sysadmin-1', 'sysadmin-2'],
    service: { response: ['4 working hours', '4 heures ouvrées'], request: ticket },
    links: [{ label: ['VPN setup guide', 'Installer le VPN'], url: `${KB}/vpn` }],
  },
  {
    id: 'wifi',
    unit: 'it-infra',
    name: ['Wi-Fi and network', 'Wi-Fi et réseau'],
    desc: [
      'Wi-Fi access for staff and guests, network outages on a site.',
      'Wi-Fi salariés et invités, coupures réseau sur un site.',
    ],
    kw: [
      ['Wi-Fi', 'wifi', 'network', 'internet', 'guest wifi'],
      ['Wi-Fi', 'wifi', 'réseau', 'internet', 'wifi invité'],
    ],
    syn: [
      ['no internet', 'wifi password'],
      ['pas d’internet', 'code wifi'],
    ],
    A: 'infra-mgr',
    R: ['network-1', 'network-2'],
    service: {
      response: ['1 working hour for an outage', '1 heure ouvrée pour une coupure'],
      request: ticket,
    },
  },
  {
    id: 'phishing',
    unit: 'it-infra',
    name: ['Suspicious email and security incidents', 'Courriel suspect et incident de sécurité'],
    desc: [
      'Report phishing, a virus, or a leak of data or credentials.',
      'Signaler un hameçonnage, un virus, une fuite de données ou d’identifiants.',
    ],
    kw: [
      ['phishing', 'suspicious email', 'virus', 'malware', 'security incident', 'hacked'],
      ['hameçonnage', 'phishing', 'courriel suspect', 'virus', 'incident de sécurité', 'piratage'],
    ],
    syn: [
      ['clicked a bad link', 'scam email', 'ransomware'],
      ['j’ai cliqué sur un lien', 'arnaque', 'rançongiciel'],
    ],
    A: 'ciso',
    R: ['security-analyst'],
    C: ['dpo'],
    I: ['cio'],
    service: {
      response: ['15 minutes, around the clock', '15 minutes, 24 h/24'],
      steps: [
        [
          'Do not reply or forward; use the “Report phishing” button.',
          'Ne répondez pas, ne transférez pas ; utilisez le bouton « Signaler ».',
        ],
        [
          'If you clicked or typed a password, call the security line now.',
          'Si vous avez cliqué ou saisi un mot de passe, appelez tout de suite la ligne sécurité.',
        ],
      ],
      request: { email: 'security@northwind.example', phone: '+33 1 99 00 41 00' },
    },
  },
  {
    id: 'file-recovery',
    unit: 'it-infra',
    name: ['Shared drives and file recovery', 'Dossiers partagés et restauration de fichiers'],
    desc: [
      'Access to a shared folder; restore a deleted or overwritten file.',
      'Accès à un dossier partagé ; restauration d’un fichier supprimé ou écrasé.',
    ],
    kw: [
      ['shared drive', 'shared folder', 'file recovery', 'backup', 'restore'],
      ['dossier partagé', 'lecteur réseau', 'restauration', 'sauvegarde', 'fichier supprimé'],
    ],
    syn: [
      ['deleted a file', 'lost my document'],
      ['j’ai supprimé un fichier', 'document perdu'],
    ],
    A: 'infra-mgr',
    R: ['sysadmin-1'],
    service: {
      response: ['1 working day', '1 jour ouvré'],
      lead: ['Files up to 30 days old', 'Fichiers jusqu’à 30 jours'],
      request: ticket,
    },
  },
  {
    id: 'erp-wms',
    unit: 'it-apps',
    name: ['ERP and warehouse system access', 'Accès à l’ERP et au WMS'],
    desc: [
      'Access, roles and errors in the ERP and the warehouse management system.',
      'Accès, rôles et erreurs dans l’ERP et le logiciel de gestion d’entrepôt.',
    ],
    kw: [
      ['ERP', 'WMS', 'warehouse system', 'SAP', 'handheld scanner'],
      ['ERP', 'WMS', 'gestion d’entrepôt', 'SAP', 'terminal portable'],
    ],
    syn: [
      ['scanner not working', 'no access to ERP'],
      ['la douchette ne marche pas', 'pas d’accès à l’ERP'],
    ],
    A: 'apps-mgr',
    R: ['app-analyst-1'],
    C: ['it-site-lyon'],
    service: { response: ['4 working hours', '4 heures ouvrées'], request: ticket },
  },
  {
    id: 'crm',
    unit: 'it-apps',
    name: ['CRM (customer database)', 'CRM (base clients)'],
    desc: [
      'Access to the CRM, data fixes and reports.',
      'Accès au CRM, corrections de données et rapports.',
    ],
    kw: [
      ['CRM', 'Salesforce', 'customer database', 'leads'],
      ['CRM', 'base clients', 'fichier clients', 'prospects'],
    ],
    syn: [['duplicate customer'], ['doublon client']],
    A: 'apps-mgr',
    R: ['app-analyst-3'],
    C: ['sales-ops'],
    service: { response: ['1 working day', '1 jour ouvré'], request: ticket },
  },
  {
    id: 'dashboards',
    unit: 'rd-data',
    name: ['Reports and dashboards', 'Rapports et tableaux de bord'],
    desc: [
      'Access to business dashboards, new indicators and data extracts.',
      'Accès aux tableaux de bord, nouveaux indicateurs et extractions de données.',
    ],
    kw: [
      ['dashboard', 'report', 'KPI', 'data extract', 'Power BI'],
      ['tableau de bord', 'rapport', 'indicateur', 'extraction de données', 'KPI'],
    ],
    syn: [
      ['numbers for my team', 'data export'],
      ['chiffres de mon équipe', 'export de données'],
    ],
    A: 'data-lead',
    R: ['data-eng-1'],
    C: ['controller-1'],
    service: {
      response: ['2 working days', '2 jours ouvrés'],
      lead: ['New dashboard in 2 to 4 weeks', 'Nouveau tableau de bord en 2 à 4 semaines'],
      request: { email: 'data@northwind.example' },
    },
  },
];
