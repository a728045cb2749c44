/** One formatter per style and language: building one loads locale data (tens of ms the first time). */
const formatters = new Map<string, Intl.DateTimeFormat>();

const STYLES = {
  // A calendar date has no time zone: read and shown in UTC, it never drifts a day.
  date: { dateStyle: 'long', timeZone: 'UTC' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function format(date: Date, style: keyof typeof STYLES, lang: string, raw: string): string {
  if (Number.isNaN(date.getTime())) return raw;
  const key = `${style}|${lang}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatUnbroken(formatter, date);
}

/**
 * `formatter`'s text of `date` with the space before an AM/PM a no-break one: a time shown never
 * breaks there ("7:06 / PM" at 390 px). Chromium writes a plain space, Node a narrow no-break one.
 * One rule for every time the app shows (the date-times and `formatLocalTime` below).
 */
export function formatUnbroken(formatter: Intl.DateTimeFormat, date: Date): string {
  return formatter
    .formatToParts(date)
    .map((part, i, parts) =>
      part.type === 'literal' && parts[i + 1]?.type === 'dayPeriod'
        ? part.value.replace(/\s/gu, '\u00a0')
        : part.value,
    )
    .join('');
}

/**
 * One clock formatter per language and time zone: building an Intl.DateTimeFormat costs far more
 * than formatting with it, and every contact of every keystroke's answer asked for one.
 * `null`: a time zone the browser does not know.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The time `now` in `timeZone` (hours and minutes), in the UI language: a person's or a contact's
 * local time. Undefined for a time zone the browser does not know.
 */
export function formatLocalTime(now: Date, timeZone: string, lang: string): string | undefined {
  const key = `${lang}|${timeZone}`;
  let clock = clockFormats.get(key);
  if (clock === undefined) {
    try {
      clock = new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit' });
    } catch {
      clock = null;
    }
    clockFormats.set(key, clock);
  }
  return clock ? formatUnbroken(clock, now) : undefined;
}

/** Formats a `YYYY-MM-DD` date for people, in the UI language, without time-zone drift. */
export const formatIsoDate = (iso: string, lang: string): string =>
  format(new Date(`${iso}T00:00:00Z`), 'date', lang, iso);

/** Formats an ISO date-time (a version stored, a source checked) in the UI language. */
export const formatDateTime = (iso: string, lang: string): string =>
  format(new Date(iso), 'dateTime', lang, iso);

/** The last part of a URL or path, for display: `https://x/y/org.json?a=1` → `org.json`. */
export function sourceName(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  const parts = clean.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? url;
}
