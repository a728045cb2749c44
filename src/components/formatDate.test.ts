import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatIsoDate,
  formatLocalTime,
  formatUnbroken,
  sourceName,
} from './formatDate';

describe('date formats', () => {
  it('shows a calendar date in the UI language, never a day off', () => {
    expect(formatIsoDate('2026-12-02', 'en')).toBe('December 2, 2026');
    expect(formatIsoDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatIsoDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });

  it('shows a date-time with its time, each language with its own formatter', () => {
    const iso = '2026-12-02T10:30:00Z';
    expect(formatDateTime(iso, 'en')).toMatch(/Dec 2, 2026/);
    expect(formatDateTime(iso, 'fr')).toMatch(/2 déc\. 2026/);
    expect(formatDateTime(iso, 'en')).not.toBe(formatIsoDate('2026-12-02', 'en'));
  });

  it('never breaks a time before its AM/PM', () => {
    const shown = formatDateTime('2026-12-02T10:30:00Z', 'en');
    expect(shown).toMatch(/\d:\d\d\u00a0[AP]M$/u);
    expect(formatDateTime('2026-12-02T10:30:00Z', 'fr')).toMatch(/\d\d:\d\d$/u);
    // A person's or a contact's local time, as the records and the answer card write it.
    const clock = (lang: string) =>
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });
    expect(formatUnbroken(clock('en'), new Date('2026-12-02T19:06:00Z'))).toBe('07:06\u00a0PM');
    expect(formatUnbroken(clock('fr'), new Date('2026-12-02T19:06:00Z'))).toBe('19:06');
  });

  it('writes a local time in its time zone, and nothing for a zone the browser does not know', () => {
    const at = new Date('2026-12-02T19:06:00Z');
    expect(formatLocalTime(at, 'Europe/Paris', 'fr')).toBe('20:06');
    expect(formatLocalTime(at, 'America/Toronto', 'en')).toBe('02:06\u00a0PM');
    expect(formatLocalTime(at, 'Mars/Olympus_Mons', 'en')).toBeUndefined();
  });

  it('gives back what it cannot read', () => {
    expect(formatIsoDate('soon', 'en')).toBe('soon');
    expect(formatDateTime('later', 'fr')).toBe('later');
    expect(sourceName('https://x.example/y/org.json?a=1')).toBe('org.json');
  });
});
