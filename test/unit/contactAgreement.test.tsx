/**
 * One backup rule (issue 10): the search answer, the service catalogue, the role record (page and
 * chart panel), the unit page and "I'm new" name the same person to contact when the holder is
 * away, when the seat is vacant, and along a chain of backups.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hrefs } from '../../src/app/links';
import { PositionContact } from '../../src/components/PositionContact';
import { contactSeatOf, firstContact, topicContactIds } from '../../src/domain/contact';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { FORMAT_VERSION, orgFileSchema } from '../../src/domain/schema';
import { OnboardingChecklist } from '../../src/features/onboarding/OnboardingChecklist';
import { RoleRecord } from '../../src/features/records/RoleRecord';
import { AnswerCard } from '../../src/features/search/AnswerCard';
import { ServiceCard } from '../../src/features/services/ServiceCard';
import { RecordPanel } from '../../src/features/chart/RecordPanel';
import i18n from '../../src/i18n/i18n';
import { buildAnswer } from '../../src/search/answer';
import { freshDb } from './freshDb';

const today = '2026-12-01';
const AWAY = '2999-12-31';

// away → (backup) away → (backup) present: the cover is two hops down the chain.
// vacant → (backup) the away seat → … → present. dead-end: away → away, chain ends.
const data = orgFileSchema.parse({
  formatVersion: FORMAT_VERSION,
  organisation: { name: 'Test', maintainer: { email: 'hr@example.com' } },
  units: [{ id: 'u', name: 'Payroll' }],
  positions: [
    { id: 'head', title: 'Head', unitId: 'u', holders: ['hana'] },
    {
      id: 'away1',
      title: 'Payroll officer',
      unitId: 'u',
      reportsTo: 'head',
      holders: ['ann'],
      backupId: 'away2',
      responsibilities: [{ topicId: 'pay', role: 'R' }],
    },
    {
      id: 'away2',
      title: 'Payroll assistant',
      unitId: 'u',
      reportsTo: 'head',
      holders: ['ben'],
      backupId: 'in',
    },
    { id: 'in', title: 'Payroll clerk', unitId: 'u', reportsTo: 'head', holders: ['cara'] },
    {
      id: 'vacant',
      title: 'Expenses officer',
      unitId: 'u',
      reportsTo: 'head',
      backupId: 'away1',
      responsibilities: [{ topicId: 'exp', role: 'R' }],
    },
    {
      id: 'dead',
      title: 'Badge officer',
      unitId: 'u',
      reportsTo: 'head',
      holders: ['dan'],
      backupId: 'dead2',
      responsibilities: [{ topicId: 'badge', role: 'R' }],
    },
    { id: 'dead2', title: 'Badge assistant', unitId: 'u', reportsTo: 'head', holders: ['eve'] },
  ],
  people: [
    { id: 'hana', name: 'Hana Head' },
    { id: 'ann', name: 'Ann Away', awayUntil: AWAY },
    { id: 'ben', name: 'Ben Away', awayUntil: AWAY },
    { id: 'cara', name: 'Cara Clerk', email: 'cara@example.com' },
    { id: 'dan', name: 'Dan Away', awayUntil: AWAY },
    { id: 'eve', name: 'Eve Away', awayUntil: AWAY },
  ],
  topics: [
    { id: 'pay', name: 'Payslip', unitId: 'u', onboarding: true, service: {} },
    { id: 'exp', name: 'Expenses', unitId: 'u', onboarding: true, service: {} },
    { id: 'badge', name: 'Badge', unitId: 'u', onboarding: true, service: {} },
  ],
});
const index = buildOrgIndex(data);

/** Topic → seat → who the rule says covers it today. */
const cases = [
  { topic: 'pay', seat: 'away1', cover: 'Cara Clerk', coverSeat: 'in' },
  { topic: 'exp', seat: 'vacant', cover: 'Cara Clerk', coverSeat: 'in' },
  { topic: 'badge', seat: 'dead', cover: 'Eve Away', coverSeat: 'dead2' },
] as const;

beforeEach(async () => {
  await freshDb();
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('who to contact now (domain/contact.ts)', () => {
  it.each(cases)('$seat is covered by $cover', ({ topic, seat, cover, coverSeat }) => {
    expect(topicContactIds(index, topic)).toEqual([seat]);
    const contact = contactSeatOf(index, seat, today)!;
    expect(contact.backup?.position.id).toBe(coverSeat);
    expect(firstContact(contact).person?.name).toBe(cover);
  });
});

/** The text of the element each view marks as "who covers". */
const coverText = () => screen.getByTestId('contact-backup').textContent ?? '';

describe('every view names the same cover', () => {
  it.each(cases)('search answer for $topic', ({ topic, cover }) => {
    render(<AnswerCard answer={buildAnswer(index, topic, { today })!} />);
    expect(screen.getByTestId('responsible-name')).toHaveTextContent(cover);
  });

  it.each(cases)('service catalogue for $topic', ({ topic, cover }) => {
    render(<ServiceCard index={index} topicId={topic} />);
    expect(coverText()).toContain(cover);
  });

  it.each(cases)('contact card of $seat (unit page, onboarding)', ({ seat, cover }) => {
    render(<PositionContact index={index} positionId={seat} today={today} />);
    expect(coverText()).toContain(cover);
  });

  it.each(cases)('role record of $seat', ({ seat, cover }) => {
    render(
      <RoleRecord index={index} positionId={seat} positionHref={hrefs.position} today={today} />,
    );
    expect(coverText()).toContain(cover);
  });

  it.each(cases)('chart panel of $seat', ({ seat, cover }) => {
    render(
      <RecordPanel index={index} positionId={seat} onClose={() => {}} onExportTeam={() => {}} />,
    );
    expect(coverText()).toContain(cover);
  });

  it('onboarding checklist', () => {
    const items = cases.map((c) => ({
      topicId: c.topic,
      responsibleIds: [c.seat],
      accountableIds: [],
    }));
    render(<OnboardingChecklist index={index} positionId="head" items={items} />);
    for (const c of cases) {
      const item = screen
        .getByRole('checkbox', { name: index.topicById.get(c.topic)!.name as string })
        .closest('li') as HTMLElement;
      expect(within(item).getByTestId('contact-backup')).toHaveTextContent(c.cover);
    }
  });

  it('names nobody as cover while the holder is in', () => {
    render(<PositionContact index={index} positionId="in" today={today} />);
    expect(screen.queryByTestId('contact-backup')).toBeNull();
  });
});
