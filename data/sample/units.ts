/** The sample organisation's units: a logistics company with offices in Paris, Lyon, Montréal and London. */
import type { Bi, SiteId, UnitDef } from './types';

const HQ = 'https://intranet.northwind.example';

export const COMPANY: { name: Bi; domain: string } = {
  name: ['Northwind Logistics', 'Northwind Logistique'],
  domain: 'northwind.example',
};

export const SITES: Record<SiteId, { location: Bi; timeZone: string }> = {
  par: { location: ['Paris head office', 'Siège de Paris'], timeZone: 'Europe/Paris' },
  lyo: { location: ['Lyon warehouse', 'Entrepôt de Lyon'], timeZone: 'Europe/Paris' },
  mtl: { location: ['Montréal hub', 'Plateforme de Montréal'], timeZone: 'America/Montreal' },
  lon: { location: ['London office', 'Bureau de Londres'], timeZone: 'Europe/London' },
};

const desk = (en: string, fr: string) => ({ en, fr });
const office = desk('Mon–Fri 9:00–17:30', 'lun.–ven. 9 h–17 h 30');

export const UNITS: readonly UnitDef[] = [
  {
    id: 'nw',
    type: 'company',
    name: COMPANY.name,
    mission: [
      'Moving goods reliably between Europe and North America.',
      "Acheminer les marchandises de façon fiable entre l'Europe et l'Amérique du Nord.",
    ],
    color: '#1f3a5f',
    contact: { email: 'info@northwind.example', url: HQ },
  },
  {
    id: 'lead',
    type: 'department',
    parent: 'nw',
    name: ['Executive office', 'Direction générale'],
    mission: [
      'Set the direction, allocate resources and keep the company accountable.',
      "Fixer le cap, répartir les moyens et rendre compte de la marche de l'entreprise.",
    ],
    color: '#1f3a5f',
    contact: {
      email: 'executive.office@northwind.example',
      phone: '+33 1 99 00 10 00',
      location: desk('Paris head office, 6th floor', 'Siège de Paris, 6e étage'),
      hours: office,
    },
  },
  {
    id: 'hr',
    type: 'division',
    parent: 'nw',
    name: ['Human resources', 'Ressources humaines'],
    mission: [
      'Hire, develop and look after the people of Northwind.',
      'Recruter, faire grandir et accompagner les équipes de Northwind.',
    ],
    color: '#8e44ad',
    contact: {
      email: 'hr.desk@northwind.example',
      phone: '+33 1 99 00 20 00',
      chat: 'https://chat.northwind.example/c/hr-desk',
      url: `${HQ}/hr`,
      location: desk(
        'HR desk, Paris head office, 2nd floor',
        'Accueil RH, siège de Paris, 2e étage',
      ),
      hours: desk('Mon–Fri 9:00–12:30 and 13:30–17:00', 'lun.–ven. 9 h–12 h 30 et 13 h 30–17 h'),
    },
  },
  {
    id: 'hr-svc',
    type: 'team',
    parent: 'hr',
    name: ['HR services', 'Administration du personnel'],
    mission: [
      'Leave, absences, contracts, certificates and benefits, answered quickly.',
      'Congés, absences, contrats, attestations et avantages sociaux, traités rapidement.',
    ],
    color: '#9b59b6',
    contact: {
      email: 'hr.desk@northwind.example',
      phone: '+33 1 99 00 20 00',
      url: `${HQ}/hr/requests`,
      hours: office,
    },
  },
  {
    id: 'hr-talent',
    type: 'team',
    parent: 'hr',
    name: ['Talent and learning', 'Talents et formation'],
    mission: [
      'Recruitment, onboarding, training and careers.',
      'Recrutement, intégration, formation et parcours professionnels.',
    ],
    color: '#a569bd',
    contact: { email: 'talent@northwind.example', url: `${HQ}/hr/careers`, hours: office },
  },
  {
    id: 'pay',
    type: 'department',
    parent: 'hr',
    name: ['Payroll', 'Paie'],
    mission: [
      'Pay everyone correctly and on time, in France, Canada and the UK.',
      'Payer chacun justement et à temps, en France, au Canada et au Royaume-Uni.',
    ],
    color: '#c0392b',
    contact: {
      email: 'payroll@northwind.example',
      phone: '+33 1 99 00 21 00',
      url: `${HQ}/payroll`,
      location: desk('Paris head office, 2nd floor', 'Siège de Paris, 2e étage'),
      hours: desk('Mon–Thu 9:30–12:00 and 14:00–16:30', 'lun.–jeu. 9 h 30–12 h et 14 h–16 h 30'),
    },
  },
  {
    id: 'it',
    type: 'division',
    parent: 'nw',
    name: ['Information technology', 'Informatique'],
    mission: [
      'Equipment, accounts and systems that just work, on every site.',
      'Du matériel, des comptes et des systèmes qui fonctionnent, sur tous les sites.',
    ],
    color: '#2471a3',
    maintainer: { name: 'IT service management', email: 'itsm@northwind.example' },
    contact: { email: 'it@northwind.example', url: 'https://help.northwind.example/it' },
  },
  {
    id: 'it-help',
    type: 'team',
    parent: 'it',
    name: ['IT helpdesk', 'Support informatique'],
    mission: [
      'First stop for anything broken, lost or locked: laptops, phones, passwords.',
      'Premier contact pour tout ce qui est cassé, perdu ou bloqué : ordinateurs, téléphones, mots de passe.',
    ],
    color: '#2e86c1',
    maintainer: { name: 'IT service management', email: 'itsm@northwind.example' },
    contact: {
      email: 'helpdesk@northwind.example',
      phone: '+33 1 99 00 40 00',
      chat: 'https://chat.northwind.example/c/it-helpdesk',
      url: 'https://help.northwind.example/it',
      location: desk(
        'IT corner, Paris head office, 1st floor',
        'Espace IT, siège de Paris, 1er étage',
      ),
      hours: desk(
        'Mon–Fri 8:00–18:00 Paris time; Montréal desk 8:00–17:00 Eastern time',
        'lun.–ven. 8 h–18 h heure de Paris ; bureau de Montréal 8 h–17 h heure de l’Est',
      ),
    },
  },
  {
    id: 'it-infra',
    type: 'team',
    parent: 'it',
    name: ['Infrastructure and security', 'Infrastructure et sécurité'],
    mission: [
      'Networks, servers, remote access and information security.',
      "Réseaux, serveurs, accès à distance et sécurité de l'information.",
    ],
    color: '#1a5276',
    maintainer: { name: 'IT service management', email: 'itsm@northwind.example' },
    contact: {
      email: 'security@northwind.example',
      phone: '+33 1 99 00 41 00',
      url: 'https://help.northwind.example/security',
    },
  },
  {
    id: 'it-apps',
    type: 'team',
    parent: 'it',
    name: ['Business applications', 'Applications métier'],
    mission: [
      'ERP, warehouse, HR and customer systems: access, training and changes.',
      'ERP, WMS, SIRH et CRM : accès, formation et évolutions.',
    ],
    color: '#5499c7',
    maintainer: { name: 'IT service management', email: 'itsm@northwind.example' },
    contact: { email: 'apps@northwind.example', url: 'https://help.northwind.example/apps' },
  },
  {
    id: 'fin',
    type: 'division',
    parent: 'nw',
    name: ['Finance', 'Finance'],
    mission: [
      'Keep the books right, pay and get paid, and steer the budget.',
      'Tenir les comptes, payer et encaisser, piloter le budget.',
    ],
    color: '#b7950b',
    contact: { email: 'finance@northwind.example', url: `${HQ}/finance` },
  },
  {
    id: 'fin-ap',
    type: 'team',
    parent: 'fin',
    name: ['Accounts payable', 'Comptabilité fournisseurs'],
    mission: [
      'Expense reports, supplier invoices and corporate cards.',
      'Notes de frais, factures fournisseurs et cartes professionnelles.',
    ],
    color: '#d4ac0d',
    contact: {
      email: 'accounts.payable@northwind.example',
      phone: '+33 1 99 00 50 00',
      url: 'https://expenses.northwind.example',
      hours: office,
    },
  },
  {
    id: 'fin-acc',
    type: 'team',
    parent: 'fin',
    name: ['Accounting and control', 'Comptabilité et contrôle de gestion'],
    mission: [
      'Closing, customer invoicing, budgets and taxes.',
      'Clôtures, facturation client, budgets et fiscalité.',
    ],
    color: '#f1c40f',
    contact: { email: 'accounting@northwind.example', phone: '+33 1 99 00 51 00' },
  },
  {
    id: 'fin-proc',
    type: 'team',
    parent: 'fin',
    name: ['Procurement', 'Achats'],
    mission: [
      'Buy well: suppliers, purchase orders and business travel.',
      'Bien acheter : fournisseurs, bons de commande et voyages d’affaires.',
    ],
    color: '#9a7d0a',
    contact: {
      email: 'procurement@northwind.example',
      url: 'https://buy.northwind.example',
      phone: '+33 1 99 00 52 00',
    },
  },
  {
    id: 'fac',
    type: 'department',
    parent: 'nw',
    name: ['Facilities', 'Services généraux'],
    mission: [
      'Buildings, workspaces, reception and mail on every site.',
      'Bâtiments, espaces de travail, accueil et courrier sur tous les sites.',
    ],
    color: '#148f77',
    contact: {
      email: 'facilities@northwind.example',
      phone: '+33 1 99 00 60 00',
      url: `${HQ}/facilities`,
      location: desk(
        'Reception, Paris head office, ground floor',
        'Accueil, siège de Paris, rez-de-chaussée',
      ),
      hours: desk('Mon–Fri 8:00–19:00', 'lun.–ven. 8 h–19 h'),
    },
  },
  {
    id: 'fac-sec',
    type: 'team',
    parent: 'fac',
    name: ['Site security', 'Sûreté des sites'],
    mission: [
      'Badges, access control, keys and guarding.',
      "Badges, contrôle d'accès, clés et gardiennage.",
    ],
    color: '#117864',
    contact: {
      email: 'security.desk@northwind.example',
      phone: '+33 1 99 00 61 00',
      location: desk(
        'Security desk, Paris head office, ground floor',
        'Poste de sécurité, siège de Paris, rez-de-chaussée',
      ),
      hours: desk(
        '24/7 (desk staffed Mon–Fri 7:00–20:00)',
        '24 h/24 (poste tenu lun.–ven. 7 h–20 h)',
      ),
    },
  },
  {
    id: 'legal',
    type: 'department',
    parent: 'nw',
    name: ['Legal and compliance', 'Juridique et conformité'],
    mission: [
      'Contracts, personal data, ethics and compliance.',
      'Contrats, données personnelles, éthique et conformité.',
    ],
    color: '#5d6d7e',
    contact: { email: 'legal@northwind.example', url: `${HQ}/legal`, phone: '+33 1 99 00 70 00' },
  },
  {
    id: 'comms',
    type: 'department',
    parent: 'nw',
    name: ['Communications', 'Communication'],
    mission: [
      'Tell our story inside and outside: intranet, brand, press and events.',
      'Raconter Northwind en interne et à l’externe : intranet, marque, presse et événements.',
    ],
    color: '#cb4335',
    contact: {
      email: 'communications@northwind.example',
      chat: 'https://chat.northwind.example/c/comms',
    },
  },
  {
    id: 'sales',
    type: 'division',
    parent: 'nw',
    name: ['Sales', 'Ventes'],
    mission: [
      'Win and grow customers in Europe and North America.',
      'Conquérir et développer nos clients en Europe et en Amérique du Nord.',
    ],
    color: '#d35400',
    contact: { email: 'sales@northwind.example', phone: '+33 1 99 00 80 00' },
  },
  {
    id: 'sales-eu',
    type: 'team',
    parent: 'sales',
    name: ['Sales Europe', 'Ventes Europe'],
    mission: [
      'Customers in France, the UK and the EU.',
      "Clients en France, au Royaume-Uni et dans l'UE.",
    ],
    color: '#e67e22',
    contact: { email: 'sales.europe@northwind.example', phone: '+33 1 99 00 80 10' },
  },
  {
    id: 'sales-na',
    type: 'team',
    parent: 'sales',
    name: ['Sales North America', 'Ventes Amérique du Nord'],
    mission: ['Customers in Canada and the United States.', 'Clients au Canada et aux États-Unis.'],
    color: '#eb984e',
    contact: { email: 'sales.na@northwind.example', phone: '+1 514 555 0100' },
  },
  {
    id: 'ops',
    type: 'division',
    parent: 'nw',
    name: ['Operations', 'Opérations'],
    mission: [
      'Store, move and deliver our customers’ goods safely and on time.',
      'Stocker, transporter et livrer les marchandises de nos clients, en sécurité et à l’heure.',
    ],
    color: '#239b56',
    contact: { email: 'operations@northwind.example', phone: '+33 1 99 00 90 00' },
  },
  {
    id: 'ops-lyon',
    type: 'department',
    parent: 'ops',
    name: ['Lyon warehouse', 'Entrepôt de Lyon'],
    mission: [
      'Our main European warehouse, open 6:00–22:00.',
      'Notre principal entrepôt européen, ouvert de 6 h à 22 h.',
    ],
    color: '#28b463',
    maintainer: { name: 'Lyon site administration', email: 'lyon.admin@northwind.example' },
    contact: {
      email: 'lyon.warehouse@northwind.example',
      phone: '+33 4 65 71 00 00',
      location: desk('Lyon warehouse, gate B', 'Entrepôt de Lyon, porte B'),
      hours: desk('Mon–Sat 6:00–22:00', 'lun.–sam. 6 h–22 h'),
    },
  },
  {
    id: 'ops-mtl',
    type: 'department',
    parent: 'ops',
    name: ['Montréal hub', 'Plateforme de Montréal'],
    mission: [
      'Cross-dock and storage for North America.',
      'Transbordement et stockage pour l’Amérique du Nord.',
    ],
    color: '#52be80',
    maintainer: { name: 'Montréal hub administration', email: 'montreal.admin@northwind.example' },
    contact: {
      email: 'montreal.hub@northwind.example',
      phone: '+1 514 555 0150',
      location: desk('Montréal hub, dock 3', 'Plateforme de Montréal, quai 3'),
      hours: desk('Mon–Fri 6:00–20:00 Eastern time', 'lun.–ven. 6 h–20 h heure de l’Est'),
    },
  },
  {
    id: 'ops-transport',
    type: 'team',
    parent: 'ops',
    name: ['Transport planning', 'Planification du transport'],
    mission: [
      'Carriers, routes, customs and the company fleet.',
      'Transporteurs, tournées, douane et flotte de véhicules.',
    ],
    color: '#1e8449',
    contact: { email: 'transport@northwind.example', phone: '+33 1 99 00 91 00' },
  },
  {
    id: 'ops-hse',
    type: 'team',
    parent: 'ops',
    name: ['Health and safety', 'Santé et sécurité au travail'],
    mission: ['Nobody gets hurt at work.', 'Que personne ne se blesse au travail.'],
    color: '#186a3b',
    contact: {
      email: 'safety@northwind.example',
      phone: '+33 1 99 00 92 00',
      hours: desk(
        'Emergencies: call 112 first, then the safety line',
        "Urgence : appelez d'abord le 112, puis la ligne sécurité",
      ),
    },
  },
  {
    id: 'cs',
    type: 'department',
    parent: 'nw',
    name: ['Customer service', 'Service client'],
    mission: [
      'Answer customers about their shipments, invoices and claims.',
      'Répondre aux clients sur leurs expéditions, factures et réclamations.',
    ],
    color: '#17a589',
    contact: {
      email: 'customer.service@northwind.example',
      phone: '+33 1 99 00 95 00',
      url: 'https://support.northwind.example',
      hours: desk('Mon–Fri 8:00–20:00 Paris time', 'lun.–ven. 8 h–20 h heure de Paris'),
    },
  },
  {
    id: 'cs-care',
    type: 'team',
    parent: 'cs',
    name: ['Customer care', 'Relation client'],
    mission: [
      'First answer to every customer, in French and English.',
      'Première réponse à chaque client, en français et en anglais.',
    ],
    color: '#48c9b0',
  },
  {
    id: 'cs-claims',
    type: 'team',
    parent: 'cs',
    name: ['Claims', 'Litiges et réclamations'],
    mission: [
      'Damaged, late or lost goods: investigate and settle.',
      'Marchandises abîmées, en retard ou perdues : enquêter et régler.',
    ],
    color: '#0e6655',
    contact: { email: 'claims@northwind.example' },
  },
  {
    id: 'rd',
    type: 'division',
    parent: 'nw',
    name: ['Research and development', 'Recherche et développement'],
    mission: [
      'Build the tracking platform and the routing algorithms behind our service.',
      "Construire la plateforme de suivi et les algorithmes d'optimisation des tournées.",
    ],
    color: '#6c3483',
    contact: { email: 'rd@northwind.example', chat: 'https://chat.northwind.example/c/rd' },
  },
  {
    id: 'rd-platform',
    type: 'team',
    parent: 'rd',
    name: ['Tracking platform', 'Plateforme de suivi'],
    mission: [
      'The customer portal, the tracking API and their uptime.',
      'Le portail client, l’API de suivi et leur disponibilité.',
    ],
    color: '#7d3c98',
    contact: { email: 'platform@northwind.example', url: 'https://status.northwind.example' },
  },
  {
    id: 'rd-data',
    type: 'team',
    parent: 'rd',
    name: ['Data and optimisation', 'Données et optimisation'],
    mission: [
      'Dashboards, forecasting and route optimisation.',
      'Tableaux de bord, prévisions et optimisation des tournées.',
    ],
    color: '#a569bd',
    contact: { email: 'data@northwind.example' },
  },
];

/** The top-level unit (child of the company) a unit belongs to: its functional area. */
export function areaOf(unitId: string): string {
  let current = UNITS.find((u) => u.id === unitId);
  while (current?.parent !== undefined && current.parent !== 'nw') {
    const parent = current.parent;
    current = UNITS.find((u) => u.id === parent);
  }
  return current?.id ?? unitId;
}
