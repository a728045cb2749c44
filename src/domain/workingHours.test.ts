import { describe, expect, it } from 'vitest';
import { availabilityAt, localClock, parseWorkingHours, withinHours } from './workingHours';

const WEEK = [0, 1, 2, 3, 4];

describe('working hours as HR writes them', () => {
  it('reads day ranges and times in English and French', () => {
    expect(parseWorkingHours('Mon–Fri 8:30–17:00')).toEqual([{ days: WEEK, from: 510, to: 1020 }]);
    expect(parseWorkingHours('lun.–ven. 8 h 30–17 h')).toEqual([
      { days: WEEK, from: 510, to: 1020 },
    ]);
    expect(parseWorkingHours('du lundi au vendredi, 9h à 17h30')).toEqual([
      { days: WEEK, from: 540, to: 1050 },
    ]);
    expect(parseWorkingHours('Monday to Friday 9am-5pm')).toEqual([
      { days: WEEK, from: 540, to: 1020 },
    ]);
  });

  it('reads several day groups, shifts and days off', () => {
    expect(parseWorkingHours('Mon–Thu 9:00–18:00, Fri 9:00–16:00')).toEqual([
      { days: [0, 1, 2, 3], from: 540, to: 1080 },
      { days: [4], from: 540, to: 960 },
    ]);
    expect(parseWorkingHours('Shifts 6:00–14:00 or 14:00–22:00 Eastern time')).toEqual([
      { days: WEEK, from: 360, to: 840 },
      { days: WEEK, from: 840, to: 1320 },
    ]);
    expect(parseWorkingHours('Mon–Thu 9:00–17:30 (part-time, off Wednesdays)')).toEqual([
      { days: [0, 1, 3], from: 540, to: 1050 },
    ]);
    expect(
      parseWorkingHours('lun., mar., jeu., ven. 9 h–17 h 30 (temps partiel, absent le mercredi)'),
    ).toEqual([{ days: [0, 1, 3, 4], from: 540, to: 1050 }]);
    expect(parseWorkingHours('Sat–Sun 10:00–16:00')).toEqual([
      { days: [5, 6], from: 600, to: 960 },
    ]);
  });

  it('makes no claim on text it cannot read', () => {
    expect(parseWorkingHours('Flexible, ask my assistant')).toBeUndefined();
    expect(parseWorkingHours('Office 12')).toBeUndefined();
    expect(parseWorkingHours('')).toBeUndefined();
  });

  it('says inside or outside, past midnight too', () => {
    const night = parseWorkingHours('Mon–Fri 22:00–6:00')!;
    expect(withinHours(night, { day: 0, minute: 23 * 60 })).toBe(true);
    expect(withinHours(night, { day: 1, minute: 5 * 60 })).toBe(true);
    expect(withinHours(night, { day: 0, minute: 5 * 60 })).toBe(false); // Sunday night off
    for (const always of ['24/7', 'Rotation 24 h/24, 7 j/7', '24 hours a day, 7 days a week']) {
      expect(withinHours(parseWorkingHours(always)!, { day: 6, minute: 3 * 60 })).toBe(true);
    }
  });

  it('reads the clock again once the minute turns, and again after going back', () => {
    const at = (iso: string) => localClock(new Date(iso), 'Europe/Paris');
    expect(at('2026-12-02T16:30:01Z')).toEqual({ day: 2, minute: 17 * 60 + 30 });
    expect(at('2026-12-02T16:30:59.999Z')).toEqual({ day: 2, minute: 17 * 60 + 30 });
    expect(at('2026-12-02T16:31:00Z')).toEqual({ day: 2, minute: 17 * 60 + 31 });
    expect(at('2026-12-02T16:30:30Z')).toEqual({ day: 2, minute: 17 * 60 + 30 });
    expect(at('2026-12-02T23:00:00Z')).toEqual({ day: 3, minute: 0 });
  });

  it("reads the clock in the contact's time zone", () => {
    // Wednesday 2 December 2026, 16:30 UTC: 17:30 in Paris, 11:30 in Montréal.
    const now = new Date('2026-12-02T16:30:00Z');
    expect(localClock(now, 'Europe/Paris')).toEqual({ day: 2, minute: 17 * 60 + 30 });
    expect(localClock(now, 'America/Montreal')).toEqual({ day: 2, minute: 11 * 60 + 30 });
    expect(localClock(now, 'Mars/Olympus')).toBeUndefined();
    expect(availabilityAt(['Mon–Fri 9:00–17:00'], 'Europe/Paris', now)).toBe('off-hours');
    expect(availabilityAt(['Mon–Fri 9:00–17:00'], 'America/Montreal', now)).toBe('working');
    expect(availabilityAt(['Flexible', 'lun.–ven. 9 h–18 h'], 'Europe/Paris', now)).toBe('working');
    expect(availabilityAt(['Flexible'], 'Europe/Paris', now)).toBe('unknown');
    expect(availabilityAt(['Mon–Fri 9:00–17:00'], 'Mars/Olympus', now)).toBe('unknown');
  });
});
