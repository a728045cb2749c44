/**
 * The bundled sample organisation is the first thing every user sees: it must be valid,
 * rich (every feature of the app has something to show) and answer the journey-1 queries.
 * It is a hand-edited file (data/sample-org.json), so these checks are what keeps an edit honest.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../../scripts/generateSchema';
import { allListItems, allTexts } from '../../src/domain/text';
import type { LocalizedText, OrgData, Topic } from '../../src/domain/types';
import { validateOrg } from '../../src/domain/validate';

const path = fileURLToPath(new URL('../../data/sample-org.json', import.meta.url));
const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
const result = validateOrg(raw);
const org = result.data as OrgData;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Every word a user could match on a topic: name, keywords and synonyms in every language. */
const topicWords = (t: Topic): string[] =>
  [...allTexts(t.name), ...allListItems(t.keywords), ...allListItems(t.synonyms)].map(fold);

const isBilingual = (text: LocalizedText | undefined) =>
  typeof text === 'object' && Boolean(text.en?.trim()) && Boolean(text.fr?.trim());

describe('sample organisation', () => {
  it('passes validation with no error and no warning', () => {
    expect(result.problems).toEqual([]);
    expect(result.data).toBeDefined();
  });

  it("points editors at the repo's JSON Schema", () => {
    const pointer = (raw as { $schema?: unknown }).$schema;
    expect(typeof pointer).toBe('string');
    expect(fileURLToPath(new URL(pointer as string, new URL(`file://${path}`)))).toBe(SCHEMA_PATH);
  });

  it('has about 250 people in a dozen units and at least 80 topics', () => {
    expect(org.people.length).toBeGreaterThanOrEqual(220);
    expect(org.people.length).toBeLessThanOrEqual(280);
    expect(org.units.length).toBeGreaterThanOrEqual(12);
    expect(org.units.filter((u) => u.parentId === 'nw').length).toBeGreaterThanOrEqual(10);
    expect(org.topics.length).toBeGreaterThanOrEqual(80);
    expect(org.organisation.languages).toEqual(['en', 'fr']);
    expect(org.organisation.helpContact?.email).toMatch(/@[\w.-]+\.example$/);
    // A default maintainer, and some records maintained by their own team.
    expect(org.organisation.maintainer?.email).toBeDefined();
    expect(org.units.filter((u) => u.maintainer).length).toBeGreaterThanOrEqual(3);
    expect(org.positions.filter((p) => p.maintainer).length).toBeGreaterThan(10);
    expect(org.topics.filter((t) => t.maintainer).length).toBeGreaterThan(5);
  });

  it('has exactly one root position, the CEO', () => {
    const roots = org.positions.filter((p) => p.reportsTo === undefined);
    expect(roots.map((p) => p.id)).toEqual(['ceo']);
  });

  it.each([
    ['payslip wrong', 'payslip', 'pay'],
    ['bulletin de paie', 'payslip', 'pay'],
    ['payroll', 'payslip', 'pay'],
    ['laptop broken', 'laptop-broken', 'it-help'],
    ['ordinateur en panne', 'laptop-broken', 'it-help'],
    ['badge perdu', 'lost-badge', 'fac-sec'],
    ['lost badge', 'lost-badge', 'fac-sec'],
    ['expense report', 'expense-report', 'fin-ap'],
    ['note de frais', 'expense-report', 'fin-ap'],
    ['conges', 'leave', 'hr-svc'],
    ['vacation', 'leave', 'hr-svc'],
  ])('journey 1: every word of "%s" is on topic %s, owned by %s', (query, topicId, unitId) => {
    const topic = org.topics.find((t) => t.id === topicId);
    expect(topic?.unitId).toBe(unitId);
    const words = topicWords(topic as Topic).join(' | ');
    for (const word of fold(query).split(' ')) expect(words).toContain(word);
  });

  it('covers the typo "payrol" as a prefix of a payroll topic word', () => {
    const payslip = org.topics.find((t) => t.id === 'payslip') as Topic;
    expect(topicWords(payslip).some((w) => w.startsWith('payrol'))).toBe(true);
  });

  it('gives every topic one Accountable manager and held Responsible seats', () => {
    const byId = new Map(org.positions.map((p) => [p.id, p]));
    const reportsOf = new Map<string, number>();
    for (const p of org.positions)
      if (p.reportsTo) reportsOf.set(p.reportsTo, (reportsOf.get(p.reportsTo) ?? 0) + 1);
    for (const topic of org.topics) {
      const letters = org.positions.flatMap((p) =>
        (p.responsibilities ?? [])
          .filter((r) => r.topicId === topic.id)
          .map((r) => ({ p, role: r.role })),
      );
      const accountable = letters.filter((l) => l.role === 'A');
      const responsible = letters.filter((l) => l.role === 'R');
      expect(accountable, topic.id).toHaveLength(1);
      expect(responsible.length, topic.id).toBeGreaterThanOrEqual(1);
      for (const r of responsible)
        expect(r.p.holders?.length, `${topic.id} R ${r.p.id}`).toBeGreaterThan(0);
      const a = accountable[0]?.p;
      expect(
        a && byId.has(a.id) && (reportsOf.get(a.id) ?? 0) > 0,
        `${topic.id} A is a manager`,
      ).toBe(true);
    }
    const multiR = org.topics.filter(
      (t) =>
        org.positions.filter((p) =>
          p.responsibilities?.some((r) => r.topicId === t.id && r.role === 'R'),
        ).length > 1,
    );
    expect(multiR.length).toBeGreaterThanOrEqual(20);
  });

  it('shows every chart feature: dotted lines, assistants, vacancies, backups, people away', () => {
    const positions = org.positions;
    expect(positions.filter((p) => p.dottedLineTo?.length).length).toBeGreaterThanOrEqual(3);
    const assistants = positions.filter((p) => p.assistant);
    expect(assistants.length).toBeGreaterThanOrEqual(3);
    for (const a of assistants) expect(a.reportsTo).toBeDefined();
    const vacant = positions.filter((p) => !p.holders?.length);
    expect(vacant.length).toBeGreaterThanOrEqual(5);
    expect(vacant.length).toBeLessThanOrEqual(10);
    expect(positions.filter((p) => p.backupId).length / positions.length).toBeGreaterThan(0.8);
    expect(positions.filter((p) => (p.holders?.length ?? 0) > 1).length).toBeGreaterThanOrEqual(1);

    const dataDate = org.organisation.dataDate as string;
    const away = org.people.filter((p) => p.awayUntil && p.awayUntil > dataDate);
    expect(away.length).toBeGreaterThanOrEqual(5);
    for (const p of away) expect(p.awayUntil! >= '2027-01-15').toBe(true);
    // The payslip answer must show a backup first: its first Responsible is away, backed up by a present colleague.
    const personById = new Map(org.people.map((p) => [p.id, p]));
    const officer = positions.find((p) => p.id === 'pay-officer-1');
    expect(personById.get(officer?.holders?.[0] ?? '')?.awayUntil).toBeDefined();
    const backup = positions.find((p) => p.id === officer?.backupId);
    expect(backup?.holders?.every((id) => personById.get(id)?.awayUntil === undefined)).toBe(true);
  });

  it('has onboarding topics and services with service levels', () => {
    expect(org.topics.filter((t) => t.onboarding).length).toBeGreaterThanOrEqual(10);
    const services = org.topics.filter((t) => t.service?.responseTime);
    expect(services.length).toBeGreaterThanOrEqual(40);
    expect(
      services.filter((t) => t.service?.leadTime && t.service.steps?.length).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      services.filter((t) => t.service?.request?.url || t.service?.request?.email).length,
    ).toBeGreaterThanOrEqual(30);
    expect(org.topics.filter((t) => t.links?.length).length).toBeGreaterThanOrEqual(20);
  });

  it('writes every name, title, mission and topic text in English and French', () => {
    expect(isBilingual(org.organisation.name)).toBe(true);
    for (const u of org.units) {
      expect(isBilingual(u.name), u.id).toBe(true);
      expect(isBilingual(u.mission), u.id).toBe(true);
    }
    for (const p of org.positions) expect(isBilingual(p.title), p.id).toBe(true);
    for (const t of org.topics) {
      expect(isBilingual(t.name), t.id).toBe(true);
      expect(isBilingual(t.description), t.id).toBe(true);
      for (const list of [t.keywords, t.synonyms]) {
        expect(Array.isArray(list), t.id).toBe(false);
        const byLang = list as Record<string, string[]>;
        expect(byLang.en?.length, t.id).toBeGreaterThan(0);
        expect(byLang.fr?.length, t.id).toBeGreaterThan(0);
      }
    }
  });

  it('gives people full contact details on .example domains only', () => {
    const zones = new Set(org.people.map((p) => p.timeZone));
    expect([...zones].sort()).toEqual(['America/Montreal', 'Europe/London', 'Europe/Paris']);
    for (const p of org.people) {
      expect(p.email, p.id).toMatch(/^[a-z0-9.-]+@northwind\.example$/);
      expect(p.chat, p.id).toMatch(/^https:\/\/chat\.northwind\.example\/u\/[a-z0-9]+$/);
      expect(p.phone, p.id).toMatch(/^\+\d[\d ]+$/);
      expect(p.languages?.length, p.id).toBeGreaterThan(0);
      expect(isBilingual(p.hours), p.id).toBe(true);
      expect(isBilingual(p.location), p.id).toBe(true);
    }
    expect(new Set(org.people.map((p) => p.email)).size).toBe(org.people.length);
    expect(new Set(org.people.map((p) => p.phone)).size).toBe(org.people.length);
    expect(org.people.filter((p) => p.askMeAbout).length / org.people.length).toBeGreaterThan(0.6);
    const urls = JSON.stringify(raw).match(/https?:\/\/[^"/]+/g) ?? [];
    for (const url of urls) expect(url).toMatch(/\.example$/);
    for (const u of org.units)
      if (u.id !== 'nw' && u.type !== 'team') expect(u.contact, u.id).toBeDefined();
  });
});
