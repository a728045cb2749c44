/** A small bilingual organisation for the search engine's unit tests. */
import { orgFileSchema } from '../domain/schema';
import type { OrgData, OrgFileInput } from '../domain/types';
import { FORMAT_VERSION } from '../domain/schema';

const input: OrgFileInput = {
  formatVersion: FORMAT_VERSION,
  organisation: {
    name: 'Acme',
    helpContact: { email: 'help@acme.test', phone: '+33 1 00 00 00 00' },
  },
  units: [
    { id: 'u-co', name: 'Acme', type: 'company' },
    {
      id: 'u-hr',
      name: { en: 'Human Resources', fr: 'Ressources humaines' },
      parentId: 'u-co',
      mission: { en: 'Hire, pay and develop people', fr: 'Recruter, payer, former' },
      contact: { email: 'hr@acme.test' },
    },
    {
      id: 'u-hr-lyon',
      name: { en: 'HR Lyon', fr: 'RH Lyon' },
      parentId: 'u-hr',
      contact: { email: 'rh-lyon@acme.test' },
    },
    {
      id: 'u-it',
      name: { en: 'IT Helpdesk', fr: 'Support informatique' },
      parentId: 'u-co',
      contact: { email: 'helpdesk@acme.test' },
    },
  ],
  positions: [
    { id: 'p-ceo', title: 'Chief Executive Officer', unitId: 'u-co', holders: ['ceo'] },
    {
      id: 'p-hrd',
      title: { en: 'HR Director', fr: 'Directrice RH' },
      unitId: 'u-hr',
      reportsTo: 'p-ceo',
      holders: ['hrd'],
      responsibilities: [
        { topicId: 't-payslip', role: 'A' },
        { topicId: 't-leave', role: 'A' },
      ],
    },
    {
      id: 'p-pay',
      title: { en: 'Payroll Officer', fr: 'Gestionnaire de paie' },
      unitId: 'u-hr',
      reportsTo: 'p-hrd',
      holders: ['pay'],
      backupId: 'p-pay2',
      purpose: 'Pays everyone on time',
      responsibilities: [
        { topicId: 't-payslip', role: 'R' },
        { topicId: 't-leave', role: 'C' },
      ],
    },
    {
      id: 'p-pay2',
      title: { en: 'Payroll Assistant', fr: 'Assistant paie' },
      unitId: 'u-hr',
      reportsTo: 'p-pay',
      holders: ['pay2'],
    },
    {
      id: 'p-pay-lyon',
      title: 'Payroll Officer Lyon',
      unitId: 'u-hr-lyon',
      reportsTo: 'p-hrd',
      responsibilities: [{ topicId: 't-payslip', role: 'R' }],
      backupId: 'p-pay',
    },
    {
      id: 'p-hrbp',
      title: 'HR Business Partner',
      unitId: 'u-hr',
      reportsTo: 'p-hrd',
      holders: ['hrbp'],
      responsibilities: [
        { topicId: 't-leave', role: 'R' },
        { topicId: 't-payslip', role: 'I' },
      ],
    },
    {
      id: 'p-it',
      title: { en: 'Helpdesk Technician', fr: 'Technicien support' },
      unitId: 'u-it',
      reportsTo: 'p-ceo',
      holders: ['tech'],
      responsibilities: [
        { topicId: 't-laptop', role: 'R' },
        { topicId: 't-laptop', role: 'A' },
      ],
    },
  ],
  people: [
    { id: 'ceo', name: 'Claire Martin', email: 'claire.martin@acme.test' },
    { id: 'hrd', name: 'Sophie Bernard', email: 'sophie.bernard@acme.test' },
    {
      id: 'pay',
      name: 'Paul Durand',
      email: 'paul.durand@acme.test',
      // Away for good: a near date made this fixture's tests fail the day after it.
      awayUntil: '2099-12-31',
      askMeAbout: ['salary advances'],
    },
    { id: 'pay2', name: 'Léa Petit', email: 'lea.petit@acme.test' },
    { id: 'hrbp', name: 'Hugo Moreau', email: 'hugo.moreau@acme.test' },
    { id: 'tech', name: 'Zoé Lefèvre', email: 'zoe.lefevre@acme.test', askMeAbout: ['Linux'] },
  ],
  topics: [
    {
      id: 't-payslip',
      name: { en: 'Payslip questions', fr: 'Questions sur le bulletin de paie' },
      description: { en: 'An error on your payslip, a missing amount', fr: 'Une erreur' },
      unitId: 'u-hr',
      keywords: {
        en: ['payroll', 'salary', 'wrong pay'],
        fr: ['paie', 'salaire', 'fiche de paie'],
      },
      service: { responseTime: '2 days', steps: ['Send the payslip with the question'] },
    },
    {
      id: 't-leave',
      name: { en: 'Leave and holidays', fr: 'Congés et absences' },
      keywords: { en: ['vacation', 'time off'], fr: ['congé', 'RTT', 'vacances'] },
    },
    {
      id: 't-laptop',
      name: 'Laptop and equipment',
      keywords: { en: ['computer', 'broken', 'repair'], fr: ['ordinateur', 'portable', 'panne'] },
      onboarding: true,
    },
  ],
};

export const fixtureOrg: OrgData = orgFileSchema.parse(input);
