/**
 * "Available now": reads the working hours HR wrote as text ("Mon–Fri 8:30–17:00",
 * "lun.–ven. 9 h–17 h 30", "Mon–Thu 9:00–18:00, Fri 9:00–16:00", "Shifts 6:00–14:00 or
 * 14:00–22:00", "… (part-time, off Wednesdays)") and says whether a moment falls inside them
 * in the contact's time zone. Text it cannot read gives no claim at all rather than a wrong
 * one. Pure: the caller passes the moment.
 */
import { foldText } from './directory';

/** Days are 0 = Monday … 6 = Sunday. Minutes since midnight; `to` < `from` crosses midnight. */
export interface HoursRange {
  days: readonly number[];
  from: number;
  to: number;
}

const DAY_WORDS: Record<string, number> = {};
const DAY_NAMES = [
  ['mon', 'monday', 'lun', 'lundi'],
  ['tue', 'tues', 'tuesday', 'mar', 'mardi'],
  ['wed', 'wednesday', 'mer', 'mercredi'],
  ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi'],
  ['fri', 'friday', 'ven', 'vendredi'],
  ['sat', 'saturday', 'sam', 'samedi'],
  ['sun', 'sunday', 'dim', 'dimanche'],
];
DAY_NAMES.forEach((names, day) => {
  for (const name of names) {
    DAY_WORDS[name] = day;
    DAY_WORDS[`${name}s`] = day;
  }
});

/** Words joining two days into a range ("Mon to Fri", "du lundi au vendredi"). */
const RANGE_WORDS = new Set(['to', 'au', 'a', 'through', 'thru', '-', '–', '—']);
/** Words after which the days named are days off ("off Wednesdays", "sauf le mercredi"). */
const OFF_WORDS = new Set(['off', 'except', 'not', 'closed', 'sauf', 'absent', 'absente', 'ferme']);
/** Hours without days name the working week. */
const WORKING_WEEK = [0, 1, 2, 3, 4];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

// 9:00, 09.30, 8 h 30, 17 h, 9h, 9am, 5 pm, 17:00h
const TIME = String.raw`(\d{1,2})(?:\s*(?:[:.]|h)\s*(\d{2})|\s*h(?![a-z]))?\s*(am|pm)?`;
const RANGE = new RegExp(String.raw`${TIME}\s*(?:-|–|—|to|a)\s*${TIME}`, 'g');
/** "24/7", "24 h/24", "24 hours a day", "24 heures sur 24". */
const ALWAYS = /\b24\s*\/\s*7\b|\b24\s*h(?:eures)?\s*(?:\/|sur)\s*24\b|\b24 hours a day\b/;
const TOKEN = /§\d+§|[a-z]+|[-–—]/g;

function minutes(hour: string, minute: string | undefined, half: string | undefined): number {
  let h = Number(hour);
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  return h * 60 + Number(minute ?? 0);
}

function daySpan(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to || days.length === 7) return days;
  }
}

