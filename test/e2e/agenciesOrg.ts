/**
 * A small format-2 file shaped like a government directory (issue 14): two agencies with a
 * topic of the same name, a topic answered by a service desk, one with a request form, two
 * Responsible at two locations with working hours in a time zone.
 */
const HOURS = { en: 'Mon–Fri 9:00–17:00', fr: 'lun.–ven. 9 h–17 h' };
const PARIS = { en: 'Paris office', fr: 'Bureau de Paris' };
const LYON = { en: 'Lyon site', fr: 'Site de Lyon' };

export const agencies = {
  formatVersion: 2,
  organisation: { name: 'Ministry of Public Works', helpContact: { email: 'help@gov.test' } },
  organisations: [
    { id: 'tax', name: 'Tax Agency', shortName: 'TA' },
    { id: 'roads', name: 'Roads Agency' },
  ],
  units: [
    { id: 'tax-hr', name: { en: 'Human resources', fr: 'Ressources humaines' }, orgId: 'tax' },
    { id: 'roads-hr', name: { en: 'Human resources', fr: 'Ressources humaines' }, orgId: 'roads' },
    {
      id: 'it',
      name: { en: 'Digital services', fr: 'Services numériques' },
      contact: { email: 'servicedesk@gov.test', phone: '+33 1 00 00 00 00', hours: HOURS },
    },
  ],
  positions: [
    {
      id: 'p-tax-rec',
      title: 'Recruitment officer',
      unitId: 'tax-hr',
      holders: ['ana'],
      responsibilities: [{ topicId: 't-tax-jobs', role: 'R' }],
    },
    {
      id: 'p-roads-rec',
      title: 'Recruitment officer',
      unitId: 'roads-hr',
      holders: ['ben'],
      responsibilities: [{ topicId: 't-roads-jobs', role: 'R' }],
    },
    {
      id: 'p-imm-paris',
      title: 'Immigration adviser',
      unitId: 'tax-hr',
      holders: ['chloe'],
      responsibilities: [{ topicId: 't-imm', role: 'R' }],
    },
    {
      id: 'p-imm-lyon',
      title: 'Immigration adviser',
      unitId: 'roads-hr',
      holders: ['dan'],
      responsibilities: [{ topicId: 't-imm', role: 'R' }],
    },
    {
      id: 'p-it-lead',
      title: 'Head of digital services',
      unitId: 'it',
      holders: ['eve'],
      responsibilities: [
        { topicId: 't-laptop', role: 'A' },
        { topicId: 't-badge', role: 'R' },
      ],
    },
  ],
  people: [
    { id: 'ana', name: 'Ana Costa', email: 'ana@gov.test', location: PARIS },
    { id: 'ben', name: 'Ben Okafor', email: 'ben@gov.test', location: LYON },
    {
      id: 'chloe',
      name: 'Chloé Martin',
      email: 'chloe@gov.test',
      location: PARIS,
      timeZone: 'Europe/Paris',
      hours: HOURS,
    },
    {
      id: 'dan',
      name: 'Dan Weber',
      email: 'dan@gov.test',
      location: LYON,
      timeZone: 'Europe/Paris',
      hours: HOURS,
    },
    { id: 'eve', name: 'Eve Laurent', email: 'eve@gov.test', location: PARIS },
  ],
  topics: [
    { id: 't-tax-jobs', name: 'Employment opportunities', unitId: 'tax-hr', orgId: 'tax' },
    { id: 't-roads-jobs', name: 'Employment opportunities', unitId: 'roads-hr' },
    {
      id: 't-imm',
      name: { en: 'Immigration and work permits', fr: 'Immigration et permis de travail' },
      unitId: 'tax-hr',
      onboarding: true,
    },
    {
      id: 't-laptop',
      name: { en: 'Laptop broken', fr: 'Ordinateur portable en panne' },
      unitId: 'it',
      onboarding: true,
      responsibleChannel: {
        unitId: 'it',
        label: { en: 'IT service desk', fr: 'Support informatique' },
      },
    },
    {
      id: 't-badge',
      name: 'Access badge',
      unitId: 'it',
      service: { request: { url: 'https://forms.gov.test/badge' } },
    },
  ],
};
