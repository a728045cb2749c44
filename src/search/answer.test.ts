import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../domain/orgIndex';
import { backupFor, buildAnswer, rankByUnit, seatOf, unitHead } from './answer';
import { fixtureOrg } from './testFixture';

const index = buildOrgIndex(fixtureOrg);
const today = '2026-11-22';

describe('buildAnswer', () => {
  it('lists R, A, C and I positions of a topic', () => {
    const answer = buildAnswer(index, 't-payslip', { today })!;
    expect(answer.topic.id).toBe('t-payslip');
    expect(answer.unit?.id).toBe('u-hr');
    expect(answer.responsible.map((s) => s.position.id)).toEqual(['p-pay', 'p-pay-lyon']);
    expect(answer.accountable.map((s) => s.position.id)).toEqual(['p-hrd']);
    expect(answer.informed.map((s) => s.position.id)).toEqual(['p-hrbp']);
    expect(answer.consulted).toEqual([]);
  });

  it('puts the Responsible of the user’s unit first', () => {
    const answer = buildAnswer(index, 't-payslip', { today, preferredUnitId: 'u-hr-lyon' })!;
    expect(answer.responsible[0]?.position.id).toBe('p-pay-lyon');
    expect(rankByUnit(index, ['p-pay', 'p-pay-lyon'], 'u-hr')).toEqual(['p-pay', 'p-pay-lyon']);
    expect(rankByUnit(index, ['p-it', 'p-pay'], 'u-hr-lyon')).toEqual(['p-pay', 'p-it']);
    expect(rankByUnit(index, ['p-it', 'p-pay'], 'unknown')).toEqual(['p-it', 'p-pay']);
  });

  it('shows the backup when the holder is away or the seat vacant', () => {
    const answer = buildAnswer(index, 't-payslip', { today })!;
    const [away, vacant] = answer.responsible;
    expect(away?.status).toBe('away');
    expect(away?.backup?.position.id).toBe('p-pay2');
    expect(away?.backup?.present.map((p) => p.id)).toEqual(['pay2']);
    // Vacant seat → its backup p-pay is away too → follow on to p-pay2.
    expect(vacant?.status).toBe('vacant');
    expect(vacant?.backup?.position.id).toBe('p-pay2');
  });

  it('treats away-until as inclusive and the past as back', () => {
    expect(seatOf(index, 'p-pay', '2099-12-31')?.status).toBe('away');
    expect(seatOf(index, 'p-pay', '2100-01-01')?.status).toBe('available');
    const seat = seatOf(index, 'p-pay', '2100-01-01')!;
    expect(backupFor(index, seat, '2100-01-01')).toBeUndefined();
  });

  it('survives unknown topics and backup cycles', () => {
    expect(buildAnswer(index, 'nope', { today })).toBeUndefined();
    const cyclic = buildOrgIndex({
      ...fixtureOrg,
      positions: [
        { id: 'a', title: 'A', backupId: 'b' },
        { id: 'b', title: 'B', backupId: 'a' },
      ],
    });
    const seat = seatOf(cyclic, 'a', today)!;
    expect(backupFor(cyclic, seat, today)?.position.id).toBe('b');
  });

  it('finds the head of a unit', () => {
    expect(unitHead(index, 'u-hr')).toBe('p-hrd');
    expect(unitHead(index, 'u-it')).toBe('p-it');
    expect(unitHead(index, 'none')).toBeUndefined();
  });
});

describe('channel answers and the user’s location (issue 14 items 5, 6)', () => {
  const data = structuredClone(fixtureOrg);
  const person = (id: string) => data.people.find((p) => p.id === id)!;
  person('tech').location = { en: 'Paris office', fr: 'Bureau de Paris' };
  person('hrbp').location = 'Lyon site';
  person('pay2').location = 'Lyon site';
  const laptop = data.topics.find((t) => t.id === 't-laptop')!;
  data.positions
    .find((p) => p.id === 'p-hrbp')!
    .responsibilities!.push({
      topicId: 't-laptop',
      role: 'R',
    });
  data.positions.find((p) => p.id === 'p-it')!.holders = ['tech', 'pay2'];
  laptop.responsibleChannel = { unitId: 'u-it' };
  data.units.find((u) => u.id === 'u-it')!.contact = { email: 'helpdesk@acme.test' };
  data.topics.find((t) => t.id === 't-payslip')!.service!.request = { url: 'https://hr.test/form' };
  const idx = buildOrgIndex(data);

  it('puts a Responsible with someone at the user’s location first, that person first', () => {
    const seatOfIt = (a: ReturnType<typeof buildAnswer>) =>
      a!.responsible.find((s) => s.position.id === 'p-it')!.present.map((p) => p.id);
    const plain = buildAnswer(idx, 't-laptop', { today });
    expect(plain!.responsible.map((s) => s.position.id)).toEqual(['p-hrbp', 'p-it']);
    expect(seatOfIt(plain)).toEqual(['tech', 'pay2']);
    // Both seats have someone in Lyon: file order stays; in the seat, the Lyon holder first.
    const lyon = buildAnswer(idx, 't-laptop', { today, locationKey: 'lyon site' });
    expect(lyon!.responsible.map((s) => s.position.id)).toEqual(['p-hrbp', 'p-it']);
    expect(seatOfIt(lyon)).toEqual(['pay2', 'tech']);
    // Only the helpdesk has someone in Paris: it comes first, ahead of the user's own unit.
    const paris = buildAnswer(idx, 't-laptop', {
      today,
      locationKey: 'paris office',
      preferredUnitId: 'u-hr',
    });
    expect(paris!.responsible.map((s) => s.position.id)).toEqual(['p-it', 'p-hrbp']);
    // No location: the user's unit decides.
    const it = buildAnswer(idx, 't-laptop', { today, preferredUnitId: 'u-it' });
    expect(it!.responsible[0]?.position.id).toBe('p-it');
  });

  it('leads with the Responsible channel (the unit’s contact), else the request channel', () => {
    const laptopAnswer = buildAnswer(idx, 't-laptop', { today })!;
    expect(laptopAnswer.channel).toMatchObject({
      kind: 'responsible',
      channels: { email: 'helpdesk@acme.test' },
    });
    expect(laptopAnswer.channel?.unit?.id).toBe('u-it');
    expect(buildAnswer(idx, 't-payslip', { today })!.channel).toMatchObject({
      kind: 'request',
      channels: { url: 'https://hr.test/form' },
    });
    expect(buildAnswer(idx, 't-leave', { today })!.channel).toBeUndefined();
  });
});