/** The weekly hours a text states, or undefined when it states none this can read. */
export function parseWorkingHours(text: string): HoursRange[] | undefined {
  const folded = foldText(text);
  if (ALWAYS.test(folded)) {
    return [{ days: EVERY_DAY, from: 0, to: 24 * 60 }];
  }
  const times: { from: number; to: number }[] = [];
  const marked = folded.replace(RANGE, (...m: (string | undefined)[]) => {
    const [, h1, m1, a1, h2, m2, a2] = m;
    // "9–5pm": the second half-day marker names both.
    const from = minutes(h1!, m1, a1 ?? (a2 === 'pm' && Number(h1) <= Number(h2) ? 'pm' : a2));
    const to = minutes(h2!, m2, a2);
    if (from > 24 * 60 || to > 24 * 60 || from === to) return ' ';
    times.push({ from, to });
    return ` §${times.length - 1}§ `;
  });
  if (times.length === 0) return undefined;

  const ranges: HoursRange[] = [];
  const off = new Set<number>();
  let days: number[] = [];
  let lastDays: number[] | undefined;
  let attached = false;
  let lastDay: number | undefined;
  let joining = false;
  let negate = false;
  for (const token of marked.match(TOKEN) ?? []) {
    const day = DAY_WORDS[token];
    if (day !== undefined) {
      if (negate) off.add(day);
      else if (joining && lastDay !== undefined) days.push(...daySpan(lastDay, day).slice(1));
      else {
        if (attached) days = [];
        attached = false;
        days.push(day);
      }
      lastDay = day;
      joining = false;
      continue;
    }
    if (token.startsWith('§')) {
      const time = times[Number(token.slice(1, -1))]!;
      const on = days.length > 0 ? days : (lastDays ?? WORKING_WEEK);
      ranges.push({ days: [...new Set(on)], ...time });
      lastDays = on;
      attached = true;
      negate = false;
      lastDay = undefined;
      continue;
    }
    if (RANGE_WORDS.has(token) && lastDay !== undefined && !negate) {
      joining = true;
      continue;
    }
    if (OFF_WORDS.has(token)) negate = true;
    // "le", "the", "or", "Eastern time": other words end a day range but keep the days named.
    else if (token !== 'le' && token !== 'the' && token !== 'les') joining = false;
  }
  const result = ranges
    .map((r) => ({ ...r, days: r.days.filter((d) => !off.has(d)) }))
    .filter((r) => r.days.length > 0);
  return result.length > 0 ? result : undefined;
}

export interface LocalClock {
  /** 0 = Monday … 6 = Sunday, in the time zone. */
  day: number;
  /** Minutes since midnight in the time zone. */
  minute: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const clockFormats = new Map<string, Intl.DateTimeFormat>();
/** Per zone, the clock of the last minute asked: a page of contacts asks it for each one. */
const lastClocks = new Map<string, { minute: number; clock: LocalClock | undefined }>();

/** The weekday and time at `now` in `timeZone` (the device's own zone when undefined). */
export function localClock(now: Date, timeZone: string | undefined): LocalClock | undefined {
  const key = timeZone ?? '';
  // Every zone's offset is whole minutes: within one minute of UTC, its clock is one minute too.
  // (`formatToParts` was ~3 ms of each edit's render on a topic page at 10k people.)
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastClocks.get(key);
  if (last?.minute === minute) return last.clock;
  const clock = clockAt(now, timeZone, key);
  lastClocks.set(key, { minute, clock });
  return clock;
}

function clockAt(now: Date, timeZone: string | undefined, key: string): LocalClock | undefined {
  let format = clockFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        ...(timeZone === undefined ? {} : { timeZone }),
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return undefined; // not an IANA zone this browser knows
    }
    clockFormats.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  const day = WEEKDAYS.indexOf(parts.weekday ?? '');
  if (day === -1) return undefined;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Whether the local clock falls inside the ranges (a range past midnight ends the next day). */
export function withinHours(ranges: readonly HoursRange[], clock: LocalClock): boolean {
  const yesterday = (clock.day + 6) % 7;
  return ranges.some(({ days, from, to }) =>
    from < to
      ? days.includes(clock.day) && clock.minute >= from && clock.minute < to
      : (days.includes(clock.day) && clock.minute >= from) ||
        (days.includes(yesterday) && clock.minute < to),
  );
}

export type Availability =
  /** Inside the stated hours now. */
  | 'working'
  /** Outside them. */
  | 'off-hours'
  /** No hours this can read: no claim. */
  | 'unknown';

/**
 * Whether a contact is within its working hours at `now`. `hours` in every language the data
 * gives: the first one that reads wins (HR's French text may be the precise one).
 */
export function availabilityAt(
  hours: readonly string[],
  timeZone: string | undefined,
  now: Date,
): Availability {
  const clock = localClock(now, timeZone);
  if (!clock) return 'unknown';
  for (const text of hours) {
    const ranges = parseWorkingHours(text);
    if (ranges) return withinHours(ranges, clock) ? 'working' : 'off-hours';
  }
  return 'unknown';
}
